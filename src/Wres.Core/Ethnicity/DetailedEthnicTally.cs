using System.Globalization;
using System.Text;

namespace Wres.Core.Ethnicity;

/// <summary>
/// People counted in the detailed ethnic groups of rules §8 (White British, White Irish, White other, Mixed, Asian,
/// Black, Chinese, Other, Unknown): indicator 1's rows and the workforce by detailed group. Each detailed group lies
/// within one WRES group, so the counts sum to the White, BME and Unknown counts of the same people
/// (<see cref="Groups"/>). Immutable, compared by value.
/// </summary>
public sealed class DetailedEthnicTally : IEquatable<DetailedEthnicTally>
{
    /// <summary>The number of detailed groups (the values of <see cref="DetailedEthnicGroup"/>).</summary>
    internal const int Count = 9;

    private readonly int[] _counts;

    /// <summary>A tally of <paramref name="counts"/>, one per detailed group (<see cref="Count"/>, in group order).</summary>
    internal DetailedEthnicTally(ReadOnlySpan<int> counts) => _counts = counts.ToArray();

    /// <summary>Nobody in any group.</summary>
    internal static DetailedEthnicTally Empty { get; } = new(stackalloc int[Count]);

    /// <summary>The people in a detailed group.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not a defined group.</exception>
    public int this[DetailedEthnicGroup group] =>
        (uint)group < Count ? _counts[(int)group] : throw new ArgumentOutOfRangeException(nameof(group), group, "Not a defined detailed ethnic group.");

    /// <summary>Everyone counted.</summary>
    public int Total
    {
        get
        {
            var total = 0;
            foreach (var count in _counts)
            {
                total += count;
            }

            return total;
        }
    }

    /// <summary>The same people by WRES group: White (White British, Irish and other), BME (Mixed, Asian, Black, Chinese, Other) and Unknown.</summary>
    public GroupTally Groups
    {
        get
        {
            Span<int> groups = stackalloc int[3];
            for (var d = 0; d < Count; d++)
            {
                groups[(int)GroupOf((DetailedEthnicGroup)d)] += _counts[d];
            }

            return new GroupTally(groups[(int)EthnicGroup.White], groups[(int)EthnicGroup.Bme], groups[(int)EthnicGroup.Unknown]);
        }
    }

    /// <summary>The WRES group a detailed group lies within.</summary>
    internal static EthnicGroup GroupOf(DetailedEthnicGroup group) => group switch
    {
        DetailedEthnicGroup.WhiteBritish or DetailedEthnicGroup.WhiteIrish or DetailedEthnicGroup.WhiteOther => EthnicGroup.White,
        DetailedEthnicGroup.Unknown => EthnicGroup.Unknown,
        _ => EthnicGroup.Bme,
    };

    /// <summary>The detailed group of someone known only by WRES group (no category): as a local code, White other, Other or Unknown.</summary>
    internal static DetailedEthnicGroup Of(EthnicGroup group) => group switch
    {
        EthnicGroup.White => DetailedEthnicGroup.WhiteOther,
        EthnicGroup.Bme => DetailedEthnicGroup.Other,
        _ => DetailedEthnicGroup.Unknown,
    };

    /// <summary>Whether the other tally has the same count in every group.</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(DetailedEthnicTally? other) => other is not null && _counts.AsSpan().SequenceEqual(other._counts);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DetailedEthnicTally);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var count in _counts)
        {
            hash.Add(count);
        }

        return hash.ToHashCode();
    }

    /// <summary>Every group's count, for example <c>WhiteBritish 12, WhiteIrish 0, …, Unknown 3</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (var d = 0; d < Count; d++)
        {
            text.Append(d == 0 ? string.Empty : ", ").Append((DetailedEthnicGroup)d).Append(' ').Append(_counts[d].ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
