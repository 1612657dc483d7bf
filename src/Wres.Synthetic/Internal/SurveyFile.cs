using System.Globalization;

namespace Wres.Synthetic.Internal;

/// <summary>The NHS Staff Survey results for WRES indicators 5 to 8, White and BME, with their counts.</summary>
internal static class SurveyFile
{
    public static readonly string[] Header = ["Indicator", "Group", "Percent", "Respondents", "Positive"];

    // Respondents: about 46% of White and 40% of BME staff answer the survey.
    private const double WhiteShare = 0.70;
    private const double BmeShare = 0.26;
    private const double WhiteResponse = 0.46;
    private const double BmeResponse = 0.40;

    /// <summary>The rows (the survey file has no deliberate bad rows).</summary>
    public static IEnumerable<string[]> Rows(TrustPlan plan)
    {
        var random = Prng.For(plan.Seed, RandomStream.Survey, 0);
        var white = Respondents(ref random, plan.StaffCount * WhiteShare * WhiteResponse);
        var bme = Respondents(ref random, plan.StaffCount * BmeShare * BmeResponse);
        foreach (var (indicator, whiteRate, bmeRate) in EsrText.SurveyRates)
        {
            yield return Row(indicator, EsrText.White, white, Positive(ref random, white, whiteRate));
            yield return Row(indicator, EsrText.Bme, bme, Positive(ref random, bme, bmeRate));
        }
    }

    private static int Respondents(ref Prng random, double expected) =>
        Math.Max(5, (int)Math.Round(expected * (0.95 + (0.1 * random.NextDouble())), MidpointRounding.AwayFromZero));

    private static int Positive(ref Prng random, int respondents, double rate)
    {
        var jittered = rate + ((random.NextDouble() - 0.5) * 0.02);
        var positive = (int)Math.Round(respondents * jittered, MidpointRounding.AwayFromZero);
        return Math.Clamp(positive, 0, respondents);
    }

    private static string[] Row(string indicator, string group, int respondents, int positive)
    {
        var percent = Math.Round(100m * positive / respondents, 1, MidpointRounding.AwayFromZero);
        return
        [
            indicator,
            group,
            percent.ToString("0.0", CultureInfo.InvariantCulture),
            respondents.ToString(CultureInfo.InvariantCulture),
            positive.ToString(CultureInfo.InvariantCulture),
        ];
    }
}
