using NodaTime;
using NodaTime.Text;

namespace Wres.Core;

/// <summary>
/// A WRES reporting year: by default 1 April to 31 March, with the workforce counted at a snapshot
/// date (<b>Default</b> the last day of the year).
/// </summary>
/// <remarks>Immutable. Two years are equal when their periods and snapshot dates are equal.</remarks>
public sealed class ReportingYear : IEquatable<ReportingYear>
{
    private readonly int _startDay;
    private readonly int _endDay;

    private ReportingYear(DateInterval period, LocalDate snapshot)
    {
        Period = period;
        Snapshot = snapshot;
        _startDay = DayNumber(period.Start);
        _endDay = DayNumber(period.End);
    }

    /// <summary>The whole year, both ends inclusive.</summary>
    public DateInterval Period { get; }

    /// <summary>The first day of the year.</summary>
    public LocalDate Start => Period.Start;

    /// <summary>The last day of the year.</summary>
    public LocalDate End => Period.End;

    /// <summary>The date the workforce is counted at; <b>Default</b> <see cref="End"/>.</summary>
    public LocalDate Snapshot { get; }

    /// <summary>The year from 1 April of <paramref name="endYear"/> − 1 to 31 March of <paramref name="endYear"/>.</summary>
    /// <param name="endYear">The calendar year the reporting year ends in, for example 2026 for 2025/26.</param>
    /// <returns>The reporting year.</returns>
    public static ReportingYear EndingIn(int endYear)
    {
        if (endYear is < 1901 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(endYear), endYear, "The year must be between 1901 and 9999.");
        }

        return EndingOn(new LocalDate(endYear, 3, 31));
    }

    /// <summary>The year of twelve months ending on <paramref name="lastDay"/> (usually a 31 March).</summary>
    /// <param name="lastDay">The last day of the year; also the snapshot date.</param>
    /// <returns>The reporting year.</returns>
    public static ReportingYear EndingOn(LocalDate lastDay)
    {
        if (lastDay.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Reporting years use the ISO calendar.", nameof(lastDay));
        }

        var first = lastDay.PlusYears(-1).PlusDays(1);
        return new ReportingYear(new DateInterval(first, lastDay), lastDay);
    }

    /// <summary>The year of twelve months ending on <paramref name="lastDay"/>, for callers on <see cref="DateOnly"/>.</summary>
    /// <param name="lastDay">The last day of the year; also the snapshot date.</param>
    /// <returns>The reporting year.</returns>
    public static ReportingYear EndingOn(DateOnly lastDay) => EndingOn(LocalDate.FromDateOnly(lastDay));

    /// <summary>The most recent year ending on 31 March on or before <paramref name="today"/>, for callers on <see cref="DateOnly"/>.</summary>
    /// <param name="today">Today's date, from an injected clock or <c>TimeProvider</c>.</param>
    /// <returns>The reporting year.</returns>
    public static ReportingYear MostRecentOnOrBefore(DateOnly today) => MostRecentOnOrBefore(LocalDate.FromDateOnly(today));

    /// <summary>The most recent year ending on 31 March on or before <paramref name="today"/>.</summary>
    /// <param name="today">Today's date, from an injected clock.</param>
    /// <returns>The reporting year.</returns>
    public static ReportingYear MostRecentOnOrBefore(LocalDate today)
    {
        var end = new LocalDate(today.Year, 3, 31);
        return EndingOn(end <= today ? end : end.PlusYears(-1));
    }

    /// <summary>A copy with the workforce counted at another date inside the year.</summary>
    /// <param name="snapshot">The snapshot date.</param>
    /// <returns>The reporting year with the new snapshot.</returns>
    public ReportingYear WithSnapshot(LocalDate snapshot)
    {
        if (!Period.Contains(snapshot))
        {
            throw new ArgumentOutOfRangeException(nameof(snapshot), snapshot, $"The snapshot date must fall inside the reporting year {this}.");
        }

        return new ReportingYear(Period, snapshot);
    }

    /// <summary>A copy with the workforce counted at another date inside the year, for callers on <see cref="DateOnly"/>.</summary>
    /// <param name="snapshot">The snapshot date.</param>
    /// <returns>The reporting year with the new snapshot.</returns>
    public ReportingYear WithSnapshot(DateOnly snapshot) => WithSnapshot(LocalDate.FromDateOnly(snapshot));

    /// <summary>The year before this one, with its snapshot on its last day.</summary>
    public ReportingYear Previous => EndingOn(Start.PlusDays(-1));

    /// <summary>Whether the date falls inside the year.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ date ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) =>
        date.Calendar == CalendarSystem.Iso
            ? DayNumber(date) is var day && day >= _startDay && day <= _endDay
            : Period.Contains(date);

    /// <summary>An ISO date as the number <c>yyyyMMdd</c>, which orders as the date does: a cheap test for a date on every row.</summary>
    private static int DayNumber(LocalDate date) => (date.Year * 10_000) + (date.Month * 100) + date.Day;

    /// <summary>Whether the date falls inside the year.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ date ≤ <see cref="End"/>.</returns>
    public bool Contains(DateOnly date) => Period.Contains(LocalDate.FromDateOnly(date));

    /// <inheritdoc />
    public bool Equals(ReportingYear? other) =>
        other is not null && Period.Equals(other.Period) && Snapshot == other.Snapshot;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportingYear);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, Snapshot);

    /// <summary>The year in NHS style, for example <c>2025/26</c>, or the dates when it is not April to March.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (Start.Month == 4 && Start.Day == 1 && End.Month == 3 && End.Day == 31)
        {
            return $"{Start.Year}/{End.Year % 100:00}";
        }

        var pattern = LocalDatePattern.Iso;
        return $"{pattern.Format(Start)} to {pattern.Format(End)}";
    }
}
