using System.Globalization;

namespace Wres.Core.Publication;

/// <summary>
/// Applies a disclosure-control policy to counts. Percentages are always computed from the unrounded
/// counts; only the counts shown are changed.
/// </summary>
public sealed class DisclosureControl
{
    private readonly DisclosurePolicy _policy;
    private readonly int _suppressUpTo;
    private readonly int _roundingBase;
    private readonly int _threshold;

    /// <summary>Creates the control from options (copied).</summary>
    /// <param name="options">The policy and its parameters.</param>
    public DisclosureControl(DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Policy is not (DisclosurePolicy.RoundToFive or DisclosurePolicy.Threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Policy, "Not a defined disclosure policy.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(options.SuppressUpTo);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RoundingBase, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Threshold, 1);
        _policy = options.Policy;
        _suppressUpTo = options.SuppressUpTo;
        _roundingBase = options.RoundingBase;
        _threshold = options.Threshold;
    }

    /// <summary>The default policy: 1-7 suppressed, the rest rounded to the nearest 5.</summary>
    public static DisclosureControl Default { get; } = new(new DisclosureOptions());

    /// <summary>Protects one count. Zero is shown as zero.</summary>
    /// <param name="count">The true count.</param>
    /// <returns>What may be shown.</returns>
    public DisclosedCount Apply(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return new DisclosedCount(0, "0");
        }

        if (_policy == DisclosurePolicy.Threshold)
        {
            return count < _threshold
                ? new DisclosedCount(null, "<" + _threshold.ToString(CultureInfo.InvariantCulture))
                : Shown(count);
        }

        if (count <= _suppressUpTo)
        {
            return new DisclosedCount(null, "*");
        }

        var rounded = (int)(Math.Round((decimal)count / _roundingBase, MidpointRounding.AwayFromZero) * _roundingBase);
        return Shown(rounded);
    }

    private static DisclosedCount Shown(int value) => new(value, value.ToString(CultureInfo.InvariantCulture));
}
