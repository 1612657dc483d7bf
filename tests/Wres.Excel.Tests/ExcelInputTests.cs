using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core;
using Wres.Core.Validation;
using Wres.Esr;
using Wres.Reporting;
using Wres.Synthetic;
using static Wres.Excel.Tests.WorkbookCell;

namespace Wres.Excel.Tests;

public sealed class ExcelInputTests
{
    private static readonly ReportingYear Year = ReportingYear.EndingIn(2026);

    private static WresReport ReadStaff(InputFile staff) => new WresFileReader().Read(new WresInputs { Staff = staff }, Year).ToReport();

    private static EsrFileException Unreadable(byte[] bytes, string? sheet = null) =>
        Assert.Throws<EsrFileException>(() => ReadStaff(ExcelInput.FromStream("staff.xlsx", () => new MemoryStream(bytes), sheet)));

    private static string[] GoodStaffRow(int seed) =>
        SyntheticTrust.StaffRows(new SyntheticTrustOptions { StaffCount = 100, Seed = seed, IncludeBadRows = false }).First();

    [Property(MaxTest = 6)]
    public Property Read_TrustAsWorkbooks_GivesTheReportOfTheTrustAsCsv() =>
        Prop.ForAll(Gen.Choose(1, 10_000).ToArbitrary(), Gen.Choose(100, 600).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (seed, staff, bad) =>
        {
            var options = new SyntheticTrustOptions { StaffCount = staff, Seed = seed, IncludeBadRows = bad };
            var year = ReportingYear.EndingIn(options.YearEnd);

            var fromCsv = new WresFileReader().Read(TrustWorkbooks.Csv(options), year).ToReport("RXX");
            var fromExcel = new WresFileReader().Read(TrustWorkbooks.Excel(options, seed), year).ToReport("RXX");

            return ReportWriter.ToString(fromExcel, ReportFormat.Json) == ReportWriter.ToString(fromCsv, ReportFormat.Json);
        });

    [Fact]
    public void Read_BadRowAfterSkippedRows_IsReportedAtItsSheetRow()
    {
        var header = SyntheticTrust.StaffHeader;
        var bad = GoodStaffRow(3);
        bad[header.ToList().IndexOf("Staff Group")] = "Astronauts";
        var book = new WorkbookBuilder()
            .Row(1, [.. header])
            .Row(2, GoodStaffRow(1))
            .Row(3, GoodStaffRow(2))
            .Row(7, bad)
            .Build();

        var report = ReadStaff(ExcelInput.FromStream("staff.xlsx", () => new MemoryStream(book)));

        var issue = Assert.Single(report.DataQuality.Sources.Single().Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(WresErrorCodes.UnrecognisedStaffGroup, issue.Code);
        Assert.Equal(7, issue.Line);
        Assert.Equal(3, report.DataQuality.Sources.Single().RowsRead);
    }

    [Fact]
    public void Read_ErrorCellInARequiredColumn_IsRejectedNotBlank()
    {
        var header = SyntheticTrust.StaffHeader;
        var row = GoodStaffRow(5).Select(v => (WorkbookCell?)Shared(v)).ToArray();
        row[header.ToList().IndexOf("Staff Group")] = Error("#N/A");
        var book = new WorkbookBuilder().Row(1, [.. header]).Row(2, row).Build();

        var report = ReadStaff(ExcelInput.FromStream("staff.xlsx", () => new MemoryStream(book)));

        var issue = Assert.Single(report.DataQuality.Sources.Single().Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(WresErrorCodes.UnrecognisedStaffGroup, issue.Code);
        Assert.Equal(2, issue.Line);
    }

    [Fact]
    public void Read_BooleanPrimaryAssignment_ReadsAsYesOrNo()
    {
        var header = SyntheticTrust.StaffHeader;
        var primary = header.ToList().IndexOf("Primary Assignment");
        var yes = GoodStaffRow(8).Select(v => (WorkbookCell?)Shared(v)).ToArray();
        yes[primary] = WorkbookCell.Boolean(true);
        var csv = GoodStaffRow(8);
        csv[primary] = "Yes";
        var book = new WorkbookBuilder().Row(1, [.. header]).Row(2, yes).Build();

        var fromExcel = ReadStaff(ExcelInput.FromStream("staff.csv", () => new MemoryStream(book)));
        var fromCsv = ReadStaff(InputFile.FromText("staff.csv", TrustWorkbooks.CsvText(header, [csv])));

        Assert.Equal(ReportWriter.ToString(fromCsv, ReportFormat.Json), ReportWriter.ToString(fromExcel, ReportFormat.Json));
        Assert.Equal(1, fromExcel.DataQuality.Sources.Single().RowsCounted);
    }

    [Fact]
    public void Read_MissingSheet_IsOneErrorNamingTheFile()
    {
        var book = new WorkbookBuilder().Sheet("Staff").Row(1, "Employee Number").Build();

        var e = Unreadable(book, "Pay");

        Assert.Equal(WresErrorCodes.FileUnreadable, e.Code);
        Assert.Equal("staff.xlsx: the workbook has no sheet named 'Pay' (its sheets: Staff).", e.Message);
    }

    [Fact]
    public void Read_LegacyXls_SaysSaveAsXlsx()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes("Workbook"), .. new byte[600]];

        var e = Unreadable(ole);

        Assert.Equal("staff.xlsx: the file is an Excel 97-2003 workbook (.xls), which cannot be read: save it from Excel as .xlsx or CSV.", e.Message);
    }

    [Fact]
    public void Read_PasswordProtectedWorkbook_SaysItIsEncrypted()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[70_000], .. Encoding.Unicode.GetBytes("EncryptionInfo"), .. new byte[600]];

        var e = Unreadable(ole);

        Assert.Equal("staff.xlsx: the workbook is password-protected (encrypted): save a copy without a password and read that.", e.Message);
    }

    [Fact]
    public void Read_RandomBytes_IsNotAWorkbook()
    {
        var bytes = new byte[4096];
        new Random(12).NextBytes(bytes);
        bytes[0] = 0x42;

        var e = Unreadable(bytes);

        Assert.Equal("staff.xlsx: the file is not an Excel workbook (.xlsx): save it from Excel as .xlsx or CSV.", e.Message);
    }

    [Fact]
    public void Read_EmptyFile_SaysEmpty()
    {
        var e = Unreadable([]);

        Assert.Equal(WresErrorCodes.EmptyFile, e.Code);
    }

    [Fact]
    public void Read_ZipThatIsNoWorkbook_IsDamaged()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry("hello.txt").Open());
            entry.Write("hello");
        }

        var e = Unreadable(zip.ToArray());

        Assert.Equal("staff.xlsx: the workbook is damaged and cannot be read (it has no workbook part).", e.Message);
    }

    [Fact]
    public void Read_TruncatedWorkbook_IsOneDamagedError()
    {
        var rows = Enumerable.Range(2, 200).Select(i => (Number: (uint)i, Row: GoodStaffRow(i)));
        var builder = new WorkbookBuilder().Row(1, [.. SyntheticTrust.StaffHeader]);
        foreach (var (number, row) in rows)
        {
            builder.Row(number, row);
        }

        var book = builder.Build();

        var e = Unreadable(book[..(book.Length / 2)]);

        Assert.StartsWith("staff.xlsx: the workbook is damaged and cannot be read (", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void IsWorkbook_ByExtensionOrMagic_TellsWorkbooksFromCsv()
    {
        var folder = Directory.CreateTempSubdirectory("wres-excel-");
        try
        {
            var zipped = Path.Combine(folder.FullName, "staff.dat");
            File.WriteAllBytes(zipped, new WorkbookBuilder().Row(1, "A").Build());
            var csv = Path.Combine(folder.FullName, "staff.csv");
            File.WriteAllText(csv, "A\n1\n");
            var csvNamedXls = Path.Combine(folder.FullName, "export.xls");
            File.WriteAllText(csvNamedXls, "A\n1\n");
            var legacy = Path.Combine(folder.FullName, "legacy.xls");
            File.WriteAllBytes(legacy, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

            Assert.True(ExcelInput.IsWorkbook(zipped));
            Assert.False(ExcelInput.IsWorkbook(csv));
            Assert.False(ExcelInput.IsWorkbook(csvNamedXls));
            Assert.True(ExcelInput.IsWorkbook(legacy));
            Assert.True(ExcelInput.IsWorkbook(Path.Combine(folder.FullName, "missing.XLSX")));
            Assert.False(ExcelInput.IsWorkbook(Path.Combine(folder.FullName, "missing.csv")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
