using System.Text.Json.Nodes;
using Wres.Core;
using Wres.Core.Publication;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests.Schema;

public class ReportSchemaTests
{
    public static TheoryData<string> Variants() =>
    [
        "wres", "wdes", "publish", "publishThreshold", "wdesPublish", "compare", "comparePublish", "compareWdes", "compareNoCounterpart",
        "undefined", "empty", "dataQuality", "rollUp", "rollUpWdes", "rollUpPublish", "rollUpCompare", "rollUpDataQuality",
        "breakdowns", "breakdownsPublish", "breakdownsWdesPublish", "breakdownsRollUpPublish", "breakdownsCompare",
        "detail", "detailPublish", "detailWdes", "detailCompare", "rollUpDetail", "rollUpDetailPublish",
    ];

    [Theory]
    [MemberData(nameof(Variants))]
    public void Schema_EveryJsonTheWriterProduces_IsValid(string variant)
    {
        var errors = Schemas.Errors(Write(variant));

        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(12)));
    }

    private static string Write(string variant) => variant switch
    {
        "wres" => ReportWriter.ToString(Reports.Full(), ReportFormat.Json),
        "wdes" => ReportWriter.ToString(Reports.Full(EqualityStandard.Wdes), ReportFormat.Json),
        "publish" => ReportWriter.ToString(Reports.Full(), ReportFormat.Json, new ReportWriterOptions { Publish = true }),
        "publishThreshold" => ReportWriter.ToString(Reports.Full(), ReportFormat.Json, new ReportWriterOptions { Publish = true, Disclosure = new DisclosureOptions { Policy = DisclosurePolicy.Threshold, Threshold = 5 } }),
        "wdesPublish" => ReportWriter.ToString(Reports.Full(EqualityStandard.Wdes), ReportFormat.Json, new ReportWriterOptions { Publish = true }),
        "compare" => ReportWriter.ToString(YearPair.ThisYearReport(), ReportFormat.Json, YearPair.ComparedWith(YearPair.Previous())),
        "comparePublish" => ReportWriter.ToString(YearPair.ThisYearReport(), ReportFormat.Json, new ReportWriterOptions { Publish = true, CompareWith = YearPair.Previous() }),
        "compareWdes" => ReportWriter.ToString(YearPair.ThisYearReport(EqualityStandard.Wdes), ReportFormat.Json, YearPair.ComparedWith(YearPair.Previous(EqualityStandard.Wdes))),
        "compareNoCounterpart" => ReportWriter.ToString(Reports.Full(), ReportFormat.Json, YearPair.ComparedWith(PreviousReport.Parse(YearPair.AsLastYearJson(Reports.Empty())))),
        "undefined" => ReportWriter.ToString(Reports.UndefinedAppointment(), ReportFormat.Json),
        "empty" => ReportWriter.ToString(Reports.Empty(), ReportFormat.Json),
        "dataQuality" => ReportWriter.ToString(Reports.Full(), ReportFormat.Json, new ReportWriterOptions { DataQualityOnly = true }),
        "rollUp" => ReportWriter.ToString(RollUps.Two(), ReportFormat.Json),
        "rollUpWdes" => ReportWriter.ToString(RollUps.Two(EqualityStandard.Wdes), ReportFormat.Json),
        "rollUpPublish" => ReportWriter.ToString(RollUps.Two(), ReportFormat.Json, new ReportWriterOptions { Publish = true }),
        "rollUpCompare" => ReportWriter.ToString(RollUps.Two(), ReportFormat.Json, new ReportWriterOptions { CompareWith = RollUps.LastYear() }),
        "breakdowns" => ReportWriter.ToString(PostReports.Report(), ReportFormat.Json, new ReportWriterOptions { Detail = true }),
        "breakdownsPublish" => ReportWriter.ToString(PostReports.Report(), ReportFormat.Json, new ReportWriterOptions { Detail = true, Publish = true }),
        "breakdownsWdesPublish" => ReportWriter.ToString(PostReports.Report(EqualityStandard.Wdes), ReportFormat.Json, new ReportWriterOptions { Detail = true, Publish = true }),
        "breakdownsRollUpPublish" => ReportWriter.ToString(PostReports.RollUp(), ReportFormat.Json, new ReportWriterOptions { Detail = true, Publish = true }),
        "breakdownsCompare" => ReportWriter.ToString(PostReports.Report(), ReportFormat.Json, new ReportWriterOptions { Detail = true, CompareWith = PreviousReport.Parse(YearPair.AsLastYearJson(PostReports.Report())) }),
        "detail" => ReportWriter.ToString(Reports.Full(), ReportFormat.Json, new ReportWriterOptions { Detail = true }),
        "detailPublish" => ReportWriter.ToString(Reports.Full(), ReportFormat.Json, new ReportWriterOptions { Detail = true, Publish = true }),
        "detailWdes" => ReportWriter.ToString(Reports.Full(EqualityStandard.Wdes), ReportFormat.Json, new ReportWriterOptions { Detail = true }),
        "detailCompare" => ReportWriter.ToString(YearPair.ThisYearReport(), ReportFormat.Json, new ReportWriterOptions { Detail = true, CompareWith = YearPair.Previous() }),
        "rollUpDetail" => ReportWriter.ToString(RollUps.Two(), ReportFormat.Json, new ReportWriterOptions { Detail = true }),
        "rollUpDetailPublish" => ReportWriter.ToString(RollUps.Two(), ReportFormat.Json, new ReportWriterOptions { Detail = true, Publish = true }),
        _ => ReportWriter.ToString(RollUps.Two(), ReportFormat.Json, new ReportWriterOptions { DataQualityOnly = true }),
    };

    [Fact]
    public void Schema_CountOfTheWrongType_IsInvalid()
    {
        var json = JsonNode.Parse(Write("wres"))!;
        json["workforce"]!["headcount"] = "163";

        Assert.NotEmpty(Schemas.Errors(json.ToJsonString()));
    }

    [Fact]
    public void Schema_SuppressedCountWrittenAsText_IsInvalid()
    {
        var json = JsonNode.Parse(Write("publish"))!;
        json["workforce"]!["unknown"] = "*";

        Assert.NotEmpty(Schemas.Errors(json.ToJsonString()));
    }

    [Fact]
    public void Schema_UnknownIndicatorKind_IsInvalid()
    {
        var json = JsonNode.Parse(Write("wres"))!;
        json["indicators"]![1]!["kind"] = "ratio";

        Assert.NotEmpty(Schemas.Errors(json.ToJsonString()));
    }

    [Fact]
    public void Schema_IndicatorWithoutKind_IsInvalid()
    {
        var json = JsonNode.Parse(Write("wres"))!;
        json["indicators"]![1]!.AsObject().Remove("kind");

        Assert.NotEmpty(Schemas.Errors(json.ToJsonString()));
    }

    [Fact]
    public void Schema_KindThatDoesNotMatchTheFields_IsInvalid()
    {
        var json = JsonNode.Parse(Write("wres"))!;
        json["indicators"]![1]!["kind"] = "survey";

        Assert.NotEmpty(Schemas.Errors(json.ToJsonString()));
    }

    [Fact]
    public void Schema_UnknownField_IsInvalid()
    {
        var json = JsonNode.Parse(Write("wres"))!;
        json["indicators"]![1]!["white"]!["eventz"] = 1;

        Assert.NotEmpty(Schemas.Errors(json.ToJsonString()));
    }

    [Fact]
    public void Schema_WdesKeyInAWresReport_IsInvalid()
    {
        var json = JsonNode.Parse(Write("wres"))!;
        var workforce = json["workforce"]!.AsObject();
        workforce["disabled"] = workforce["bme"]!.DeepClone();
        workforce.Remove("bme");

        Assert.NotEmpty(Schemas.Errors(json.ToJsonString()));
    }

    [Fact]
    public void Schema_WresBandInAWdesReport_IsInvalid()
    {
        var json = JsonNode.Parse(Write("wdes"))!;
        json["indicators"]![1]!["band"] = "AdverseToBme";

        Assert.NotEmpty(Schemas.Errors(json.ToJsonString()));
    }

    [Fact]
    public void Schema_DataQualityOutputWithIndicators_IsInvalid()
    {
        var json = JsonNode.Parse(Write("dataQuality"))!;
        json["indicators"] = new JsonArray();

        Assert.NotEmpty(Schemas.Errors(json.ToJsonString()));
    }

    [Fact]
    public void Schema_ReportWithoutIndicators_IsInvalid()
    {
        var json = JsonNode.Parse(Write("wres"))!;
        json.AsObject().Remove("indicators");

        Assert.NotEmpty(Schemas.Errors(json.ToJsonString()));
    }

    [Fact]
    public void Schema_ReportWithoutTheIssue11Additions_IsStillValid()
    {
        // A report written before people to parity, the detailed groups and the Model Employer trajectory: additive keys.
        var json = JsonNode.Parse(Write("detail"))!;
        json.AsObject().Remove("modelEmployer");
        json["workforce"]!.AsObject().Remove("detail");
        foreach (var row in json["indicators"]![0]!["rows"]!.AsArray())
        {
            row!.AsObject().Remove("bmeToParity");
            row.AsObject().Remove("detail");
        }

        foreach (var indicator in json["indicators"]!.AsArray().Where(i => (string?)i!["kind"] == "likelihood"))
        {
            indicator!.AsObject().Remove("toParity");
            indicator.AsObject().Remove("toBand");
        }

        Assert.Empty(Schemas.Errors(json.ToJsonString()));
    }

    [Fact]
    public void Schema_DetailedGroupMisspelt_IsInvalid()
    {
        var json = JsonNode.Parse(Write("detail"))!;
        var detail = json["workforce"]!["detail"]!.AsObject();
        detail["WhiteBrit"] = detail["WhiteBritish"]!.DeepClone();
        detail.Remove("WhiteBritish");

        Assert.NotEmpty(Schemas.Errors(json.ToJsonString()));
    }

    [Fact]
    public void Schema_DetailedCountAsText_IsInvalid()
    {
        var json = JsonNode.Parse(Write("detail"))!;
        json["indicators"]![0]!["rows"]![3]!["detail"]!["Asian"] = "*";

        Assert.NotEmpty(Schemas.Errors(json.ToJsonString()));
    }

    [Fact]
    public void Schema_WresParityKeyInAWdesReport_IsInvalid()
    {
        var json = JsonNode.Parse(Write("wdes"))!;
        var row = json["indicators"]![0]!["rows"]![0]!.AsObject();
        row["bmeToParity"] = row["disabledToParity"]!.DeepClone();
        row.Remove("disabledToParity");

        Assert.NotEmpty(Schemas.Errors(json.ToJsonString()));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2.5)]
    public void Schema_ToParityNotAWholeNumberFromZero_IsInvalid(double value)
    {
        var json = JsonNode.Parse(Write("wres"))!;
        json["indicators"]![1]!["toParity"] = value;

        Assert.NotEmpty(Schemas.Errors(json.ToJsonString()));
    }

    [Fact]
    public void Schema_BeyondReachFalse_IsInvalid()
    {
        // The flag is there only when true.
        var json = JsonNode.Parse(Write("wres"))!;
        json["indicators"]![1]!["parityBeyondReach"] = false;

        Assert.NotEmpty(Schemas.Errors(json.ToJsonString()));
    }

    [Fact]
    public void Schema_ModelEmployerBandWithoutItsMilestones_IsInvalid()
    {
        var json = JsonNode.Parse(Write("wres"))!;
        json["modelEmployer"]!["bands"]![0]!.AsObject().Remove("milestones");

        Assert.NotEmpty(Schemas.Errors(json.ToJsonString()));
    }

    [Fact]
    public void Schema_ModelEmployerTargetShareAbove1_IsInvalid()
    {
        var json = JsonNode.Parse(Write("wres"))!;
        json["modelEmployer"]!["targetShare"] = 26.1;

        Assert.NotEmpty(Schemas.Errors(json.ToJsonString()));
    }

    [Fact]
    public void Schema_RepositoryFile_IsTheEmbeddedResource()
    {
        var file = Path.Combine(RepositoryRoot(), "src", "Wres.Reporting", "Schema", "wres-report-1.schema.json");

        Assert.Equal(File.ReadAllText(file), Schemas.Text());
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Wres.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Wres.Core.sln) is not above the test's folder.");
    }
}
