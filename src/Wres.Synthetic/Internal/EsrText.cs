namespace Wres.Synthetic.Internal;

/// <summary>The repeating cell values, as ESR and recruitment systems write them: one string instance each.</summary>
internal static class EsrText
{
    public const string Yes = "Yes";
    public const string No = "No";
    public const string Y = "Y";
    public const string N = "N";

    public const string Permanent = "Permanent";
    public const string FixedTermTemp = "Fixed Term Temp";
    public const string Bank = "Bank";
    public const string Honorary = "Honorary";
    public const string Locum = "Locum";

    public const string DisabilityNotDeclared = "Not Declared";
    public const string DisabilityPreferNotToAnswer = "Prefer Not To Answer";

    public const string Disciplinary = "Disciplinary";
    public const string Capability = "Capability";
    public const string IllHealthCapability = "Ill-health capability";

    public const string White = "White";
    public const string Bme = "BME";

    /// <summary>The staff's declared disability: about 5% Yes, 75% No, the rest not declared.</summary>
    public static Weighted<string> StaffDisability { get; } = new(
        (Yes, 5.2), (No, 75), (DisabilityNotDeclared, 14.3), (DisabilityPreferNotToAnswer, 4.5), (string.Empty, 1));

    /// <summary>Applicants declare more often than staff in post.</summary>
    public static Weighted<string> ApplicantDisability { get; } = new(
        (Yes, 7.5), (No, 85), (DisabilityNotDeclared, 4.5), (DisabilityPreferNotToAnswer, 2.5), (string.Empty, 0.5));

    /// <summary>Case types: mostly disciplinary, some left blank (the column's default), some capability.</summary>
    public static Weighted<string> CaseTypes { get; } = new(
        (Disciplinary, 78), (string.Empty, 8), (Capability, 10), (IllHealthCapability, 4));

    /// <summary>FTE of a second substantive assignment.</summary>
    public static Weighted<string> SecondFte { get; } = new(("0.20", 40), ("0.10", 25), ("0.40", 20), ("0.50", 10), ("0.30", 5));

    /// <summary>FTE of a bank assignment (ESR holds bank assignments with no contracted hours).</summary>
    public const string BankFte = "0.00";

    /// <summary>Mandatory and statutory courses.</summary>
    public static string[] MandatoryCourses { get; } =
    [
        "Fire Safety Awareness",
        "Information Governance and Data Security",
        "Safeguarding Adults Level 2",
        "Safeguarding Children Level 2",
        "Basic Life Support",
        "Infection Prevention and Control Level 1",
        "Moving and Handling Level 1",
        "Equality, Diversity and Human Rights",
        "Conflict Resolution",
        "Health, Safety and Welfare",
        "Preventing Radicalisation",
    ];

    /// <summary>Non-mandatory courses and CPD (indicator 4): some with commas or quotes, so CSV quoting is exercised.</summary>
    public static string[] NonMandatoryCourses { get; } =
    [
        "Leadership, Level 2",
        "Mary Seacole Programme",
        "Coaching Skills for Managers",
        "Quality Improvement Foundations",
        "ILM Level 5 Certificate in Leadership and Management",
        "Advanced Communication Skills",
        "Practice Assessor and Supervisor Preparation",
        "Clinical Audit",
        "Project Management, Foundation",
        "Research Methods",
        "Freedom to Speak Up: \"Listen Up\"",
        "Microsoft Excel, Intermediate",
        "Non-Medical Prescribing",
        "Reverse Mentoring Programme",
    ];

    /// <summary>The staff survey's positive answer rates: indicator, White, BME (NHS Staff Survey levels).</summary>
    public static (string Indicator, double White, double Bme)[] SurveyRates { get; } =
    [
        ("5", 0.255, 0.290),
        ("6", 0.225, 0.275),
        ("7", 0.585, 0.455),
        ("8", 0.065, 0.160),
    ];
}
