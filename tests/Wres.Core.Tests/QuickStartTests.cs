using System.Text.RegularExpressions;
using Wres.Core.Ethnicity;
using Wres.Core.Recruitment;
using Wres.Core.Workforce;

namespace Wres.Core.Tests;

/// <summary>Keeps the README's quick start compiling and true: the code below is the README's, verbatim.</summary>
public partial class QuickStartTests
{
    [Fact]
    public void QuickStart_RunsAndComputesTheAppointmentRatio()
    {
        #region QuickStart
        var staff = new List<StaffAssignment>
        {
            new() { EmployeeNumber = "10000001", EthnicOrigin = EthnicCategory.Parse("A"), StaffGroup = StaffGroup.Parse("03"), Grade = Grade.Parse("Band 5") },
            new() { EmployeeNumber = "10000002", EthnicOrigin = EthnicCategory.Parse("N"), StaffGroup = StaffGroup.Parse("Medical and Dental"), Grade = Grade.Parse("Consultant") },
        };
        var applications = new List<JobApplication>
        {
            new() { ApplicationId = "A1", EthnicOrigin = EthnicityClassifier.Default.Classify("A White - British").Category, Shortlisted = true, Appointed = true },
            new() { ApplicationId = "A2", EthnicOrigin = EthnicityClassifier.Default.Classify("LH British Asian").Category, Shortlisted = true, Appointed = false },
            new() { ApplicationId = "A3", EthnicOrigin = EthnicityClassifier.Default.Classify("N Black African").Category, Shortlisted = true, Appointed = true },
        };

        var calculator = new WresCalculator(new WresOptions());
        var report = calculator.Calculate(new WresDataset { Staff = staff, Applications = applications }, ReportingYear.EndingIn(2026));

        var ratio = report.Appointment.RelativeLikelihood!;
        Console.WriteLine($"Indicator 2: {ratio.Ratio:0.00} ({ratio.Band}), 95% CI {ratio.Interval}, p = {ratio.PValue:0.000}");
        #endregion

        Assert.Equal(2.0, ratio.Ratio!.Value, 12);
        Assert.Equal(2, report.Workforce!.Value.Total);
        Assert.True(ratio.SmallNumbers);
    }

    [Fact]
    public void Readme_ShowsTheQuickStartVerbatim()
    {
        var code = QuickStartCode();
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");

        Assert.Contains(code, readme, StringComparison.Ordinal);
    }

    private static string QuickStartCode()
    {
        var path = Path.Combine(RepositoryRoot(), "tests", "Wres.Core.Tests", "QuickStartTests.cs");
        var source = File.ReadAllText(path).ReplaceLineEndings("\n");
        var region = QuickStartRegion().Match(source).Groups[1].Value;
        var lines = region.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.Trim()));
    }

    /// <summary>The repository root, found from the test's output folder (source paths are mapped away on CI builds).</summary>
    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Wres.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    [GeneratedRegex(@"#region QuickStart\n(.*?)\n\s*#endregion", RegexOptions.Singleline)]
    private static partial Regex QuickStartRegion();
}
