namespace Wres.Core.Internal;

/// <summary>A part that keeps its rows in a pooled buffer and their keys in a byte arena.</summary>
internal interface IRowBuffer
{
    /// <summary>The rows held.</summary>
    int RowCount { get; }

    /// <summary>The key bytes held.</summary>
    int ByteCount { get; }

    /// <summary>Makes room for this many more rows and key bytes, so appending them grows nothing.</summary>
    void Reserve(int rows, int bytes);
}
