namespace Wres.Core.Statistics;

/// <summary>The normal critical value every 95% interval uses, in one place.</summary>
internal static class CriticalValue
{
    /// <summary>The two-sided 95% standard normal critical value, as the WRES rules give it.</summary>
    public const double Z95 = 1.959964;
}
