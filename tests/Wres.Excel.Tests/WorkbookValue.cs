namespace Wres.Excel.Tests;

/// <summary>A cell read back: its text or its number, and its style index.</summary>
internal sealed record WorkbookValue(string? Text, double? Number, uint Style);
