using System.Runtime.InteropServices;

namespace Wres.Core.PayGaps;

/// <summary>
/// The sum and median of one group's values, taken during one walk over everyone's values in ascending
/// order: the group's count is known beforehand, so its middle values are picked up as they pass. The sum
/// is taken in ascending order, so it depends only on the values, never on the order of the input rows.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal struct GroupWalk
{
    private readonly int _count;
    private readonly int _low;
    private readonly int _high;
    private int _seen;
    private double _sum;
    private double _lowValue;
    private double _highValue;

    public GroupWalk(int count)
    {
        _count = count;
        _low = (count - 1) / 2;
        _high = count / 2;
    }

    public void Take(double value)
    {
        if (_seen == _low)
        {
            _lowValue = value;
        }

        if (_seen == _high)
        {
            _highValue = value;
        }

        _seen++;
        _sum += value;
    }

    public readonly double? Mean => _count == 0 ? null : _sum / _count;

    /// <summary>The middle value, or the mean of the two middle values of an even count.</summary>
    public readonly double? Median => _count == 0 ? null : _low == _high ? _lowValue : (_lowValue + _highValue) / 2.0;
}
