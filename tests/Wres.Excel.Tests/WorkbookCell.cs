namespace Wres.Excel.Tests;

/// <summary>A cell for <see cref="WorkbookBuilder"/>: how it is stored in the workbook, and what it holds.</summary>
internal sealed record WorkbookCell(WorkbookCellKind Kind, string Value, uint Style = 0)
{
    /// <summary>The built-in date format <c>m/d/yyyy</c> (id 14).</summary>
    public const uint BuiltInDate = 1;

    /// <summary>The custom date format <c>dd/mm/yyyy</c>.</summary>
    public const uint CustomDate = 2;

    /// <summary>The built-in date-time format <c>m/d/yyyy h:mm</c> (id 22).</summary>
    public const uint DateTime = 3;

    /// <summary>The custom number format <c>[Red]0.00;"day "0</c>, not a date.</summary>
    public const uint CustomNumber = 4;

    public static WorkbookCell Shared(string text) => new(WorkbookCellKind.Shared, text);

    public static WorkbookCell Inline(string text) => new(WorkbookCellKind.Inline, text);

    public static WorkbookCell Number(string number, uint style = 0) => new(WorkbookCellKind.Number, number, style);

    public static WorkbookCell Date(double serial, uint style = BuiltInDate) =>
        new(WorkbookCellKind.Number, serial.ToString("R", System.Globalization.CultureInfo.InvariantCulture), style);

    /// <summary>A shared string of formatted runs (the value's parts split by <c>|</c>) with a phonetic guide.</summary>
    public static WorkbookCell RichShared(string runs) => new(WorkbookCellKind.RichShared, runs);

    /// <summary>An inline string of formatted runs (split by <c>|</c>) with a phonetic guide.</summary>
    public static WorkbookCell RichInline(string runs) => new(WorkbookCellKind.RichInline, runs);

    public static WorkbookCell Boolean(bool value) => new(WorkbookCellKind.Boolean, value ? "1" : "0");

    public static WorkbookCell Error(string text) => new(WorkbookCellKind.Error, text);
}
