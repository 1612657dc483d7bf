namespace Wres.Synthetic.Internal;

/// <summary>
/// An ESR staff group with roughly NHS England's make-up: its share of the workforce, BME share,
/// bands, occupation codes, assignment categories and FTEs.
/// </summary>
internal sealed class StaffGroupSpec
{
    private StaffGroupSpec(
        string name,
        string code,
        double bmeShare,
        Weighted<PayBandSpec> bands,
        string[] occupations,
        Weighted<string> categories,
        Weighted<string> fte,
        bool agendaForChange)
    {
        Name = name;
        Code = code;
        BmeShare = bmeShare;
        Bands = bands;
        Occupations = occupations;
        Categories = categories;
        Fte = fte;
        AgendaForChange = agendaForChange;
    }

    /// <summary>The ESR staff group name.</summary>
    public string Name { get; }

    /// <summary>The two-digit code, written instead of the name on a few rows.</summary>
    public string Code { get; }

    /// <summary>The share of BME staff (known ethnicity) before the band's factor.</summary>
    public double BmeShare { get; }

    /// <summary>Bands in order of seniority (Agenda for Change), with their weights.</summary>
    public Weighted<PayBandSpec> Bands { get; }

    /// <summary>ESR occupation codes used in the group.</summary>
    public string[] Occupations { get; }

    /// <summary>Assignment categories of a person's main assignment.</summary>
    public Weighted<string> Categories { get; }

    /// <summary>FTEs of a person's main assignment.</summary>
    public Weighted<string> Fte { get; }

    /// <summary>Whether the bands are Agenda for Change bands in seniority order (a promotion is one step up).</summary>
    public bool AgendaForChange { get; }

    private static readonly Weighted<string> UsualCategories = new(
        (EsrText.Permanent, 88), (EsrText.FixedTermTemp, 10), (EsrText.Bank, 2));

    private static readonly Weighted<string> ScientificCategories = new(
        (EsrText.Permanent, 86), (EsrText.FixedTermTemp, 11), (EsrText.Bank, 1.5), (EsrText.Honorary, 1.5));

    private static readonly Weighted<string> StudentCategories = new(
        (EsrText.FixedTermTemp, 70), (EsrText.Permanent, 30));

    private static readonly Weighted<string> UsualFte = new(
        ("1.00", 60), ("0.80", 10), ("0.60", 8), ("0.50", 8), ("0.40", 4), ("0.75", 3), ("0.90", 3), ("0.64", 2), ("0.30", 2));

    private static readonly Weighted<string> MedicalFte = new(
        ("1.00", 78), ("0.80", 6), ("0.60", 5), ("0.50", 4), ("1.10", 4), ("1.20", 2), ("0.90", 1));

    private static readonly Weighted<string> FullTime = new(("1.00", 1));

    public static StaffGroupSpec MedicalAndDental { get; } = new(
        "Medical and Dental", "01", 1.0,
        new(
            (PayBandSpec.FoundationYear1, 6), (PayBandSpec.FoundationYear2, 5), (PayBandSpec.CoreTraining, 9),
            (PayBandSpec.SpecialtyRegistrar, 25), (PayBandSpec.TrustGrade, 8), (PayBandSpec.SpecialtyDoctor, 10),
            (PayBandSpec.AssociateSpecialist, 2), (PayBandSpec.Consultant, 35)),
        ["100", "110", "200", "210", "302", "503"],
        UsualCategories, MedicalFte, agendaForChange: false);

    public static StaffGroupSpec Students { get; } = new(
        "Students", "02", 0.28,
        new((PayBandSpec.NonAfc, 50), (PayBandSpec.Band3, 25), (PayBandSpec.Band4, 25)),
        ["N9A", "S9X"],
        StudentCategories, FullTime, agendaForChange: false);

    public static StaffGroupSpec NursingAndMidwifery { get; } = new(
        "Nursing and Midwifery Registered", "03", 0.33,
        new(
            (PayBandSpec.Band4, 0.4), (PayBandSpec.Band5, 45), (PayBandSpec.Band6, 33), (PayBandSpec.Band7, 15),
            (PayBandSpec.Band8A, 4), (PayBandSpec.Band8B, 1.5), (PayBandSpec.Band8C, 0.7), (PayBandSpec.Band8D, 0.3),
            (PayBandSpec.Band9, 0.1)),
        ["N0A", "N0C", "N1A", "N1C", "N6A", "N7A"],
        UsualCategories, UsualFte, agendaForChange: true);

    public static StaffGroupSpec AlliedHealthProfessionals { get; } = new(
        "Allied Health Professionals", "04", 0.17,
        new(
            (PayBandSpec.Band5, 20), (PayBandSpec.Band6, 40), (PayBandSpec.Band7, 28), (PayBandSpec.Band8A, 8),
            (PayBandSpec.Band8B, 2.5), (PayBandSpec.Band8C, 1), (PayBandSpec.Band8D, 0.5)),
        ["S2A", "S3A", "S4A", "S6A"],
        UsualCategories, UsualFte, agendaForChange: true);

    public static StaffGroupSpec AdditionalProfessionalScientificAndTechnical { get; } = new(
        "Add Prof Scientific and Technic", "05", 0.26,
        new(
            (PayBandSpec.Band3, 10), (PayBandSpec.Band4, 15), (PayBandSpec.Band5, 15), (PayBandSpec.Band6, 20),
            (PayBandSpec.Band7, 20), (PayBandSpec.Band8A, 12), (PayBandSpec.Band8B, 5), (PayBandSpec.Band8C, 2),
            (PayBandSpec.Band8D, 1)),
        ["S1A", "S5A", "S7A"],
        ScientificCategories, UsualFte, agendaForChange: true);

    public static StaffGroupSpec HealthcareScientists { get; } = new(
        "Healthcare Scientists", "06", 0.24,
        new(
            (PayBandSpec.Band5, 15), (PayBandSpec.Band6, 25), (PayBandSpec.Band7, 30), (PayBandSpec.Band8A, 18),
            (PayBandSpec.Band8B, 7), (PayBandSpec.Band8C, 3), (PayBandSpec.Band8D, 2)),
        ["S8A", "S8C", "S9A"],
        ScientificCategories, UsualFte, agendaForChange: true);

    public static StaffGroupSpec AdditionalClinicalServices { get; } = new(
        "Additional Clinical Services", "07", 0.27,
        new(
            (PayBandSpec.Band2, 28), (PayBandSpec.Band3, 44), (PayBandSpec.Band4, 24), (PayBandSpec.Band5, 3),
            (PayBandSpec.PersonalSalary, 1)),
        ["H1A", "H1C", "H2A", "N9A"],
        UsualCategories, UsualFte, agendaForChange: true);

    public static StaffGroupSpec AdministrativeAndClerical { get; } = new(
        "Administrative and Clerical", "08", 0.17,
        new(
            (PayBandSpec.UnderBand1, 0.5), (PayBandSpec.Band2, 12), (PayBandSpec.Band3, 25), (PayBandSpec.Band4, 22),
            (PayBandSpec.Band5, 12), (PayBandSpec.Band6, 9), (PayBandSpec.Band7, 8), (PayBandSpec.Band8A, 5),
            (PayBandSpec.Band8B, 3), (PayBandSpec.Band8C, 1.5), (PayBandSpec.Band8D, 1), (PayBandSpec.Band9, 0.5),
            (PayBandSpec.Vsm, 0.5), (PayBandSpec.NonAfc, 0.5), (PayBandSpec.PersonalSalary, 0.3)),
        ["G0A", "G1A", "G2A", "G3A", "G6A"],
        UsualCategories, UsualFte, agendaForChange: true);

    public static StaffGroupSpec EstatesAndAncillary { get; } = new(
        "Estates and Ancillary", "09", 0.22,
        new(
            (PayBandSpec.Band1, 2), (PayBandSpec.Band2, 55), (PayBandSpec.Band3, 20), (PayBandSpec.Band4, 10),
            (PayBandSpec.Band5, 5), (PayBandSpec.Band6, 4), (PayBandSpec.Band7, 2), (PayBandSpec.Band8A, 1.5),
            (PayBandSpec.Band8B, 0.5)),
        ["G7A", "G8A", "G9A"],
        UsualCategories, UsualFte, agendaForChange: true);

    /// <summary>The staff groups with their shares of the workforce.</summary>
    public static Weighted<StaffGroupSpec> All { get; } = new(
        (NursingAndMidwifery, 26), (AdditionalClinicalServices, 22), (AdministrativeAndClerical, 21.5),
        (MedicalAndDental, 10), (AlliedHealthProfessionals, 7), (EstatesAndAncillary, 6),
        (AdditionalProfessionalScientificAndTechnical, 5), (HealthcareScientists, 2), (Students, 0.5));
}
