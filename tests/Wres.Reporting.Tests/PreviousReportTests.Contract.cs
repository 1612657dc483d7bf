using System.Text.Json.Nodes;
using Wres.Core;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests;

/// <summary>Reading through the report contract: older files (no <c>kind</c>, suppressed counts as text), and where a wrong field is.</summary>
public partial class PreviousReportTests
{
    [Theory]
    [InlineData(EqualityStandard.Wres, false)]
    [InlineData(EqualityStandard.Wdes, false)]
    [InlineData(EqualityStandard.Wres, true)]
    [InlineData(EqualityStandard.Wdes, true)]
    public void Parse_ReportWrittenBeforeKindAndSuppressedFlagsExisted_ReadsTheSameFigures(EqualityStandard standard, bool published)
    {
        var options = new ReportWriterOptions { Publish = published };
        var current = YearPair.AsLastYearJson(Reports.Full(standard), options);
        var old = AsWrittenBeforeTheContract(current);
        Assert.DoesNotContain("\"kind\"", old, StringComparison.Ordinal);
        Assert.Equal(published, old.Contains("\"*\"", StringComparison.Ordinal));

        var fromOld = PreviousReport.Parse(old);

        // Every figure last year's report gives shows in a comparison, so the same comparison means the same figures.
        var thisYear = Reports.Full(standard);
        Assert.Equal(
            ReportWriter.ToString(thisYear, ReportFormat.Csv, new ReportWriterOptions { CompareWith = PreviousReport.Parse(current) }),
            ReportWriter.ToString(thisYear, ReportFormat.Csv, new ReportWriterOptions { CompareWith = fromOld }));
        Assert.Equal(published, fromOld.Published);
    }

    [Fact]
    public void Parse_RollUpWrittenBeforeKindExisted_ReadsEachOrganisation()
    {
        var old = AsWrittenBeforeTheContract(Schemas.Json(RollUps.Two()));

        var previous = PreviousReport.Parse(old);

        Assert.Equal(8.0 / 3, previous.ForOrganisation("RXX02")!.Likelihoods["2"].Ratio);
        Assert.Equal(["5", "6", "7", "8"], previous.Surveys.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_KindTellsTheShape_NotTheFields()
    {
        // An indicator of kind survey is read as a survey even with a relativeLikelihood key beside its fields.
        var json = Minimal("""{ "kind": "survey", "id": "5", "status": "Computed", "relativeLikelihood": 2.0, "whitePercent": 10.5, "bmePercent": 12, "gapPercentagePoints": 1.5 }""");

        var previous = PreviousReport.Parse(json);

        Assert.Empty(previous.Likelihoods);
        Assert.Equal(1.5m, previous.Surveys["5"].GapPercentagePoints);
    }

    [Theory]
    [InlineData("""{ "kind": "ratio", "id": "2", "status": "Computed" }""", "in indicator 2, \"kind\" is not one of the kinds representation, likelihood, survey and board")]
    [InlineData("""{ "kind": 3, "id": "2", "status": "Computed" }""", "in indicator 2, \"kind\" is not one of the kinds")]
    [InlineData("""{ "kind": "likelihood", "id": "2", "status": "Computed", "white": { "events": [1] } }""", "in indicator 2, \"white.events\" is not a count")]
    [InlineData("""{ "kind": "likelihood", "id": "2", "status": "Computed", "pValue": 1.5 }""", "in indicator 2, \"pValue\" is not a number from 0 to 1")]
    [InlineData("""{ "kind": "likelihood", "id": "2", "status": "Computed", "previous": { "bme": { "base": -3 } } }""", "in indicator 2, \"previous.bme.base\" is not a count")]
    [InlineData("""{ "kind": "representation", "id": "1", "status": "Computed", "rows": [ { "segment": "All", "row": "All", "bmePercent": "12" } ] }""", "in row 1 of indicator 1, \"bmePercent\" is not a number")]
    [InlineData("""{ "kind": "board", "id": "9", "status": "Computed", "voting": { "members": 2.5 } }""", "in indicator 9, \"voting.members\" is not a count")]
    [InlineData("""{ "kind": "board", "id": "9", "status": "Computed", "voting": [] }""", "in indicator 9, \"voting\" is not an object")]
    [InlineData("""{ "kind": "survey", "id": 5 }""", "in entry 1 of \"indicators\", \"id\" is not text")]
    [InlineData("""5""", "entry 1 of \"indicators\" is not an object")]
    public void Parse_FieldOfTheWrongTypeAnywhere_ThrowsNamingWhereItIs(string indicator, string expected)
    {
        var e = Assert.Throws<FormatException>(() => PreviousReport.Parse(Minimal(indicator)));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        OneSentence(e.Message);
    }

    [Fact]
    public void Parse_WdesFieldOfTheWrongType_NamesItWithTheWdesKeys()
    {
        var json = Minimal("""{ "kind": "likelihood", "id": "2", "status": "Computed", "disabled": { "events": true } }""").Replace("\"wres\"", "\"wdes\"", StringComparison.Ordinal);

        var e = Assert.Throws<FormatException>(() => PreviousReport.Parse(json));

        Assert.Contains("in indicator 2, \"disabled.events\" is not a count", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WorkforceComparisonOfTheWrongType_NamesThePathThroughPrevious()
    {
        var json = JsonNode.Parse(Schemas.Json(YearPair.ThisYearReport(), YearPair.ComparedWith(YearPair.Previous())))!;
        json["workforce"]!["previous"]!["bme"] = true;

        var e = Assert.Throws<FormatException>(() => PreviousReport.Parse(json.ToJsonString()));

        Assert.Contains("\"workforce.previous.bme\" is not a count", e.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A report as the writer wrote it before the typed contract: no <c>kind</c>, and (when published) a suppressed
    /// count as the text <c>*</c> instead of <c>null</c> beside <c>…Suppressed: true</c>.
    /// </summary>
    private static string AsWrittenBeforeTheContract(string json)
    {
        var root = JsonNode.Parse(json)!;
        Walk(root);
        return root.ToJsonString();

        static void Walk(JsonNode? node)
        {
            if (node is JsonObject item)
            {
                item.Remove("kind");
                item.Remove("scale");
                foreach (var score in item.Where(p => p.Key.EndsWith("Score", StringComparison.Ordinal) || p.Key == "gapPoints").Select(p => p.Key).ToList())
                {
                    // Written before scores had their own keys: as percentages.
                    var value = item[score];
                    item.Remove(score);
                    item[score == "gapPoints" ? "gapPercentagePoints" : score[..^"Score".Length] + "Percent"] = value;
                }

                foreach (var added in item.Where(p => p.Key.EndsWith("Withheld", StringComparison.Ordinal) || p.Key.Contains("ToParity", StringComparison.Ordinal)
                    || p.Key is "relativeLikelihoodSuppressed" or "suppressedReason" or "disclosureNote"
                        or "toParity" or "toParitySuppressed" or "toBand" or "toBandSuppressed" or "parityBeyondReach" or "bandBeyondReach"
                        or "detail" or "modelEmployer" or "modelEmployerSuppressed").Select(p => p.Key).ToList())
                {
                    item.Remove(added);
                }

                foreach (var flag in item.Where(p => p.Key.EndsWith("Suppressed", StringComparison.Ordinal)).Select(p => p.Key).ToList())
                {
                    item[flag[..^"Suppressed".Length]] = "*";
                    item.Remove(flag);
                }

                foreach (var property in item.ToList())
                {
                    Walk(property.Value);
                }
            }
            else if (node is JsonArray array)
            {
                foreach (var element in array)
                {
                    Walk(element);
                }
            }
        }
    }
}
