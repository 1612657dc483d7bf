namespace Wres.Esr.Internal;

/// <summary>The columns of one kind of input file, in a fixed order that parsers index by.</summary>
internal sealed class FileSchema(string kind, params ColumnSpec[] columns)
{
    /// <summary>What the file holds, for messages (<c>staff</c>, <c>recruitment</c>, …).</summary>
    public string Kind { get; } = kind;

    public IReadOnlyList<ColumnSpec> Columns { get; } = columns;
}
