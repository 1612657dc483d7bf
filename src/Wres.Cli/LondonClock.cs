using NodaTime;

namespace Wres.Cli;

/// <summary>
/// Today's date in England, without loading the time-zone database at every start: UK summer time runs
/// from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
/// </summary>
internal static class LondonClock
{
    public static LocalDate Today(Instant now)
    {
        var utc = now.InUtc();
        var year = utc.Year;
        var start = LastSunday(year, 3).AtMidnight().PlusHours(1).InUtc().ToInstant();
        var end = LastSunday(year, 10).AtMidnight().PlusHours(1).InUtc().ToInstant();
        var offset = now >= start && now < end ? Offset.FromHours(1) : Offset.Zero;
        return now.WithOffset(offset).Date;
    }

    private static LocalDate LastSunday(int year, int month)
    {
        var last = new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));
        return last.DayOfWeek == IsoDayOfWeek.Sunday ? last : last.Previous(IsoDayOfWeek.Sunday);
    }
}
