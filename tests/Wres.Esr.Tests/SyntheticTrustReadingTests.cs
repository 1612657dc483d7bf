using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core;
using Wres.Core.Validation;
using Wres.Synthetic;

namespace Wres.Esr.Tests;

/// <summary>The streaming CSV path against the typed-record path, on the synthetic trust.</summary>
public sealed class SyntheticTrustReadingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("wres-esr-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static WresInputs Inputs(IReadOnlyList<string> paths) => new()
    {
        Staff = InputFile.FromPath(paths[0]),
        Recruitment = InputFile.FromPath(paths[1]),
        Disciplinary = InputFile.FromPath(paths[2]),
        Training = InputFile.FromPath(paths[3]),
        Board = InputFile.FromPath(paths[4]),
        Survey = InputFile.FromPath(paths[5]),
        PreviousStaff = paths.Count > 6 ? InputFile.FromPath(paths[6]) : null,
        PreviousDisciplinary = paths.Count > 7 ? InputFile.FromPath(paths[7]) : null,
    };

    [Fact]
    public void Read_SampleWithBadRows_RejectsExactlyTheDeliberateOnes()
    {
        var options = new SyntheticTrustOptions { StaffCount = 2000, Seed = 7 };
        var paths = SyntheticTrust.WriteCsv(options, _directory);

        var report = new WresFileReader().Read(Inputs(paths), ReportingYear.EndingIn(options.YearEnd)).ToReport();

        var rejected = report.DataQuality.Sources.SelectMany(s => s.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => (s.Source, i.Code))).ToList();
        Assert.Equal(
            [
                ("staff.csv", WresErrorCodes.UnrecognisedStaffGroup),
                ("recruitment.csv", WresErrorCodes.AppointedNotShortlisted),
                ("recruitment.csv", WresErrorCodes.InvalidDate),
                ("disciplinary.csv", WresErrorCodes.InvalidDate),
                ("training.csv", WresErrorCodes.InvalidYesNo),
            ],
            rejected);
        Assert.All(report.DataQuality.Sources, s => Assert.True(s.Reconciles));
        Assert.Contains(report.DataQuality.Sources[0].Issues, i => i.Code == WresErrorCodes.AmbiguousBand8);
        Assert.Contains(report.DataQuality.Sources[0].Issues, i => i.Code == WresErrorCodes.UnrecognisedEthnicity);
        Assert.True(report.FormalProcess.Rolling);
        Assert.InRange(report.Workforce!.Value.Total, 1800, 2000);
    }

    [Property(MaxTest = 5)]
    public Property Read_GivesTheSameReportAsTheTypedRecords() =>
        Prop.ForAll(Gen.Choose(1, 10_000).ToArbitrary(), Gen.Choose(100, 1500).ToArbitrary(), (seed, staff) =>
        {
            var options = new SyntheticTrustOptions { StaffCount = staff, Seed = seed, IncludeBadRows = false };
            var directory = Path.Combine(_directory, $"{seed}-{staff}");
            var paths = SyntheticTrust.WriteCsv(options, directory);
            var year = ReportingYear.EndingIn(options.YearEnd);

            var streamed = new WresFileReader().Read(Inputs(paths), year).ToReport();
            var typed = new WresCalculator().Calculate(SyntheticTrust.ToDataset(options), year);

            return ReportComparer.Numbers(streamed) == ReportComparer.Numbers(typed);
        });
}
