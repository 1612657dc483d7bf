namespace Wres.Excel.Tests;

/// <summary>How a test cell is stored.</summary>
internal enum WorkbookCellKind
{
    Unknown = 0,
    Shared = 1,
    Inline = 2,
    Number = 3,
    Boolean = 4,
    Error = 5,
    RichShared = 6,
    RichInline = 7,
}
