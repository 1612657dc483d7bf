namespace Wres.Synthetic.Internal;

/// <summary>
/// Annual full-time pay by band or grade, for the synthetic pay file. The figures are approximate: they
/// follow the 2025/26 Agenda for Change pay scales (the 3.6% award on 2024/25's: Band 5 from £31,049) and
/// the 2025/26 medical and dental pay scales (2024/25 plus 4%, resident doctors plus £750) as closely as a
/// synthetic trust needs, and are not an authoritative statement of NHS pay. VSM, personal salaries and
/// non-AfC grades are local pay, invented here.
/// </summary>
internal sealed class PayScale
{
    /// <summary>The full-time working week under Agenda for Change.</summary>
    public const decimal AgendaForChangeHours = 37.5m;

    /// <summary>The full-time working week of a doctor (ten programmed activities).</summary>
    public const decimal MedicalHours = 40m;

    private static readonly Dictionary<string, PayScale> ByBand = new(StringComparer.Ordinal)
    {
        [PayBandSpec.UnderBand1.Text] = AfC(23_900m),
        [PayBandSpec.Band1.Text] = AfC(24_465m),
        [PayBandSpec.Band2.Text] = AfC(24_465m),
        [PayBandSpec.Band3.Text] = AfC(24_937m, 26_598m),
        [PayBandSpec.Band4.Text] = AfC(27_485m, 30_162m),
        [PayBandSpec.Band5.Text] = AfC(31_049m, 33_487m, 37_796m),
        [PayBandSpec.Band6.Text] = AfC(38_682m, 40_823m, 46_580m),
        [PayBandSpec.Band7.Text] = AfC(47_810m, 50_273m, 54_710m),
        [PayBandSpec.Band8A.Text] = AfC(55_690m, 62_682m),
        [PayBandSpec.Band8B.Text] = AfC(64_455m, 74_896m),
        [PayBandSpec.Band8C.Text] = AfC(76_965m, 88_682m),
        [PayBandSpec.Band8D.Text] = AfC(91_342m, 105_337m),
        [PayBandSpec.Band9.Text] = AfC(109_179m, 125_637m),
        [PayBandSpec.Vsm.Text] = AfC(130_000m, 155_000m, 180_000m, 210_000m),
        [PayBandSpec.NonAfc.Text] = AfC(23_900m, 26_000m),
        [PayBandSpec.PersonalSalary.Text] = AfC(45_000m, 60_000m, 85_000m),
        [PayBandSpec.FoundationYear1.Text] = Medical(38_831m),
        [PayBandSpec.FoundationYear2.Text] = Medical(44_439m),
        [PayBandSpec.CoreTraining.Text] = Medical(52_656m),
        [PayBandSpec.SpecialtyRegistrar.Text] = Medical(52_656m, 61_825m, 70_425m),
        [PayBandSpec.TrustGrade.Text] = Medical(52_656m, 61_825m),
        [PayBandSpec.SpecialtyDoctor.Text] = Medical(54_631m, 62_051m, 69_474m, 77_042m, 85_696m),
        [PayBandSpec.AssociateSpecialist.Text] = Medical(68_000m, 88_000m, 108_000m),
        [PayBandSpec.Consultant.Text] = Medical(109_725m, 116_183m, 123_119m, 131_127m, 145_478m),
    };

    private PayScale(decimal hours, decimal[] points)
    {
        FullTimeHours = hours;
        Points = points;
    }

    /// <summary>The full-time working week.</summary>
    public decimal FullTimeHours { get; }

    /// <summary>The annual full-time pay points, lowest first.</summary>
    public decimal[] Points { get; }

    /// <summary>The scale of a band or grade as the staff file spells it.</summary>
    public static PayScale Of(string payBand) =>
        ByBand.TryGetValue(payBand, out var scale) ? scale : throw Cells.Defect(payBand, "a pay band with a pay scale");

    /// <summary>Draws a pay point: each point equally likely, except the top one (where most staff settle) twice as likely.</summary>
    public decimal Draw(ref Prng random)
    {
        var index = random.Next(Points.Length + 1);
        return Points[Math.Min(index, Points.Length - 1)];
    }

    private static PayScale AfC(params decimal[] points) => new(AgendaForChangeHours, points);

    private static PayScale Medical(params decimal[] points) => new(MedicalHours, points);
}
