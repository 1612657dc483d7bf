using NodaTime;
using NodaTime.Text;
using Wres.Core;

namespace Wres.Synthetic.Internal;

/// <summary>
/// The dates of one reporting year (and a margin either side), already formatted, so that rows reuse
/// one string per date: ISO <c>2025-10-01</c> and the UK form <c>01/10/2025</c>.
/// </summary>
internal sealed class DateTable
{
    /// <summary>Days before the year that an out-of-year date can fall on.</summary>
    private const int Before = 60;

    /// <summary>Days after the year that an out-of-year date can fall on.</summary>
    private const int After = 30;

    private static readonly LocalDatePattern UkPattern = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy");

    private readonly string[] _iso;
    private readonly string[] _uk;

    public DateTable(ReportingYear year)
    {
        Start = year.Start;
        Days = Period.DaysBetween(year.Start, year.End) + 1;
        _iso = new string[Before + Days + After];
        _uk = new string[_iso.Length];
        for (var i = 0; i < _iso.Length; i++)
        {
            var date = Start.PlusDays(i - Before);
            _iso[i] = LocalDatePattern.Iso.Format(date);
            _uk[i] = UkPattern.Format(date);
        }
    }

    /// <summary>The first day of the year.</summary>
    public LocalDate Start { get; }

    /// <summary>The number of days in the year.</summary>
    public int Days { get; }

    /// <summary>The ISO form of a day, counted from the first day of the year (0).</summary>
    public string Iso(int day) => _iso[day + Before];

    /// <summary>A day inside the year.</summary>
    public int DrawDay(ref Prng random) => random.Next(Days);

    /// <summary>
    /// A date cell: blank with chance <paramref name="blank"/>, outside the year with chance
    /// <paramref name="outside"/>, otherwise inside it; written <c>dd/MM/yyyy</c> with chance
    /// <paramref name="uk"/>, otherwise ISO.
    /// </summary>
    public string Draw(ref Prng random, double blank, double outside, double uk)
    {
        var u = random.NextDouble();
        if (u < blank)
        {
            return string.Empty;
        }

        var day = u < blank + outside
            ? (random.Chance(0.5) ? -1 - random.Next(Before) : Days + random.Next(After))
            : random.Next(Days);
        return Format(ref random, day, uk);
    }

    /// <summary>A day written <c>dd/MM/yyyy</c> with chance <paramref name="uk"/>, otherwise ISO.</summary>
    public string Format(ref Prng random, int day, double uk) =>
        random.Chance(uk) ? _uk[day + Before] : _iso[day + Before];
}
