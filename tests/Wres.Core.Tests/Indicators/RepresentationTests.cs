using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Indicators;
using Wres.Core.Tests.Builders;
using Wres.Core.Tests.Generators;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.Indicators;

public class RepresentationTests
{
    private static readonly WresCalculator Calculator = new();
    private static readonly ReportingYear Year = ReportingYear.EndingIn(2026);

    private static WresReport Report(params StaffAssignment[] staff) =>
        Calculator.Calculate(new WresDataset { Staff = staff }, Year);

    [Fact]
    public void Calculate_Band5Row_CountsGroupsWithUnknownInDenominator()
    {
        var report = Report(
            Valid.Staff("1", EthnicCategory.WhiteBritish),
            Valid.Staff("2", EthnicCategory.WhiteIrish),
            Valid.Staff("3", EthnicCategory.BlackAfrican),
            Valid.Staff("4", EthnicCategory.NotStated));

        var row = report.Representation.Rows.Single(r => r.Segment == Segment.Clinical && r.Label == "Band 5");
        Assert.Equal(new GroupTally(2, 1, 1), row.Counts);
        Assert.Equal(50.0, row.ReferencePercent!.Value, 12);
        Assert.Equal(25.0, row.FocusPercent!.Value, 12);
        Assert.Equal(25.0, row.UnknownPercent!.Value, 12);
        Assert.True(row.Applicable);
    }

    [Fact]
    public void Calculate_EmptyRow_IsNotApplicableNotZeroPercent()
    {
        var report = Report(Valid.Staff("1"));

        var empty = report.Representation.Rows.Single(r => r.Segment == Segment.Clinical && r.Label == "Band 9");
        Assert.False(empty.Applicable);
        Assert.Null(empty.ReferencePercent);
        Assert.Null(empty.FocusPercent);
        Assert.Null(empty.UnknownPercent);
    }

    [Fact]
    public void Calculate_EveryBandRowOfEverySegmentIsPresentInOrder()
    {
        var report = Report(Valid.Staff("1"));

        var labels = report.Representation.Rows.Select(r => $"{r.Segment?.ToString() ?? "All"}/{r.Label}").ToList();
        var bands = Grade.BandRows.Select(g => g.ReportLabel).Append("All");
        var medical = Grade.MedicalRows.Select(g => g.ReportLabel).Append("All");
        Assert.Equal(
            bands.Select(b => $"NonClinical/{b}")
                .Concat(bands.Select(b => $"Clinical/{b}"))
                .Concat(medical.Select(m => $"MedicalAndDental/{m}"))
                .Append("All/All"),
            labels);
    }

    [Fact]
    public void Calculate_SegmentTotalsAndWorkforceRow_AddUp()
    {
        var report = Report(
            Valid.Staff("1") with { StaffGroup = StaffGroup.AdministrativeAndClerical, Grade = Grade.Band3 },
            Valid.Staff("2", EthnicCategory.AsianIndian) with { StaffGroup = StaffGroup.MedicalAndDental, Grade = Grade.Consultant },
            Valid.Staff("3", EthnicCategory.AsianIndian) with { StaffGroup = StaffGroup.MedicalAndDental, Grade = Grade.Trainee },
            Valid.Staff("4") with { EthnicOrigin = null });

        var total = report.Representation.Total!;
        Assert.Null(total.Segment);
        Assert.True(total.IsTotal);
        Assert.Equal(new GroupTally(1, 2, 1), total.Counts);
        Assert.Equal(report.Workforce, total.Counts);
        Assert.Equal(new GroupTally(0, 2, 0), report.Representation.Rows.Single(r => r.Segment == Segment.MedicalAndDental && r.IsTotal).Counts);
        Assert.Equal(200.0 / 3, report.Representation.KnownFocusPercent!.Value, 12);
        Assert.Equal(75.0, report.Representation.DeclarationRate!.Value, 12);
    }

    [Fact]
    public void Calculate_NoStaff_RepresentationNotProvided()
    {
        var report = Calculator.Calculate(new WresDataset(), Year);

        Assert.Equal(IndicatorStatus.NotProvided, report.Representation.Status);
        Assert.Empty(report.Representation.Rows);
        Assert.Null(report.Workforce);
        Assert.Null(report.Representation.DeclarationRate);
    }

    [Fact]
    public void Calculate_EmptyStaff_IsProvidedWithEmptyRows()
    {
        var report = Calculator.Calculate(new WresDataset { Staff = [] }, Year);

        Assert.Equal(IndicatorStatus.Computed, report.Representation.Status);
        Assert.All(report.Representation.Rows, r => Assert.False(r.Applicable));
        Assert.Equal(new GroupTally(0, 0, 0), report.Workforce);
    }

    [Fact]
    public void Calculate_Wdes_ReportsClustersForNonClinicalAndClinicalWithDoctorsClinical()
    {
        var report = Calculator.Calculate(
            new WresDataset
            {
                Staff =
                [
                    Valid.Staff("1") with { StaffGroup = StaffGroup.AdministrativeAndClerical, Grade = Grade.Band2, Disability = DisabilityGroup.Disabled },
                    Valid.Staff("2") with { Grade = Grade.Band8B, Disability = DisabilityGroup.NonDisabled },
                    Valid.Staff("3") with { Grade = Grade.Vsm, Disability = DisabilityGroup.NonDisabled },
                    Valid.Staff("4") with { StaffGroup = StaffGroup.MedicalAndDental, Grade = Grade.Consultant, Disability = DisabilityGroup.Disabled },
                    Valid.Staff("5") with { StaffGroup = StaffGroup.MedicalAndDental, Grade = Grade.Other },
                ],
            },
            Year,
            EqualityStandard.Wdes);

        GroupTally Row(Segment segment, string label) => report.Representation.Rows.Single(r => r.Segment == segment && r.Label == label).Counts;
        Assert.Equal(new GroupTally(0, 1, 0), Row(Segment.NonClinical, "Cluster 1"));
        Assert.Equal(new GroupTally(1, 0, 0), Row(Segment.Clinical, "Cluster 3"));
        Assert.Equal(new GroupTally(1, 0, 0), Row(Segment.Clinical, "Cluster 4"));
        Assert.Equal(new GroupTally(0, 1, 0), Row(Segment.Clinical, "Cluster 5"));
        Assert.Equal(new GroupTally(0, 0, 1), Row(Segment.Clinical, "Other"));
        Assert.Equal(new GroupTally(2, 1, 1), Row(Segment.Clinical, "All"));
        Assert.DoesNotContain(report.Representation.Rows, r => r.Segment == Segment.MedicalAndDental);
        Assert.Equal(["Cluster 1", "Cluster 2", "Cluster 3", "Cluster 4", "Cluster 5", "Cluster 6", "Cluster 7", "Other", "All"],
            report.Representation.Rows.Where(r => r.Segment == Segment.NonClinical).Select(r => r.Label));
    }

    [Theory]
    [InlineData("Under Band 1", 1)]
    [InlineData("Band 1", 1)]
    [InlineData("Band 4", 1)]
    [InlineData("Band 5", 2)]
    [InlineData("Band 7", 2)]
    [InlineData("Band 8a", 3)]
    [InlineData("Band 8b", 3)]
    [InlineData("Band 8c", 4)]
    [InlineData("Band 8d", 4)]
    [InlineData("Band 9", 4)]
    [InlineData("VSM", 4)]
    [InlineData("Consultant", 5)]
    [InlineData("Specialty Doctor", 6)]
    [InlineData("Specialty Registrar", 7)]
    [InlineData("Personal Salary", 0)]
    public void ClusterOf_FollowsTheWdesClusterTable(string grade, int cluster) =>
        Assert.Equal(cluster, Representation.ClusterOf(Grade.Parse(grade)));

    [Fact]
    public void Calculate_Wres_EveryRowHasItsDetailedGroups()
    {
        var report = Report(
            Valid.Staff("1", EthnicCategory.WhiteBritish),
            Valid.Staff("2", EthnicCategory.Chinese),
            Valid.Staff("3", EthnicCategory.Parse("SB")),
            Valid.Staff("4", EthnicCategory.Chinese, Grade.Band6) with { StaffGroup = StaffGroup.AdministrativeAndClerical });

        var band5 = report.Representation.Rows.Single(r => r.Segment == Segment.Clinical && r.Label == "Band 5").Detail!;
        var clinical = report.Representation.Rows.Single(r => r.Segment == Segment.Clinical && r.IsTotal).Detail!;
        var whole = report.Representation.Total!.Detail!;
        Assert.Equal((1, 1, 1, 3), (band5[DetailedEthnicGroup.WhiteBritish], band5[DetailedEthnicGroup.Chinese], band5[DetailedEthnicGroup.Other], band5.Total));
        Assert.Equal(band5, clinical);
        Assert.Equal((2, 4), (whole[DetailedEthnicGroup.Chinese], whole.Total));
    }

    [Fact]
    public void Calculate_Wdes_RowsHaveNoDetailedGroups()
    {
        var report = Calculator.Calculate(new WresDataset { Staff = [Valid.Staff("1")] }, Year, EqualityStandard.Wdes);

        Assert.All(report.Representation.Rows, row => Assert.Null(row.Detail));
    }

    [Property(MaxTest = 100)]
    public Property Calculate_DetailedGroupsOfEveryRowSumToItsWhiteBmeAndUnknown() =>
        Prop.ForAll(DomainGenerators.Staff(pool: 40, maxRows: 80).ToArbitrary(), rows =>
        {
            var report = Calculator.Calculate(new WresDataset { Staff = rows }, Year);
            return report.Representation.Rows.All(r => r.Detail!.Groups == r.Counts);
        });

    [Property(MaxTest = 100)]
    public Property Calculate_PercentagesOfEveryApplicableRowSumTo100() =>
        Prop.ForAll(DomainGenerators.Staff(pool: 40, maxRows: 80).ToArbitrary(), rows =>
        {
            var report = Calculator.Calculate(new WresDataset { Staff = rows }, Year);
            return report.Representation.Rows.All(r => !r.Applicable
                || Math.Abs(r.ReferencePercent!.Value + r.FocusPercent!.Value + r.UnknownPercent!.Value - 100) < 1e-9);
        });

    [Property(MaxTest = 100)]
    public Property Calculate_SegmentTotalsEqualSumOfTheirRows() =>
        Prop.ForAll(DomainGenerators.Staff(pool: 40, maxRows: 80).ToArbitrary(), rows =>
        {
            var report = Calculator.Calculate(new WresDataset { Staff = rows }, Year);
            var bySegment = report.Representation.Rows.Where(r => r.Segment is not null).GroupBy(r => r.Segment);
            return bySegment.All(g => g.Where(r => !r.IsTotal).Aggregate(default(GroupTally), (a, r) => a + r.Counts) == g.Single(r => r.IsTotal).Counts)
                && bySegment.Select(g => g.Single(r => r.IsTotal).Counts).Aggregate(default(GroupTally), (a, t) => a + t) == report.Representation.Total!.Counts;
        });
}
