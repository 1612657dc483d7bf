using System.Text;
using Wres.Core;
using Wres.Synthetic;

namespace Wres.Esr.Tests;

/// <summary>Large files are read in parallel chunks; the report, line numbers included, must not change.</summary>
public sealed class ChunkedReadingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("wres-chunks-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Everything(WresReport report) =>
        ReportComparer.Numbers(report) + string.Join(";", report.DataQuality.Sources.SelectMany(s => s.Issues.Select(i => $"{s.Source}:{i.Line}:{i.Column}:{i.Code}:{i.Occurrences}:{i.Message}")));

    [Theory]
    [InlineData(3, 2000)]
    [InlineData(11, 700)]
    public void Read_InSmallChunks_GivesTheSameReportAsInOnePiece(int seed, int chunkBytes)
    {
        var options = new SyntheticTrustOptions { StaffCount = 1500, Seed = seed };
        var paths = SyntheticTrust.WriteCsv(options, _directory);
        var inputs = new WresInputs
        {
            Staff = InputFile.FromPath(paths[0]),
            Recruitment = InputFile.FromPath(paths[1]),
            Disciplinary = InputFile.FromPath(paths[2]),
            Training = InputFile.FromPath(paths[3]),
            PreviousStaff = InputFile.FromPath(paths[6]),
            PreviousDisciplinary = InputFile.FromPath(paths[7]),
        };
        var year = ReportingYear.EndingIn(options.YearEnd);

        var whole = new WresFileReader { ChunkBytes = long.MaxValue / 4 }.Read(inputs, year).ToReport();
        var chunked = new WresFileReader { ChunkBytes = chunkBytes }.Read(inputs, year).ToReport();

        Assert.Equal(Everything(whole), Everything(chunked));
    }

    [Fact]
    public void Read_CutInsideAQuotedField_FallsBackToOnePiece()
    {
        var rows = new StringBuilder(Csv.StaffHeader + "\r\n");
        for (var i = 0; i < 400; i++)
        {
            rows.Append(Csv.Row($"{i}", $"{i}-1", i % 7 == 0 ? "A White\r\nBritish\r\nwith\r\nbreaks" : "N", "03", "Band 5", "Yes", "Permanent", "1.0")).Append("\r\n");
        }

        rows.Append(Csv.StaffRow("bad", group: "Doctors")).Append("\r\n");
        var path = Path.Combine(_directory, "staff.csv");
        File.WriteAllText(path, rows.ToString());
        var inputs = new WresInputs { Staff = InputFile.FromPath(path) };
        var year = ReportingYear.EndingIn(2026);

        var whole = new WresFileReader { ChunkBytes = long.MaxValue / 4 }.Read(inputs, year).ToReport();
        var chunked = new WresFileReader { ChunkBytes = 300 }.Read(inputs, year).ToReport();

        Assert.Equal(Everything(whole), Everything(chunked));
        Assert.Equal(400 + 1 + (400 / 7 * 3) + 3 + 1, Assert.Single(chunked.DataQuality.Sources[0].Issues, i => i.Code == "WRES106").Line);
    }

    [Fact]
    public void Read_NotUtf8InALaterChunk_ReadsTheWholeFileAsWindows1252()
    {
        var rows = new StringBuilder(Csv.StaffHeader + "\r\n");
        for (var i = 0; i < 300; i++)
        {
            rows.Append(Csv.StaffRow($"{i}", i == 250 ? "Café" : "A")).Append("\r\n");
        }

        var path = Path.Combine(_directory, "staff.csv");
        File.WriteAllBytes(path, Csv.Windows1252(rows.ToString()));

        var report = new WresFileReader { ChunkBytes = 1000 }.Read(new WresInputs { Staff = InputFile.FromPath(path) }, ReportingYear.EndingIn(2026)).ToReport();

        var issues = report.DataQuality.Sources[0].Issues;
        Assert.Contains(issues, i => i.Code == "WRES302");
        Assert.Contains(issues, i => i.Code == "WRES201" && i.Line == 252 && i.Message.Contains("'Café'", StringComparison.Ordinal));
    }
}
