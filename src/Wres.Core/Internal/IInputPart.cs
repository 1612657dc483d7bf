using Wres.Core.Validation;

namespace Wres.Core.Internal;

/// <summary>
/// One input of an accumulator (the staff file, the cases, …) as <see cref="WresAccumulator"/> handles every part
/// alike: its tally, merging a piece of the same input into it, making room before merging, giving its pooled
/// buffers back. Rows are added through the concrete part, never through this interface, so that adding stays a
/// direct call per row.
/// </summary>
internal interface IInputPart
{
    /// <summary>What happened to every row of the input, and its findings.</summary>
    SourceTally Tally { get; }

    /// <summary>Adds everything a part of the same kind holds, its lines moved on by <paramref name="lineOffset"/>; the other part is left intact.</summary>
    void Merge(IInputPart other, int lineOffset);

    /// <summary>Makes room, once, for the rows of parts of the same kind about to be merged in.</summary>
    void Reserve(IReadOnlyList<IInputPart> others);

    /// <summary>Gives pooled buffers back; the part is not used afterwards.</summary>
    void Release();

    /// <summary>
    /// The part moves, whole, to the accumulator this one is merged into: a new tally takes over its counts and findings,
    /// and the old one is closed, so that nothing kept from the merged accumulator can still change them.
    /// </summary>
    void HandOverTally();
}
