using System.Globalization;
using System.Text;
using Wres.Core;
using Wres.Core.Indicators;
using Wres.Core.Validation;
using Wres.Synthetic;

namespace Wres.Esr.Tests;

/// <summary>Reading several organisations' files into a roll-up: every row to its organisation, and the combined report equal to the whole.</summary>
public sealed class RollUpReadingTests : IDisposable
{
    private static readonly string[] Names = ["staff.csv", "recruitment.csv", "disciplinary.csv", "training.csv", "board.csv", "survey.csv", "previous-staff.csv", "previous-disciplinary.csv"];

    private readonly string _directory = Directory.CreateTempSubdirectory("wres-rollup-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static WresInputs Inputs(string folder, bool whole = true) => new()
    {
        Staff = InputFile.FromPath(Path.Combine(folder, Names[0])),
        Recruitment = InputFile.FromPath(Path.Combine(folder, Names[1])),
        Disciplinary = InputFile.FromPath(Path.Combine(folder, Names[2])),
        Training = InputFile.FromPath(Path.Combine(folder, Names[3])),
        Board = whole ? InputFile.FromPath(Path.Combine(folder, Names[4])) : null,
        Survey = whole ? InputFile.FromPath(Path.Combine(folder, Names[5])) : null,
        PreviousStaff = InputFile.FromPath(Path.Combine(folder, Names[6])),
        PreviousDisciplinary = InputFile.FromPath(Path.Combine(folder, Names[7])),
    };

    /// <summary>The numbers, the row counts of every source and its findings (code and occurrences; lines differ between a file and its filtered copy).</summary>
    private static string Everything(WresReport report) =>
        ReportComparer.Numbers(report) + string.Join(";", report.DataQuality.Sources.Select(s =>
            string.Create(CultureInfo.InvariantCulture, $"{s.Source}:{s.RowsRead}/{s.RowsCounted}/{s.RowsExcluded}/{s.RowsRejected}:")
            + string.Join(",", s.Issues.Where(i => i.Line is not null || !IsAboutTheHeader(i.Code)).GroupBy(i => i.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}x{g.Sum(i => i.Occurrences)}"))));

    /// <summary>Findings about a file's layout and header: the file's, so they are in the combined report, not each organisation's.</summary>
    private static bool IsAboutTheHeader(string code) => code is WresErrorCodes.OptionalColumnAbsent or WresErrorCodes.ColumnsNotUsed
        or WresErrorCodes.PreambleSkipped or WresErrorCodes.DelimiterDetected or WresErrorCodes.UnusedLookalikeColumn or WresErrorCodes.MappedColumnAbsent;

    private string Trust(int organisations, int seed)
    {
        var folder = Path.Combine(_directory, "all");
        SyntheticTrust.WriteCsv(new SyntheticTrustOptions { StaffCount = 1500, Seed = seed, Organisations = organisations }, folder);
        return folder;
    }

    [Theory]
    [InlineData(3, 5)]
    [InlineData(7, 9)]
    public void ReadByOrganisation_Combined_EqualsReadingTheWhole(int organisations, int seed)
    {
        var folder = Trust(organisations, seed);
        var year = ReportingYear.EndingIn(2026);

        var rollUp = new WresFileReader().ReadByOrganisation(Inputs(folder), year).ToReport("ICS");
        var whole = new WresFileReader().Read(Inputs(folder), year).ToReport("ICS");

        Assert.Equal(Everything(whole), Everything(rollUp.Combined));
        Assert.Equal(organisations, rollUp.Organisations.Count);
        Assert.Equal(whole.Workforce!.Value.Total, rollUp.Organisations.Sum(r => r.Workforce!.Value.Total));
        Assert.Equal(whole.Appointment.Focus.Base, rollUp.Organisations.Sum(r => r.Appointment.Focus.Base));
        Assert.Equal(whole.Training!.Focus.Events + whole.Training.Reference.Events, rollUp.Organisations.Sum(r => r.Training!.Focus.Events + r.Training.Reference.Events));
    }

    [Fact]
    public void ReadByOrganisation_EachOrganisation_EqualsReadingItsOwnRows()
    {
        var folder = Trust(organisations: 4, seed: 21);
        var year = ReportingYear.EndingIn(2026);

        var rollUp = new WresFileReader().ReadByOrganisation(Inputs(folder), year).ToReport();

        Assert.Equal(["RXX01", "RXX02", "RXX03", "RXX04"], rollUp.Organisations.Select(r => r.Organisation));
        foreach (var report in rollUp.Organisations)
        {
            var own = SplitOff(folder, report.Organisation!);
            var expected = new WresFileReader().Read(Inputs(own, whole: false), year).ToReport(report.Organisation);
            Assert.Equal(Everything(expected), Everything(report));
            Assert.Equal(IndicatorStatus.NotProvided, report.Board.Status);
        }
    }

    [Fact]
    public void ReadByOrganisation_InSmallChunks_GivesTheSameReports()
    {
        var folder = Trust(organisations: 3, seed: 2);
        var year = ReportingYear.EndingIn(2026);

        var whole = new WresFileReader { ChunkBytes = long.MaxValue / 4 }.ReadByOrganisation(Inputs(folder), year).ToReport();
        var chunked = new WresFileReader { ChunkBytes = 4000 }.ReadByOrganisation(Inputs(folder), year).ToReport();

        Assert.Equal(
            whole.Organisations.Select(Everything).Prepend(Everything(whole.Combined)),
            chunked.Organisations.Select(Everything).Prepend(Everything(chunked.Combined)));
    }

    [Fact]
    public void ReadByOrganisation_RowsWithNoOrganisation_CountInTheCombinedOnly()
    {
        var staff = Path.Combine(_directory, "staff.csv");
        File.WriteAllText(staff, """
            Employee Number,Ethnic Origin,Staff Group,Pay Band,Organisation
            1,A,03,Band 5,RXX01
            2,N,03,Band 5,RXX02
            3,N,03,Band 5,
            4,A,03,Band 5, RXX01
            5,A,Surgeons,Band 5,RXX02
            """);
        var training = Path.Combine(_directory, "training.csv");
        File.WriteAllText(training, """
            Employee Number,Course,Mandatory
            2,Leadership,No
            3,Leadership,No
            9,Leadership,No
            """);

        var report = new WresFileReader()
            .ReadByOrganisation(new WresInputs { Staff = InputFile.FromPath(staff), Training = InputFile.FromPath(training) }, ReportingYear.EndingIn(2026))
            .ToReport();

        Assert.Equal([2, 1], report.Organisations.Select(r => r.Workforce!.Value.Total));
        Assert.Equal(4, report.Combined.Workforce!.Value.Total);
        var rxx02 = report.Organisations[1].DataQuality.Sources[0];
        Assert.Equal((2, 1), (rxx02.RowsRead, rxx02.RowsRejected));
        Assert.Equal(6, Assert.Single(rxx02.Issues, i => i.Code == WresErrorCodes.UnrecognisedStaffGroup).Line);
        Assert.Equal([0, 1], report.Organisations.Select(r => r.Training!.Focus.Events + r.Training.Reference.Events));
        Assert.Equal(2, report.Combined.Training!.Focus.Events + report.Combined.Training.Reference.Events);
        var combinedStaff = report.Combined.DataQuality.Sources[0];
        Assert.Equal(5, combinedStaff.RowsRead);
        Assert.Contains(combinedStaff.Issues, i => i.Code == WresErrorCodes.NoOrganisation && i.Message.StartsWith("1 row of staff.csv has no Organisation", StringComparison.Ordinal));
        Assert.Contains(report.Combined.DataQuality.Sources[1].Issues, i => i.Code == WresErrorCodes.TrainingEmployeeNotInStaff);
    }

    [Fact]
    public void ReadByOrganisation_NoOrganisationColumn_CombinedIsTheWholeAndThereAreNoOrganisations()
    {
        var staff = Path.Combine(_directory, "staff.csv");
        File.WriteAllText(staff, "Employee Number,Ethnic Origin,Staff Group,Pay Band\n1,A,03,Band 5\n2,N,03,Band 5\n");

        var report = new WresFileReader().ReadByOrganisation(new WresInputs { Staff = InputFile.FromPath(staff) }, ReportingYear.EndingIn(2026)).ToReport();

        Assert.Empty(report.Organisations);
        Assert.Equal(2, report.Combined.Workforce!.Value.Total);
    }

    /// <summary>
    /// Writes one organisation's rows to their own files: staff and recruitment by the Organisation column,
    /// cases and training by the employee's organisation (this year's staff, else last year's).
    /// </summary>
    private string SplitOff(string folder, string organisation)
    {
        var target = Directory.CreateDirectory(Path.Combine(_directory, organisation)).FullName;
        var home = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in new[] { Names[0], Names[6] })
        {
            foreach (var line in File.ReadLines(Path.Combine(folder, name)).Skip(1))
            {
                var cells = line.Split(',');
                home.TryAdd(cells[0].Trim(), cells[^1].Trim());
            }
        }

        void Copy(string name, Func<string[], bool> keep)
        {
            var lines = File.ReadAllLines(Path.Combine(folder, name));
            Assert.DoesNotContain(lines, l => l.Contains('"', StringComparison.Ordinal) && name != Names[3]);
            var kept = new StringBuilder(lines[0]).Append('\n');
            foreach (var line in lines.Skip(1).Where(l => keep(l.Split(','))))
            {
                kept.Append(line).Append('\n');
            }

            File.WriteAllText(Path.Combine(target, name), kept.ToString());
        }

        bool ByColumn(string[] cells) => cells[^1].Trim() == organisation;
        bool ByEmployee(string employee) => home.TryGetValue(employee.Trim(), out var code) && code == organisation;
        Copy(Names[0], ByColumn);
        Copy(Names[6], ByColumn);
        Copy(Names[1], ByColumn);
        Copy(Names[2], cells => ByEmployee(cells[1]));
        Copy(Names[7], cells => ByEmployee(cells[1]));
        Copy(Names[3], cells => ByEmployee(cells[0]));
        return target;
    }
}
