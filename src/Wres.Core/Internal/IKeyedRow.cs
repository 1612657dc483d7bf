namespace Wres.Core.Internal;

/// <summary>A row that refers to its key bytes in a <see cref="ByteArena"/> and to its line in the file.</summary>
internal interface IKeyedRow
{
    /// <summary>Moves the row's key offset and line on, when its buffer is appended to another.</summary>
    void Move(int bytes, int lines);
}
