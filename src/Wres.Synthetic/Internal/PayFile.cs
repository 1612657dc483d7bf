using System.Globalization;

namespace Wres.Synthetic.Internal;

/// <summary>
/// The payroll extract for the pay gaps: one row per assignment of each person in post, paid in the
/// calendar month holding the 31 March snapshot (<c>Pay Period Days</c> left blank: 31 by default). The
/// same assignments as the staff file, so bank rows count (an hourly rate and the hours worked) and
/// honorary rows are there to be set aside (unpaid). It gives no ethnicity or disability: they come from
/// the staff file by employee number.
/// </summary>
internal static class PayFile
{
    public static readonly string[] Header =
    [
        "Employee Number", "Sex", "Pay Band", "Assignment Category", "Full Pay", "Hourly Rate", "Ordinary Pay",
        "Weekly Hours", "Pay Period Days", "Bonus In Period", "Bonus 12 Months", "Organisation",
    ];

    /// <summary>Weeks in a year: 365 ÷ 7, as AfC hourly rates are worked out.</summary>
    private const decimal WeeksPerYear = 52.143m;

    /// <summary>People paid at a reduced rate or nil for leave in the period (Full Pay No on their main row).</summary>
    private const double ReducedPay = 0.035;

    /// <summary>Rows writing <c>M</c> or <c>F</c> rather than <c>Male</c> or <c>Female</c>.</summary>
    private const double ShortSex = 0.05;

    /// <summary>Clinical staff on Bands 2 to 6 paid an unsocial hours premium (ordinary pay).</summary>
    private const double ShiftPremium = 0.5;

    /// <summary>Consultants holding a clinical excellence award (bonus pay).</summary>
    private const double ExcellenceAward = 0.5;

    private static readonly Weighted<decimal> Premiums = new((0.08m, 45), (0.12m, 35), (0.18m, 20));

    /// <summary>Local and national clinical excellence awards a year (approximate levels).</summary>
    private static readonly Weighted<decimal> Awards = new(
        (3_000m, 35), (6_000m, 25), (9_000m, 15), (12_000m, 10), (20_000m, 8), (30_000m, 5), (40_000m, 2));

    /// <summary>Pay while on leave, as a share of full pay: half pay, statutory maternity pay, nil.</summary>
    private static readonly Weighted<decimal> LeavePay = new((0.5m, 40), (0.3m, 35), (0m, 25));

    /// <summary>Sick pay: half pay or nil.</summary>
    private static readonly Weighted<decimal> SickPay = new((0.5m, 60), (0m, 40));

    /// <summary>Average weekly hours worked on a bank assignment in the period.</summary>
    private static readonly Weighted<decimal> BankHours = new((7.5m, 30), (11.5m, 20), (15m, 20), (22.5m, 15), (30m, 10), (37.5m, 5));

    private static readonly HashSet<string> PremiumBands = new(StringComparer.Ordinal)
    {
        PayBandSpec.Band2.Text, PayBandSpec.Band3.Text, PayBandSpec.Band4.Text, PayBandSpec.Band5.Text, PayBandSpec.Band6.Text,
    };

    /// <summary>The rows, without the deliberate bad one.</summary>
    /// <param name="plan">The trust.</param>
    /// <param name="reuse">Fill and yield one array over and over (for writing), instead of a new array per row.</param>
    public static IEnumerable<string[]> Rows(TrustPlan plan, bool reuse)
    {
        var assignments = new Assignment[3];
        var row = new string[Header.Length];
        for (var i = 0; i < plan.StaffCount; i++)
        {
            var person = People.Get(plan, i);
            var count = StaffFile.Assign(plan, person, previous: false, assignments);
            var random = Prng.For(plan.Seed, RandomStream.Pay, i);
            var female = random.Chance(FemaleShare(person));
            var sex = random.Chance(ShortSex) ? (female ? "F" : "M") : (female ? "Female" : "Male");
            decimal? leave = random.Chance(ReducedPay) ? (female ? LeavePay : SickPay).Pick(ref random) : null;
            var employee = People.EmployeeNumber(i);
            for (var a = 0; a < count; a++)
            {
                if (!reuse)
                {
                    row = new string[Header.Length];
                }

                row[0] = employee;
                row[1] = sex;
                row[2] = assignments[a].PayBand;
                row[3] = assignments[a].Category;
                row[8] = string.Empty;
                row[11] = person.Organisation;
                Pay(row, assignments[a], main: a == 0, a == 0 ? leave : null, ref random);
                yield return row;
            }
        }
    }

    /// <summary>Fills the pay cells (4-7, 9, 10) of one assignment.</summary>
    private static void Pay(string[] row, in Assignment assignment, bool main, decimal? leave, ref Prng random)
    {
        var scale = PayScale.Of(assignment.PayBand);
        row[4] = leave is null ? EsrText.Yes : EsrText.No;
        row[9] = string.Empty;
        row[10] = string.Empty;
        if (assignment.Category == EsrText.Honorary)
        {
            // Unpaid: set aside by the pay gap rules whatever it says.
            row[5] = string.Empty;
            row[6] = Money(0m);
            row[7] = string.Empty;
            return;
        }

        if (assignment.Category == EsrText.Bank)
        {
            // Bank work is paid by the hour, at the band's first pay point.
            row[5] = Money(scale.Points[0] / WeeksPerYear / scale.FullTimeHours);
            row[6] = string.Empty;
            row[7] = Hours(BankHours.Pick(ref random));
            return;
        }

        var fte = decimal.Parse(assignment.Fte, NumberStyles.Number, CultureInfo.InvariantCulture);
        var annual = scale.Draw(ref random);
        if (main && PremiumBands.Contains(assignment.PayBand) && random.Chance(ShiftPremium))
        {
            annual *= 1m + Premiums.Pick(ref random);
        }

        row[5] = string.Empty;
        row[6] = Money(annual * fte / 12m * (leave ?? 1m));
        row[7] = Hours(fte * scale.FullTimeHours);
        if (main && assignment.PayBand == PayBandSpec.Consultant.Text && random.Chance(ExcellenceAward))
        {
            var award = Awards.Pick(ref random);
            row[9] = Money(award / 12m);
            row[10] = Money(award);
        }
    }

    /// <summary>The share of women: roughly NHS England's by staff group, fewer among consultants and in the senior bands.</summary>
    private static double FemaleShare(in Person person)
    {
        var group = person.Group;
        var band = person.Band;
        if (ReferenceEquals(group, StaffGroupSpec.MedicalAndDental))
        {
            return ReferenceEquals(band, PayBandSpec.Consultant) ? 0.42
                : ReferenceEquals(band, PayBandSpec.SpecialtyDoctor) || ReferenceEquals(band, PayBandSpec.AssociateSpecialist) || ReferenceEquals(band, PayBandSpec.TrustGrade) ? 0.48
                : 0.56;
        }

        var share = ReferenceEquals(group, StaffGroupSpec.NursingAndMidwifery) ? 0.89
            : ReferenceEquals(group, StaffGroupSpec.AdditionalClinicalServices) ? 0.80
            : ReferenceEquals(group, StaffGroupSpec.AdministrativeAndClerical) ? 0.77
            : ReferenceEquals(group, StaffGroupSpec.AlliedHealthProfessionals) ? 0.83
            : ReferenceEquals(group, StaffGroupSpec.EstatesAndAncillary) ? 0.42
            : ReferenceEquals(group, StaffGroupSpec.HealthcareScientists) ? 0.58
            : ReferenceEquals(group, StaffGroupSpec.Students) ? 0.82
            : 0.72;
        return ReferenceEquals(band, PayBandSpec.Vsm) ? share * 0.8
            : ReferenceEquals(band, PayBandSpec.Band8B) || ReferenceEquals(band, PayBandSpec.Band8C) || ReferenceEquals(band, PayBandSpec.Band8D) || ReferenceEquals(band, PayBandSpec.Band9) ? share * 0.9
            : share;
    }

    private static string Money(decimal amount) =>
        Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Hours(decimal hours) =>
        Math.Round(hours, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
}
