using System.Text;
using Wres.Esr.Internal;
using Wres.Esr.Parsing;

namespace Wres.Esr.Tests.Internal;

public class LayoutSnifferTests
{
    private const string Header = "Employee Number,Ethnic Origin,Staff Group,Pay Band";

    private static Layout Sniff(string text, Encoding? encoding = null) =>
        LayoutSniffer.Sniff((encoding ?? new UTF8Encoding(false)).GetBytes(text), Columns.Staff, null, "staff");

    [Theory]
    [InlineData(',')]
    [InlineData('\t')]
    [InlineData(';')]
    [InlineData('|')]
    public void Sniff_Delimiter_FoundFromTheHeaderLine(char delimiter)
    {
        var layout = Sniff(Header.Replace(',', delimiter) + "\n1" + delimiter + "A" + delimiter + "03" + delimiter + "Band 5\n");

        Assert.Equal(delimiter, layout.Delimiter);
        Assert.Equal((1, 0L, null), (layout.HeaderLine, layout.HeaderOffset, layout.Preamble));
        Assert.Empty(layout.Match.Missing);
    }

    [Fact]
    public void Sniff_CommasInsideTheOtherDelimitersFields_DoNotFoolIt()
    {
        var layout = Sniff("Employee Number;Ethnic Origin;Staff Group;Pay Band, or Grade\n");

        Assert.Equal(';', layout.Delimiter);
    }

    [Fact]
    public void Sniff_TitleLinesAboveTheHeader_AreAPreamble()
    {
        const string preamble = "Staff in Post - Example NHS Trust\r\nRun date: 31/03/2026\r\n,,,\r\n";

        var layout = Sniff(preamble + Header + "\r\n1,A,03,Band 5\r\n");

        Assert.Equal(4, layout.HeaderLine);
        Assert.Equal(3, layout.PreambleLines);
        Assert.Equal(Encoding.UTF8.GetByteCount(preamble), layout.HeaderOffset);
        Assert.Equal("Staff in Post - Example NHS Trust", layout.Preamble);
    }

    [Fact]
    public void Sniff_Utf8ByteOrderMark_IsSkipped()
    {
        var layout = LayoutSniffer.Sniff(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Title\n" + Header + "\n")).ToArray(), Columns.Staff, null, "staff");

        Assert.Equal((2, 3L + 6), (layout.HeaderLine, layout.HeaderOffset));
        Assert.Null(layout.Encoding);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Sniff_Utf16WithByteOrderMark_IsReadAsUtf16(bool littleEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian: !littleEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Report\n" + Header.Replace(',', '\t') + "\n")).ToArray();

        var layout = LayoutSniffer.Sniff(bytes, Columns.Staff, null, "staff");

        Assert.Equal(littleEndian ? Encoding.Unicode : Encoding.BigEndianUnicode, layout.Encoding);
        Assert.Equal(('\t', 2, 2L + 14), (layout.Delimiter, layout.HeaderLine, layout.HeaderOffset));
        Assert.Empty(layout.Match.Missing);
    }

    [Fact]
    public void Sniff_QuotedHeader_WithTheDelimiterInsideQuotes()
    {
        var layout = Sniff("\"Employee Number\",\"Ethnic Origin, as recorded\",\"Staff Group\",\"Pay Band\",\"Ethnicity\"\n");

        Assert.Equal(',', layout.Delimiter);
        Assert.Equal(4, layout.Match.Ordinals[2]);
    }

    [Fact]
    public void Sniff_Windows1252Header_IsDecoded()
    {
        var layout = LayoutSniffer.Sniff(Encoding.Latin1.GetBytes("Bericht für März\n" + Header + "\n"), Columns.Staff, null, "staff");

        Assert.Equal(2, layout.HeaderLine);
        Assert.Equal("Bericht für März", layout.Preamble);
    }

    [Fact]
    public void Sniff_NoLineHoldsTheRequiredColumns_TakesTheLineWithMostAndKeepsWhatIsMissing()
    {
        var layout = Sniff("Title\nEmployee Number\tEthnic Orgin\tStaff Group\tPay Band\n");

        Assert.Equal(('\t', 2), (layout.Delimiter, layout.HeaderLine));
        Assert.Equal("Ethnic Origin", Assert.Single(layout.Match.Missing).Name);
    }

    [Fact]
    public void Sniff_HeaderBelowTheTenthLine_IsNotFound()
    {
        var layout = Sniff(string.Concat(Enumerable.Repeat("note\n", 10)) + Header + "\n");

        Assert.Equal(1, layout.HeaderLine);
        Assert.Equal(4, layout.Match.Missing.Count);
    }

    [Fact]
    public void Sniff_Empty_IsLineOneWithEverythingMissing()
    {
        var layout = Sniff(string.Empty);

        Assert.Equal((1, 0L), (layout.HeaderLine, layout.HeaderOffset));
        Assert.Equal(4, layout.Match.Missing.Count);
    }
}
