using System.Globalization;
using Wres.Core.Ethnicity;

namespace Wres.Synthetic.Internal;

/// <summary>The employee relations case log: entries into formal disciplinary and capability processes.</summary>
internal static class CaseFile
{
    public static readonly string[] Header = ["Case Reference", "Employee Number", "Start Date", "Ethnic Origin", "Case Type"];

    // About 1.1% of staff enter a formal process in a year; BME staff about 1.5 times as often.
    private const double RateWhite = 0.0098;
    private const double RateBme = 0.0147;
    private const double RateUnknown = 0.011;

    /// <summary>People who left during the year were more often in a process before they left.</summary>
    private const double RateLeaver = 0.025;

    /// <summary>People with a second case in the same year.</summary>
    private const double SecondCase = 0.05;

    /// <summary>Cases that carry their own ethnic origin; the rest leave it blank to be joined from staff.</summary>
    private const double OwnEthnicity = 0.30;

    /// <summary>The rows, without the deliberate bad one.</summary>
    /// <param name="plan">The trust.</param>
    /// <param name="previous">Last year's cases, over last year's staff.</param>
    /// <param name="reuse">Fill and yield one array over and over.</param>
    public static IEnumerable<string[]> Rows(TrustPlan plan, bool previous, bool reuse)
    {
        var dates = previous ? plan.PreviousDates : plan.Dates;
        var yearEnd = previous ? plan.YearEnd - 1 : plan.YearEnd;
        var stream = previous ? RandomStream.PreviousCases : RandomStream.Cases;
        var end = plan.StaffCount + plan.LeaverCount;
        var row = new string[Header.Length];
        var sequence = 0;
        for (var i = 0; i < end; i++)
        {
            var person = People.Get(plan, i);
            if (previous && person.Joiner)
            {
                continue;
            }

            var random = Prng.For(plan.Seed, stream, i);
            var rate = person.Leaver && !previous ? RateLeaver : person.Ethnicity switch
            {
                EthnicGroup.White => RateWhite,
                EthnicGroup.Bme => RateBme,
                _ => RateUnknown,
            };
            if (!random.Chance(rate))
            {
                continue;
            }

            var cases = random.Chance(SecondCase) ? 2 : 1;
            var first = dates.DrawDay(ref random);
            var second = dates.DrawDay(ref random);
            for (var c = 0; c < cases; c++)
            {
                if (!reuse)
                {
                    row = new string[Header.Length];
                }

                var day = cases == 1 ? first : c == 0 ? Math.Min(first, second) : Math.Max(first, second);
                sequence++;
                row[0] = string.Create(CultureInfo.InvariantCulture, $"ER-{yearEnd}-{sequence:D5}");
                row[1] = People.EmployeeNumber(i);
                row[2] = dates.Format(ref random, day, uk: 0.05);
                row[3] = random.Chance(OwnEthnicity) ? person.EthnicOrigin : string.Empty;
                row[4] = EsrText.CaseTypes.Pick(ref random);
                yield return row;
            }
        }
    }
}
