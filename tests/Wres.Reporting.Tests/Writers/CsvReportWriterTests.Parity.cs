using Wres.Core;
using Wres.Core.Ethnicity;
using Wres.Core.Trajectory;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests.Writers;

/// <summary>Issue 11 in CSV: people to parity, the detailed ethnic groups and the Model Employer trajectory.</summary>
public partial class CsvReportWriterTests
{
    [Fact]
    public void Write_EveryIndicator1Row_HasItsBmeToParityInValue()
    {
        var report = Reports.Full();
        var records = Records(report);

        foreach (var row in report.Representation.Rows)
        {
            var record = Record(records, "1", "BmeToParity", row.Label, row.Segment?.ToString() ?? "All");
            Assert.Equal(row.FocusToParity?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, record[8]);
        }

        Assert.Contains(records, r => r[0] == "1" && r[3] == "BmeToParity" && r[8] == string.Empty);
        Assert.Contains(records, r => r[0] == "1" && r[3] == "BmeToParity" && r[8] is not ("" or "0"));
    }

    [Fact]
    public void Write_Wdes_HasDisabledToParity()
    {
        var records = Records(Reports.Full(EqualityStandard.Wdes));

        Assert.Contains(records, r => r[0] == "1" && r[3] == "DisabledToParity");
        Assert.DoesNotContain(records, r => r[3] == "BmeToParity");
    }

    [Fact]
    public void Write_LikelihoodIndicators_HaveToParityAndToBand()
    {
        var records = Records(Reports.Appointment(7, 25, 10, 50));

        Assert.Equal("4", Record(records, "2", "ToParity")[8]);
        Assert.Equal("2", Record(records, "2", "ToBand")[8]);
        Assert.Equal(string.Empty, Record(records, "2", "ToParity")[11]);
    }

    [Fact]
    public void Write_PublishedRatioWithheld_ShowsParityAsNotPublished()
    {
        var records = Records(Reports.Appointment(7, 25, 10, 50), new ReportWriterOptions { Publish = true });

        Assert.Equal("*", Record(records, "2", "ToParity")[8]);
        Assert.Equal("*", Record(records, "2", "ToBand")[8]);
    }

    [Fact]
    public void Write_Detail_OneRowPerDetailedGroupWithTheCountInTotal()
    {
        var report = Workforces.Report(11, EqualityStandard.Wres);
        var records = Records(report, new ReportWriterOptions { Detail = true });

        foreach (var row in report.Representation.Rows)
        {
            var segment = row.Segment?.ToString() ?? "All";
            var detail = records.Where(r => r[0] == "1" && r[1] == segment && r[2] == row.Label && r[3] == "Detail").ToList();
            Assert.Equal(Enum.GetNames<DetailedEthnicGroup>(), detail.Select(r => r[11]));
            Assert.Equal(Enum.GetValues<DetailedEthnicGroup>().Select(g => row.Detail![g].ToString(System.Globalization.CultureInfo.InvariantCulture)), detail.Select(r => r[7]));
        }

        var workforce = records.Where(r => r[0] == "Workforce" && r[3] == "Detail").ToList();
        Assert.Equal(report.Representation.Total!.Detail!.Total, workforce.Sum(r => int.Parse(r[7], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.DoesNotContain(Records(report), r => r[3] == "Detail");
    }

    [Fact]
    public void Write_ModelEmployer_RowsOfTheTrajectory()
    {
        var report = Reports.Full();
        var records = Records(report);
        var trajectory = ModelEmployerTrajectory.Compute(report, new ModelEmployerOptions())!;

        Assert.Equal(("2028", "2027/28"), (Record(records, "ModelEmployer", "TargetYear")[8], Record(records, "ModelEmployer", "TargetYear")[11]));
        Assert.Equal(("2026", "2025/26"), (Record(records, "ModelEmployer", "BaselineYear")[8], Record(records, "ModelEmployer", "BaselineYear")[11]));
        Assert.Equal(trajectory.TargetShare, double.Parse(Record(records, "ModelEmployer", "TargetShare")[8], System.Globalization.CultureInfo.InvariantCulture), 12);
        foreach (var band in trajectory.Bands)
        {
            var label = band.Band.ReportLabel;
            Assert.Equal(band.Target.ToString(System.Globalization.CultureInfo.InvariantCulture), Record(records, "ModelEmployer", "Target", label)[8]);
            Assert.Equal(band.Gap.ToString(System.Globalization.CultureInfo.InvariantCulture), Record(records, "ModelEmployer", "Gap", label)[8]);
            Assert.Equal(["2026/27", "2027/28"], records.Where(r => r[0] == "ModelEmployer" && r[2] == label && r[3] == "Milestone").Select(r => r[11]));
        }
    }

    [Fact]
    public void Write_ModelEmployerPublished_IsASuppressedRowOnly()
    {
        var records = Records(Reports.Full(), new ReportWriterOptions { Publish = true }).Where(r => r[0] == "ModelEmployer").ToList();

        Assert.Equal(["Title", "Suppressed"], records.Select(r => r[3]));
        Assert.StartsWith("Not published", records[1][11], StringComparison.Ordinal);
    }
}
