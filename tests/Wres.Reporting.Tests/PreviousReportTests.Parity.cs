using System.Text.Json.Nodes;
using Wres.Core;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests;

/// <summary>Last year's report with issue 11's additions (people to parity, detailed groups, the Model Employer trajectory), and without them.</summary>
public partial class PreviousReportTests
{
    [Theory]
    [InlineData(EqualityStandard.Wres, false)]
    [InlineData(EqualityStandard.Wdes, false)]
    [InlineData(EqualityStandard.Wres, true)]
    [InlineData(EqualityStandard.Wdes, true)]
    public void Parse_ReportWithOrWithoutTheParityDetailAndTrajectoryFields_ReadsTheSameFigures(EqualityStandard standard, bool published)
    {
        var withThem = YearPair.AsLastYearJson(Reports.Full(standard), new ReportWriterOptions { Publish = published, Detail = true });
        var withoutThem = WithoutTheAdditions(withThem);
        Assert.Contains("ToParity\"", withThem, StringComparison.Ordinal);
        Assert.Equal(standard == EqualityStandard.Wres, withThem.Contains("\"modelEmployer\"", StringComparison.Ordinal));
        Assert.Equal(standard == EqualityStandard.Wres, withThem.Contains("\"WhiteBritish\"", StringComparison.Ordinal));
        Assert.DoesNotContain("ToParity\"", withoutThem, StringComparison.Ordinal);

        // Every figure last year's report gives shows in a comparison, so the same comparison means the same figures.
        var thisYear = Reports.Full(standard);
        foreach (var format in new[] { ReportFormat.Csv, ReportFormat.Json })
        {
            Assert.Equal(
                ReportWriter.ToString(thisYear, format, new ReportWriterOptions { CompareWith = PreviousReport.Parse(withoutThem), Detail = true }),
                ReportWriter.ToString(thisYear, format, new ReportWriterOptions { CompareWith = PreviousReport.Parse(withThem), Detail = true }));
        }
    }

    /// <summary>A report as written before issue 11: no people to parity, detailed groups or Model Employer trajectory.</summary>
    private static string WithoutTheAdditions(string json)
    {
        var root = JsonNode.Parse(json)!;
        Walk(root);
        return root.ToJsonString();

        static void Walk(JsonNode? node)
        {
            if (node is JsonObject item)
            {
                foreach (var added in item.Where(p => p.Key.Contains("ToParity", StringComparison.Ordinal)
                    || p.Key is "toBand" or "toBandSuppressed" or "parityBeyondReach" or "bandBeyondReach" or "detail" or "modelEmployer" or "modelEmployerSuppressed").Select(p => p.Key).ToList())
                {
                    item.Remove(added);
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
