using Wres.Core.Publication;

namespace Wres.Reporting.Publication;

/// <summary>
/// An input's rows read and rows counted as a published report shows them: rounded to the policy's rounding base (at
/// least the base when there are any), because where each row is one person they are a headcount, and an exact one
/// would bound the published counts tightly enough to give a suppressed count back. Rows excluded and rejected stay
/// exact: they say nothing about the groups.
/// </summary>
internal static class PublishedRows
{
    /// <summary>The rows as shown: 0 stays 0; otherwise the nearest multiple of the rounding base (midpoints away from zero), and at least the base.</summary>
    public static int Shown(int rows, DisclosureOptions options)
    {
        if (rows == 0)
        {
            return 0;
        }

        var rounding = options.RoundingBase;
        var rounded = (int)(Math.Round((decimal)rows / rounding, MidpointRounding.AwayFromZero) * rounding);
        return Math.Max(rounded, rounding);
    }

    /// <summary>The most rows a reader can take a shown figure to stand for.</summary>
    public static long Upper(int shown, DisclosureOptions options) => shown == 0 ? 0 : shown + ((options.RoundingBase + 1) / 2) - 1;
}
