namespace Wres.Excel.Writing;

/// <summary>A sheet to write: a title, notes under it, then a table whose heading row is frozen.</summary>
internal sealed class SheetModel(string name, string title)
{
    /// <summary>The tab's name (at most 31 characters, none of <c>[]:*?/\</c>).</summary>
    public string Name { get; } = name;

    public string Title { get; } = title;

    /// <summary>Lines under the title (status, disclosure note).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Rows of two cells above the table (a label and its value).</summary>
    public List<(string Label, SheetCell Value)> Facts { get; } = [];

    public List<string> Header { get; } = [];

    public List<SheetCell[]> Rows { get; } = [];
}
