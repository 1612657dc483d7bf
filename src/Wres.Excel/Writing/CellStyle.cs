namespace Wres.Excel.Writing;

/// <summary>The workbook's cell styles, by their index in the stylesheet's cell formats (<see cref="WorkbookStyles"/>).</summary>
internal enum CellStyle
{
    /// <summary>General.</summary>
    Unknown = 0,

    /// <summary>A column heading: bold, wrapped.</summary>
    Header = 1,

    /// <summary>A sheet's title: bold, larger.</summary>
    Title = 2,

    /// <summary>A count: <c>#,##0</c>.</summary>
    Count = 3,

    /// <summary>A percentage or proportion, stored as a fraction: <c>0.0%</c>.</summary>
    Percent = 4,

    /// <summary>A relative likelihood and its interval: <c>0.00</c>.</summary>
    Ratio = 5,

    /// <summary>A p-value: <c>0.0000</c>.</summary>
    PValue = 6,

    /// <summary>Percentage points: <c>0.0</c>.</summary>
    Points = 7,

    /// <summary>A change, signed: <c>+0.0;-0.0;0.0</c>.</summary>
    SignedPoints = 8,

    /// <summary>A change in a count, signed: <c>+#,##0;-#,##0;0</c>.</summary>
    SignedCount = 9,

    /// <summary>A change in a ratio, signed: <c>+0.00;-0.00;0.00</c>.</summary>
    SignedRatio = 10,
}
