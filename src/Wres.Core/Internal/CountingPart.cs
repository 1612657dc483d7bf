using Wres.Core.Validation;

namespace Wres.Core.Internal;

/// <summary>An input part that only counts rows into cells (applications, board members): merged by adding cells.</summary>
internal abstract class CountingPart(SourceTally tally, int cells) : IInputPart
{
    public SourceTally Tally { get; private set; } = tally;

    /// <summary>The counts, indexed as the part decides.</summary>
    protected int[] Cells { get; } = new int[cells];

    public void Merge(IInputPart other, int lineOffset)
    {
        var counting = (CountingPart)other;
        if (ReferenceEquals(this, counting))
        {
            throw new ArgumentException("A part cannot be merged into itself.", nameof(other));
        }

        for (var i = 0; i < Cells.Length; i++)
        {
            Cells[i] += counting.Cells[i];
        }

        Tally.Merge(counting.Tally, lineOffset);
    }

    public void Reserve(IReadOnlyList<IInputPart> others)
    {
    }

    public void Release()
    {
    }

    public void HandOverTally() => Tally = Tally.HandOver();
}
