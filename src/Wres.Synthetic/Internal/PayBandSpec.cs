namespace Wres.Synthetic.Internal;

/// <summary>A pay band or medical grade as ESR spells it, with how it shifts the chance of a BME post-holder.</summary>
internal sealed class PayBandSpec
{
    private PayBandSpec(string text, double bmeFactor, Weighted<string>? categories = null)
    {
        Text = text;
        BmeFactor = bmeFactor;
        Categories = categories;
    }

    /// <summary>The ESR <c>Pay Band</c> value.</summary>
    public string Text { get; }

    /// <summary>
    /// Multiplies the staff group's BME share (Agenda for Change bands: fewer BME staff from Band 8a up);
    /// for medical grades, whose group share is 1, it is the grade's BME share itself.
    /// </summary>
    public double BmeFactor { get; }

    /// <summary>The grade's own assignment categories (medical grades), or <see langword="null"/> for the staff group's.</summary>
    public Weighted<string>? Categories { get; }

    public static PayBandSpec UnderBand1 { get; } = new("Under Band 1", 1.0);
    public static PayBandSpec Band1 { get; } = new("Band 1", 1.0);
    public static PayBandSpec Band2 { get; } = new("Band 2", 1.0);
    public static PayBandSpec Band3 { get; } = new("Band 3", 1.0);
    public static PayBandSpec Band4 { get; } = new("Band 4", 1.0);
    public static PayBandSpec Band5 { get; } = new("Band 5", 1.1);
    public static PayBandSpec Band6 { get; } = new("Band 6", 1.0);
    public static PayBandSpec Band7 { get; } = new("Band 7", 0.85);
    public static PayBandSpec Band8A { get; } = new("Band 8 - Range A", 0.7);
    public static PayBandSpec Band8B { get; } = new("Band 8 - Range B", 0.6);
    public static PayBandSpec Band8C { get; } = new("Band 8 - Range C", 0.5);
    public static PayBandSpec Band8D { get; } = new("Band 8 - Range D", 0.45);
    public static PayBandSpec Band9 { get; } = new("Band 9", 0.4);
    public static PayBandSpec Vsm { get; } = new("Very Senior Manager", 0.3);
    public static PayBandSpec NonAfc { get; } = new("Non AfC Grade", 1.0);
    public static PayBandSpec PersonalSalary { get; } = new("Personal Salary", 0.8);

    private static readonly Weighted<string> Trainees = new(
        (EsrText.FixedTermTemp, 82), (EsrText.Permanent, 15), (EsrText.Honorary, 3));

    private static readonly Weighted<string> CareerGrades = new(
        (EsrText.Permanent, 88), (EsrText.Locum, 6), (EsrText.FixedTermTemp, 4), (EsrText.Honorary, 2));

    private static readonly Weighted<string> Consultants = new(
        (EsrText.Permanent, 88), (EsrText.Locum, 5), (EsrText.Honorary, 6), (EsrText.FixedTermTemp, 1));

    private static readonly Weighted<string> LocallyEmployed = new(
        (EsrText.FixedTermTemp, 50), (EsrText.Permanent, 38), (EsrText.Locum, 12));

    public static PayBandSpec FoundationYear1 { get; } = new("Foundation Year 1", 0.40, Trainees);
    public static PayBandSpec FoundationYear2 { get; } = new("Foundation Year 2", 0.40, Trainees);
    public static PayBandSpec CoreTraining { get; } = new("Core Training", 0.52, Trainees);
    public static PayBandSpec SpecialtyRegistrar { get; } = new("Specialty Registrar", 0.48, Trainees);
    public static PayBandSpec TrustGrade { get; } = new("Trust Grade", 0.72, LocallyEmployed);
    public static PayBandSpec SpecialtyDoctor { get; } = new("Specialty Doctor", 0.66, CareerGrades);
    public static PayBandSpec AssociateSpecialist { get; } = new("Associate Specialist", 0.58, CareerGrades);
    public static PayBandSpec Consultant { get; } = new("Consultant", 0.40, Consultants);
}
