using System.Text;
using Wres.Esr;
using Wres.Excel.Reading;
using static Wres.Excel.Tests.WorkbookCell;

namespace Wres.Excel.Tests.Reading;

public sealed class SheetCsvStreamTests
{
    internal static string Text(byte[] workbook, string? sheet = null)
    {
        using var stream = SheetCsvStream.Open(new MemoryStream(workbook), "book.xlsx", sheet);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [Fact]
    public void Read_SharedAndInlineStrings_ReadTheSame()
    {
        var book = new WorkbookBuilder().Row(1, "A", "B").Row(2, Shared("x y"), Inline("x y")).Build();

        Assert.Equal("A,B\nx y,x y\n", Text(book));
    }

    [Fact]
    public void Read_FormattedRunsWithPhoneticGuides_AreTheRunsTextJoined()
    {
        var book = new WorkbookBuilder().Row(1, "A", "B").Row(2, RichShared("Band |5"), RichInline("Nursing| Registered")).Build();

        Assert.Equal("A,B\nBand 5,Nursing Registered\n", Text(book));
    }

    [Fact]
    public void Read_SkippedRows_WriteBlankLinesSoLinesAreRows()
    {
        var book = new WorkbookBuilder().Row(2, "H").Row(5, "a").Row(6, "b").Build();

        var lines = Text(book).Split('\n');

        Assert.Equal(["", "H", "", "", "a", "b", ""], lines);
    }

    [Fact]
    public void Read_RowWithOnlyEmptyCells_IsABlankLine()
    {
        var book = new WorkbookBuilder().Row(1, "H").Row(2, Inline(string.Empty)).Row(3, "a").Build();

        Assert.Equal("H\n\na\n", Text(book));
    }

    [Fact]
    public void Read_ShortRowAndMissingCells_ArePaddedToTheHeader()
    {
        var book = new WorkbookBuilder().Row(1, "A", "B", "C").Row(2, null, Shared("b")).Row(3, Shared("a"), null, Shared("c"), Shared("d")).Build();

        Assert.Equal("A,B,C\n,b,\na,,c,d\n", Text(book));
    }

    [Fact]
    public void Read_Numbers_AreInvariantShortestRoundTrip()
    {
        var book = new WorkbookBuilder()
            .Row(1, "A", "B", "C", "D", "E")
            .Row(2, Number("12345"), Number("0.80000000000000004"), Number("1E-3"), Number("-2.5"), Number("7", CustomNumber))
            .Build();

        Assert.Equal("A,B,C,D,E\n12345,0.8,0.001,-2.5,7\n", Text(book));
    }

    [Fact]
    public void Read_DateStyledSerials_AreIsoDates()
    {
        var book = new WorkbookBuilder()
            .Row(1, "A", "B", "C", "D", "E", "F")
            .Row(2, Date(46112), Date(46112, CustomDate), Date(46112.5, WorkbookCell.DateTime), Date(59), Date(60), Date(61))
            .Build();

        Assert.Equal("A,B,C,D,E,F\n2026-03-31,2026-03-31,2026-03-31T12:00:00,1900-02-28,1900-02-29,1900-03-01\n", Text(book));
    }

    [Fact]
    public void Read_Date1904Workbook_CountsFrom1904()
    {
        var book = new WorkbookBuilder().Date1904().Row(1, "A", "B").Row(2, Date(44650), Date(0)).Build();

        Assert.Equal("A,B\n2026-03-31,1904-01-01\n", Text(book));
    }

    [Fact]
    public void Read_DateStyledNumberNoDateExcelShows_IsTheNumber()
    {
        var book = new WorkbookBuilder().Row(1, "A", "B").Row(2, Date(0), Date(-3)).Build();

        Assert.Equal("A,B\n0,-3\n", Text(book));
    }

    [Fact]
    public void Read_BooleansAndErrors_AreTheirText()
    {
        var book = new WorkbookBuilder().Row(1, "A", "B", "C").Row(2, WorkbookCell.Boolean(true), WorkbookCell.Boolean(false), Error("#N/A")).Build();

        Assert.Equal("A,B,C\nTRUE,FALSE,#N/A\n", Text(book));
    }

    [Fact]
    public void Read_CommasQuotesAndLineBreaks_AreQuotedOrSpaced()
    {
        var book = new WorkbookBuilder().Row(1, "A", "B", "C").Row(2, Shared("Smith, J"), Inline("say \"hi\""), Shared("two\r\nlines\nhere")).Build();

        Assert.Equal("A,B,C\n\"Smith, J\",\"say \"\"hi\"\"\",two lines here\n", Text(book));
    }

    [Fact]
    public void Read_NonAsciiText_IsUtf8()
    {
        var book = new WorkbookBuilder().Row(1, "Name").Row(2, "Zoë Ñoño – ☃").Build();

        Assert.Equal("Name\nZoë Ñoño – ☃\n", Text(book));
    }

    [Fact]
    public void Read_SheetByName_ReadsThatSheetIgnoringCase()
    {
        var book = new WorkbookBuilder().Sheet("Notes").Row(1, "n").Sheet("Staff").Row(1, "s").Build();

        Assert.Equal("n\n", Text(book));
        Assert.Equal("s\n", Text(book, "STAFF"));
    }

    [Fact]
    public void Open_MissingSheet_NamesTheSheetsThereAre()
    {
        var book = new WorkbookBuilder().Sheet("Notes").Row(1, "n").Sheet("Staff").Row(1, "s").Build();

        var e = Assert.Throws<EsrFileException>(() => Text(book, "Pay"));

        Assert.Equal("book.xlsx: the workbook has no sheet named 'Pay' (its sheets: Notes, Staff).", e.Message);
    }
}
