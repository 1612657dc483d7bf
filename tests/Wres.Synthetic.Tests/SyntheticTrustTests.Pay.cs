using System.Globalization;
using NodaTime;
using Wres.Core.PayGaps;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Synthetic.Tests;

/// <summary>The pay file: deterministic, the staff file's assignments, every value readable, and the pay gaps a trust would see.</summary>
public partial class SyntheticTrustTests
{
    private const int PayNegativeRow = 9;

    private static readonly Lazy<List<string[]>> PayRows = new(() => SyntheticTrust.PayRows(Options()).ToList());

    [Fact]
    public void WriteCsv_IncludePay_WritesPayCsvIdenticallyAndLeavesTheOtherFilesAlone()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        using var without = new TempDirectory();

        var a = SyntheticTrust.WriteCsv(new SyntheticTrustOptions { StaffCount = 800, IncludePay = true }, first.Path);
        var b = SyntheticTrust.WriteCsv(new SyntheticTrustOptions { StaffCount = 800, IncludePay = true }, second.Path);
        var c = SyntheticTrust.WriteCsv(new SyntheticTrustOptions { StaffCount = 800 }, without.Path);

        Assert.Equal(9, a.Count);
        Assert.Equal("pay.csv", Path.GetFileName(a[^1]));
        Assert.Equal(File.ReadAllBytes(a[^1]), File.ReadAllBytes(b[^1]));
        Assert.Equal(8, c.Count);
        Assert.False(File.Exists(Path.Combine(without.Path, "pay.csv")));
        for (var i = 0; i < c.Count; i++)
        {
            Assert.Equal(File.ReadAllBytes(c[i]), File.ReadAllBytes(a[i]));
        }

        var lines = File.ReadAllText(a[^1]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', SyntheticTrust.PayHeader), lines[0]);
        Assert.Equal(SyntheticTrust.PayRows(new SyntheticTrustOptions { StaffCount = 800 }).Count() + 1, lines.Length);
    }

    [Fact]
    public void PayRows_AreTheStaffFilesAssignmentsInOrder()
    {
        var staff = Without(StaffRows.Value, StaffUnknownGroupRow, StaffBand8Row, StaffNaEthnicityRow);
        var pay = Without(PayRows.Value, PayNegativeRow);

        Assert.Equal(staff.Count, pay.Count);
        for (var i = 0; i < staff.Count; i++)
        {
            Assert.Equal((staff[i][0], staff[i][4], staff[i][6], staff[i][10]), (pay[i][0], pay[i][2], pay[i][3], pay[i][11]));
        }
    }

    [Fact]
    public void PayRows_EveryRow_ReadsAsThePayFileSaysExceptTheDeliberateOne()
    {
        var rows = PayRows.Value;

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            Assert.Equal(12, row.Length);
            Assert.Contains(row[1], new[] { "Male", "Female", "M", "F" });
            Assert.Equal(GradeMatch.Recognised, Grade.Classify(row[2]).Match);
            AssignmentCategories.Parse(row[3], out var recognised);
            Assert.True(recognised, row[3]);
            Assert.Contains(row[4], new[] { "Yes", "No" });
            Assert.Equal(string.Empty, row[8]);
            var negative = i == PayNegativeRow;
            Assert.Equal(negative, row[6].StartsWith('-'));
            Assert.True(row[6].Length == 0 || Money(row[6]) >= 0m || negative, row[6]);
            var bank = row[3] == "Bank";
            Assert.Equal(bank, row[5].Length > 0);
            Assert.Equal(row[3] == "Honorary", row[7].Length == 0);
            Assert.True(row[9].Length == 0 || (row[2] == "Consultant" && Math.Abs((Money(row[9]) * 12m) - Money(row[10])) < 0.06m), row[9]);
        }

        Assert.Equal(["Permanent", "Yes", string.Empty, "-100.00", "7.50"], rows[PayNegativeRow][3..8]);
        Assert.Equal(rows[PayNegativeRow + 1][0], rows[PayNegativeRow][0]);
    }

    [Fact]
    public void PayRows_WithoutBadRows_AreTheOtherRowsUnchanged() =>
        Assert.Equal(Without(SyntheticTrust.PayRows(Options(1000)), PayNegativeRow), SyntheticTrust.PayRows(new SyntheticTrustOptions { StaffCount = 1000, IncludeBadRows = false }));

    [Fact]
    public void PayRows_Default_PartTimeReducedPayAndAwardsInRoughProportion()
    {
        var rows = Without(PayRows.Value, PayNegativeRow);
        var paid = rows.Where(r => r[6].Length > 0 && r[3] != "Honorary").ToList();
        var consultants = rows.Where(r => r[2] == "Consultant" && r[3] != "Bank" && r[3] != "Honorary").ToList();

        var partTime = paid.Count(r => Money(r[7]) < 37.5m && r[2] != "Consultant") / (double)paid.Count;
        var reduced = rows.Count(r => r[4] == "No") / (double)Staff;
        var awarded = consultants.Count(r => r[10].Length > 0) / (double)consultants.Count;

        Assert.InRange(partTime, 0.3, 0.5);
        Assert.InRange(reduced, 0.02, 0.05);
        Assert.InRange(awarded, 0.35, 0.65);
        Assert.All(rows.Where(r => r[10].Length > 0), r => Assert.Equal("Consultant", r[2]));
    }

    [Fact]
    public void PayRows_Band5FullTime_PaidOnTheApproximate202526Scale()
    {
        // Band 5 from £31,049 to £37,796 a year, unsocial hours premium up to 18%: 15.58 to 22.37 an hour.
        var band5 = PayRows.Value.Where(r => r[2] == "Band 5" && r[3] is "Permanent" or "Fixed Term Temp" && r[4] == "Yes" && r[7] == "37.50").ToList();

        Assert.NotEmpty(band5);
        Assert.All(band5, r => Assert.InRange(Money(r[6]) * 7m / 31m / 37.5m, 15.57m, 22.38m));
        Assert.Contains(band5, r => Money(r[6]) == 2587.42m);
    }

    [Fact]
    public void ToPayRecords_Default_EveryGoodRowReadAndAGenderPayGapAsNhsTrustsReport()
    {
        var options = Options(Staff);
        var records = SyntheticTrust.ToPayRecords(options);
        var dataset = SyntheticTrust.ToDataset(options);

        var report = new PayGapCalculator().Calculate(records, new LocalDate(2026, 3, 31), dataset.Staff);

        Assert.Equal(PayRows.Value.Count - 1, records.Count);
        Assert.Equal(records[0].EmployeeNumber, PayRows.Value[0][0]);
        var quality = report.DataQuality.Sources.Single();
        Assert.Equal((records.Count, 0), (quality.RowsRead, quality.RowsRejected));
        Assert.Equal(records.Count(r => r.Category == AssignmentCategory.Honorary), quality.RowsExcluded);
        Assert.DoesNotContain(quality.Issues, i => i.Code == WresErrorCodes.PayEmployeeNotInStaff);
        Assert.InRange(report.RelevantEmployees, Staff - 150, Staff);
        Assert.InRange(report.FullPayRelevantEmployees / (double)report.RelevantEmployees, 0.95, 0.98);
        var sex = report.Gaps[0];
        Assert.InRange(sex.FullPayRelevant.Focus / (double)sex.FullPayRelevant.Total, 0.70, 0.82);
        Assert.InRange(sex.MeanHourlyGap.Percent!.Value, 5.0, 35.0);
        Assert.InRange(sex.MeanBonusGap.Percent!.Value, -60.0, 60.0);
        Assert.True(sex.BonusProportion.Reference > sex.BonusProportion.Focus);
        var ethnicity = report.Gaps[1];
        Assert.InRange(ethnicity.Relevant.Focus / (double)ethnicity.Relevant.Total, 0.18, 0.36);
        Assert.InRange(ethnicity.UndisclosedPercent!.Value, 0.5, 8.0);
    }

    private static decimal Money(string cell) => decimal.Parse(cell, NumberStyles.Number, CultureInfo.InvariantCulture);
}
