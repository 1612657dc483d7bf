using Wres.Core.Validation;

namespace Wres.Core.Internal;

/// <summary>
/// An input part that keeps its rows until the report, keyed by employee number (staff, cases, training): the rows
/// and keys in one <see cref="KeyedRows{T}"/>, merged by concatenation in line order.
/// </summary>
internal abstract class KeyedPart<TRow>(SourceTally tally, int rows, int bytes) : IInputPart
    where TRow : struct, IKeyedRow
{
    public SourceTally Tally { get; private set; } = tally;

    /// <summary>The rows and their keys.</summary>
    public KeyedRows<TRow> Buffer { get; } = new(rows, bytes);

    public ReadOnlySpan<TRow> Rows => Buffer.Rows;

    public ByteArena Arena => Buffer.Arena;

    public void Merge(IInputPart other, int lineOffset)
    {
        var keyed = (KeyedPart<TRow>)other;
        if (ReferenceEquals(this, keyed))
        {
            throw new ArgumentException("A part cannot be merged into itself.", nameof(other));
        }

        Tally.Merge(keyed.Tally, lineOffset);
        Buffer.Append(keyed.Buffer, lineOffset);
    }

    public void Reserve(IReadOnlyList<IInputPart> others)
    {
        var buffers = new KeyedRows<TRow>[others.Count];
        for (var i = 0; i < buffers.Length; i++)
        {
            buffers[i] = ((KeyedPart<TRow>)others[i]).Buffer;
        }

        Buffer.Reserve(buffers);
    }

    public void Release() => Buffer.Dispose();

    public void HandOverTally() => Tally = Tally.HandOver();
}
