using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core;
using Wres.Core.Publication;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests.Writers;

/// <summary>The contract's additions: each indicator's <c>kind</c>, and published suppressed counts as <c>null</c> beside <c>…Suppressed: true</c>.</summary>
public partial class JsonReportWriterTests
{
    [Theory]
    [InlineData(EqualityStandard.Wres, "1:representation 2:likelihood 3:likelihood 4:likelihood 5:survey 6:survey 7:survey 8:survey 9:board")]
    [InlineData(EqualityStandard.Wdes, "1:representation 2:likelihood 3:likelihood 4a(i):survey 4a(ii):survey 4a(iii):survey 4b:survey 5:survey 6:survey 7:survey 8:survey 9a:survey 10:board")]
    public void Write_EveryIndicator_StartsWithItsKind(EqualityStandard standard, string expected)
    {
        foreach (var report in new[] { Reports.Full(standard), Reports.Empty(standard) })
        {
            var indicators = Json(report).GetProperty("indicators").EnumerateArray().ToList();

            Assert.Equal(expected, string.Join(' ', indicators.Select(i => i.GetProperty("id").GetString() + ":" + i.GetProperty("kind").GetString())));
            Assert.All(indicators, i => Assert.Equal("kind", i.EnumerateObject().First().Name));
        }
    }

    [Fact]
    public void Write_PublishedBoardOfSix_SuppressedCountsAreNullBesideTheirFlagAndShownCountsStayNumbers()
    {
        // The full trust: a board of 6 (3 White, 2 BME, 1 Unknown), every group count from 1 to 7 suppressed and the
        // size (public) exact; 163 staff, shown rounded to the nearest 5.
        var root = Json(Reports.Full(), new ReportWriterOptions { Publish = true });
        var total = Indicator(root, "9").GetProperty("total");

        Assert.Equal(6, total.GetProperty("members").GetInt32());
        Assert.False(total.TryGetProperty("membersSuppressed", out _));
        Suppressed(total, "white");
        Suppressed(total, "bme");
        Suppressed(total, "unknown");
        Assert.Equal(JsonValueKind.Null, total.GetProperty("bmePercent").ValueKind);
        Assert.Equal(JsonValueKind.Null, total.GetProperty("differencePercentagePoints").ValueKind);
        Assert.Equal(165, root.GetProperty("workforce").GetProperty("headcount").GetInt32());
        Assert.False(root.GetProperty("workforce").TryGetProperty("headcountSuppressed", out _));
    }

    [Fact]
    public void Write_NotPublished_HasNoSuppressedFlags()
    {
        var names = AllPropertyNames(Json(Reports.Full())).ToHashSet();

        Assert.DoesNotContain(names, name => name.EndsWith("Suppressed", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_PublishedComparison_LastYearsSuppressedCountsFlaggedAndTheirChangesUnknown()
    {
        var previous = PreviousReport.Parse(YearPair.AsLastYearJson(Reports.Full()));

        var appointment = Indicator(Json(Reports.Full(), new ReportWriterOptions { Publish = true, CompareWith = previous }), "2");

        Suppressed(appointment.GetProperty("previous").GetProperty("bme"), "events");
        Assert.Equal(JsonValueKind.Null, appointment.GetProperty("change").GetProperty("bme").GetProperty("events").ValueKind);
        Assert.False(appointment.GetProperty("change").GetProperty("bme").TryGetProperty("eventsSuppressed", out _));
    }

    [Property(MaxTest = 40)]
    public Property Write_PublishedAnyTrust_EachCountIsItsDisclosedValueOrNullWithItsFlagAndNeverText()
    {
        var sizes = Gen.Choose(0, 30).Two().ToArbitrary();
        return Prop.ForAll(sizes, size =>
        {
            var (white, bme) = size;
            var report = YearPair.Trust(Reports.Year, EqualityStandard.Wres, white, bme, whiteAppointed: white % 11, bmeAppointed: bme % 7);
            var root = Json(report, new ReportWriterOptions { Publish = true });
            var disclosure = DisclosureControl.Default;
            var workforce = root.GetProperty("workforce");
            var appointment = Indicator(root, "2");
            var expected = new (JsonElement Parent, string Name, int Count)[]
            {
                (workforce, "headcount", white + bme), (workforce, "white", white), (workforce, "bme", bme), (workforce, "unknown", 0),
                (appointment.GetProperty("white"), "events", white % 11), (appointment.GetProperty("bme"), "events", bme % 7),
                (appointment.GetProperty("white"), "base", 100),
            };
            // Each count is what the policy shows, or null beside its flag: suppressed by the policy, or withheld (with
            // its own flag too) so that a suppressed count cannot be worked out from it.
            var counts = expected.All(e => e.Parent.TryGetProperty(e.Name + "Withheld", out var withheld)
                ? withheld.GetBoolean() && e.Parent.GetProperty(e.Name).ValueKind == JsonValueKind.Null && e.Parent.GetProperty(e.Name + "Suppressed").GetBoolean()
                : disclosure.Apply(e.Count).Value is { } shown
                    ? e.Parent.GetProperty(e.Name).GetInt32() == shown && !e.Parent.TryGetProperty(e.Name + "Suppressed", out _)
                    : e.Parent.GetProperty(e.Name).ValueKind == JsonValueKind.Null && e.Parent.GetProperty(e.Name + "Suppressed").GetBoolean());
            return counts && !AllStrings(root).Any(s => s is "*" || s.StartsWith('<'));
        });
    }

    [Fact]
    public void Write_PublishedWithThresholdPolicy_NoCountIsText()
    {
        var options = new ReportWriterOptions { Publish = true, Disclosure = new DisclosureOptions { Policy = DisclosurePolicy.Threshold, Threshold = 5 } };

        var root = Json(Reports.Full(), options);

        Assert.DoesNotContain(AllStrings(root), s => s.StartsWith('<'));
        Assert.Contains("bmeSuppressed", AllPropertyNames(root));
    }

    private static IEnumerable<string> AllStrings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => AllStrings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllStrings),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };
}
