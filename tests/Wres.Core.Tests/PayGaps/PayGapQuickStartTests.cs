using System.Text.RegularExpressions;
using NodaTime;
using Wres.Core.Ethnicity;
using Wres.Core.PayGaps;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.PayGaps;

/// <summary>Keeps the README's pay gap example compiling and true: the code below is the README's, verbatim.</summary>
public partial class PayGapQuickStartTests
{
    [Fact]
    public void PayGapExample_RunsAndComputesTheGenderPayGap()
    {
        #region PayGapExample
        var pay = new List<PayRecord>
        {
            new() { EmployeeNumber = "10000001", FullPay = true, OrdinaryPay = 3100m, WeeklyHours = 37.5m, Sex = Sex.Male, Grade = Grade.Band6 },
            new() { EmployeeNumber = "10000002", FullPay = true, HourlyRate = 15.80m, Sex = Sex.Female, Grade = Grade.Band5 },
            new() { EmployeeNumber = "10000003", FullPay = false, Bonus12Months = 3000m, Sex = Sex.Female },
        };
        var staff = new List<StaffAssignment> { new() { EmployeeNumber = "10000002", EthnicOrigin = EthnicCategory.Parse("N"), StaffGroup = StaffGroup.Parse("03"), Grade = Grade.Band5 } };

        var options = new WresOptions();
        options.PayGaps.SuppressionThreshold = 0; // this tiny example only: keep the default 10 for real data
        var report = new PayGapCalculator(options).Calculate(pay, new LocalDate(2026, 3, 31), staff);

        var sex = report.Gaps.Single(g => g.Characteristic == PayGapCharacteristic.Sex);
        Console.WriteLine($"Gender pay gap: mean {sex.MeanHourlyGap.Percent:0.0}%, median {sex.MedianHourlyGap.Percent:0.0}%");
        #endregion

        // 3100 × 7 ÷ 31 ÷ 37.5 = 18.67 an hour against 15.80; the third person is not on full pay.
        Assert.Equal(100.0 * (3100.0 * 7 / 31 / 37.5 - 15.8) / (3100.0 * 7 / 31 / 37.5), sex.MeanHourlyGap.Percent!.Value, 10);
        Assert.Equal(15.4m, Core.Statistics.DisplayRounding.RoundPercent(sex.MedianHourlyGap.Percent!.Value));
        Assert.Equal(new PayGroupCounts(1, 2, 0, 0), sex.Relevant);
        Assert.Equal(new PayGroupCounts(0, 1, 2, 0), report.Gaps.Single(g => g.Characteristic == PayGapCharacteristic.Ethnicity).Relevant);
    }

    [Fact]
    public void Readme_ShowsThePayGapExampleVerbatim()
    {
        var root = RepositoryRoot();
        var source = File.ReadAllText(Path.Combine(root, "tests", "Wres.Core.Tests", "PayGaps", "PayGapQuickStartTests.cs")).ReplaceLineEndings("\n");
        var lines = ExampleRegion().Match(source).Groups[1].Value.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        var code = string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.Trim()));
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");

        Assert.True(lines.Length <= 15, $"The README's pay gap example should be at most 15 lines; it is {lines.Length}.");
        Assert.Contains(code, readme, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Wres.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    [GeneratedRegex(@"#region PayGapExample\n(.*?)\n\s*#endregion", RegexOptions.Singleline)]
    private static partial Regex ExampleRegion();
}
