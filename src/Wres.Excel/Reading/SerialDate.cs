using System.Globalization;

namespace Wres.Excel.Reading;

/// <summary>
/// Excel serial dates as ISO text: in the 1900 system serial 1 is 1900-01-01 and serial 60 the 29 February 1900
/// that Excel counts but the calendar does not have (a bug kept from Lotus 1-2-3); in the 1904 system serial 0 is
/// 1904-01-01. The fraction is the time of day.
/// </summary>
internal static class SerialDate
{
    /// <summary>The last serial Excel shows as a date (9999-12-31 in the 1900 system).</summary>
    private const double Last1900 = 2958466;

    /// <summary>The last serial in the 1904 system (9999-12-31).</summary>
    private const double Last1904 = Last1900 - 1462;

    private const int SecondsPerDay = 24 * 60 * 60;

    private static readonly DateOnly Before1900Leap = new(1899, 12, 31);
    private static readonly DateOnly After1900Leap = new(1899, 12, 30);
    private static readonly DateOnly Start1904 = new(1904, 1, 1);

    /// <summary>
    /// Writes the date as <c>yyyy-MM-dd</c> (or <c>yyyy-MM-ddTHH:mm:ss</c> when it has a time of day) into
    /// <paramref name="destination"/>; returns <see langword="false"/> for a serial Excel shows as no date (below
    /// the first day, past 9999, not finite), which the caller then writes as the number it is. Serial 60 of the
    /// 1900 system is written <c>1900-02-29</c>, as Excel shows it, for the date rules to reject.
    /// </summary>
    public static bool TryFormat(double serial, bool date1904, Span<char> destination, out int written)
    {
        written = 0;
        var first = date1904 ? 0 : 1;
        var last = date1904 ? Last1904 : Last1900;
        if (!double.IsFinite(serial) || serial < first || serial >= last)
        {
            return false;
        }

        var days = (int)Math.Floor(serial);
        var seconds = (int)Math.Round((serial - days) * SecondsPerDay, MidpointRounding.AwayFromZero);
        if (seconds == SecondsPerDay)
        {
            days++;
            seconds = 0;
            if (days >= last)
            {
                return false;
            }
        }

        if (!date1904 && days == 60)
        {
            "1900-02-29".AsSpan().CopyTo(destination);
            written = 10;
        }
        else
        {
            var date = date1904 ? Start1904.AddDays(days) : days < 60 ? Before1900Leap.AddDays(days) : After1900Leap.AddDays(days);
            if (date.Year > 9999 || !date.TryFormat(destination, out written, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            {
                return false;
            }
        }

        if (seconds == 0)
        {
            return true;
        }

        var time = destination[written..];
        if (time.Length < 9)
        {
            return false;
        }

        time[0] = 'T';
        Two(time[1..], seconds / 3600);
        time[3] = ':';
        Two(time[4..], seconds / 60 % 60);
        time[6] = ':';
        Two(time[7..], seconds % 60);
        written += 9;
        return true;

        static void Two(Span<char> span, int value)
        {
            span[0] = (char)('0' + (value / 10));
            span[1] = (char)('0' + (value % 10));
        }
    }
}
