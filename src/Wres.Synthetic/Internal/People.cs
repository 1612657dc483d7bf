using System.Globalization;

namespace Wres.Synthetic.Internal;

/// <summary>
/// Computes any person's attributes from the seed and their index alone, so that the staff, case,
/// training and previous-year files agree without holding the workforce in memory.
/// </summary>
internal static class People
{
    /// <summary>The first employee number.</summary>
    public const int FirstEmployeeNumber = 20_000_001;

    /// <summary>The share of people in post who joined during the year (besides every Foundation Year 1 doctor).</summary>
    private const double JoinerShare = 0.045;

    /// <summary>The person with this index: 0 to StaffCount − 1 are in post; the next LeaverCount left during the year.</summary>
    public static Person Get(TrustPlan plan, int index)
    {
        var random = Prng.For(plan.Seed, RandomStream.Person, index);
        var group = StaffGroupSpec.All.Pick(ref random);
        var bandIndex = group.Bands.PickIndex(ref random);
        var band = group.Bands[bandIndex];
        var bmeShare = Math.Min(0.95, group.BmeShare * band.BmeFactor);
        var ethnicOrigin = EthnicityText.Staff.Draw(ref random, bmeShare, out var ethnicity);
        var disability = EsrText.StaffDisability.Pick(ref random);
        var organisation = plan.Organisations[random.Next(plan.Organisations.Length)];
        var joinDraw = random.NextDouble();
        var leaver = index >= plan.StaffCount;
        var joiner = !leaver && (joinDraw < JoinerShare || ReferenceEquals(band, PayBandSpec.FoundationYear1));
        return new Person(index, group, bandIndex, ethnicity, ethnicOrigin, disability, organisation, joiner, leaver);
    }

    /// <summary>The person's eight-digit ESR employee number.</summary>
    public static string EmployeeNumber(int index) =>
        (FirstEmployeeNumber + index).ToString(CultureInfo.InvariantCulture);
}
