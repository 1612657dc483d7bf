using System.Text;
using NodaTime;
using Wres.Core;
using Wres.Core.Statistics;
using Wres.Reporting.Tests.Builders;

namespace Wres.Reporting.Tests;

public partial class PreviousReportTests
{
    [Fact]
    public void Parse_FullWresReport_KeepsIdentityAndEveryFigureUnrounded()
    {
        var report = Reports.Full();

        var previous = YearPair.Read(report);

        Assert.Equal(EqualityStandard.Wres, previous.Standard);
        Assert.Equal(new DateInterval(new LocalDate(2025, 4, 1), new LocalDate(2026, 3, 31)), previous.Period);
        Assert.Equal("2025/26", previous.Year);
        Assert.Equal(Reports.Organisation, previous.Organisation);
        Assert.False(previous.Published);

        var workforce = previous.Workforce!;
        Assert.Equal((163, report.Workforce!.Value.Reference, report.Workforce.Value.Focus, report.Workforce.Value.Unknown), (workforce.Counts.Total, workforce.Counts.Reference, workforce.Counts.Focus, workforce.Counts.Unknown));
        Assert.Equal(report.Workforce.Value.PercentOf(ComparisonGroup.Focus), workforce.FocusPercent);
        Assert.Equal(report.Workforce.Value.DeclarationRate, workforce.DeclarationRate);

        Assert.Equal(report.Representation.Rows.Count, previous.Rows.Count);
        var consultants = previous.Rows[("MedicalAndDental", "Consultants")];
        Assert.Equal(100.0 / 3, consultants.FocusPercent);
        Assert.Equal((1, 1, 1, 3, true), (consultants.Counts.Reference, consultants.Counts.Focus, consultants.Counts.Unknown, consultants.Counts.Total, consultants.Applicable));
        Assert.False(previous.Rows[("NonClinical", "Under Band 1")].Applicable);

        Assert.Equal(["2", "3", "4"], previous.Likelihoods.Keys.Order(StringComparer.Ordinal));
        var appointment = previous.Likelihoods["2"];
        var ratio = report.Appointment.RelativeLikelihood!;
        Assert.Equal(8.0 / 3, appointment.Ratio);
        Assert.Equal(ratio.Interval, appointment.Interval);
        Assert.Equal(ratio.PValue, appointment.PValue);
        Assert.Equal(LikelihoodBand.AdverseToFocus, appointment.Band);
        Assert.Equal("WhiteOverBme", appointment.Orientation);
        Assert.Equal((12, 60, 0.2), (appointment.Reference.Events, appointment.Reference.Base, appointment.Reference.Likelihood));
        Assert.Equal((3, 40), (appointment.Focus.Events, appointment.Focus.Base));
        Assert.True(previous.Likelihoods["3"].Rolling);

        Assert.Equal(["5", "6", "7", "8"], previous.Surveys.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(-13.5m, previous.Surveys["7"].GapPercentagePoints);
        Assert.Equal(100m / 3, previous.Surveys["6"].ReferencePercent);
        Assert.Equal((3, 8), (previous.Surveys["6"].ReferenceRespondents, previous.Surveys["6"].FocusRespondents));
        var board = previous.Boards["9"];
        Assert.Equal((6, 5, 3), (board.Total.Members.Total, board.Voting.Members.Total, board.Executive.Members.Total));
        Assert.Equal(report.Board.Voting.DifferencePercentagePoints, board.Voting.DifferencePercentagePoints);
    }

    [Fact]
    public void Parse_FullWdesReport_ReadsTheDisabilityKeysAndMetricIds()
    {
        var report = Reports.Full(EqualityStandard.Wdes);

        var previous = YearPair.Read(report);

        Assert.Equal(EqualityStandard.Wdes, previous.Standard);
        Assert.Equal(report.Workforce!.Value.Focus, previous.Workforce!.Counts.Focus);
        Assert.Equal(report.Workforce.Value.KnownFocusPercent, previous.Workforce.KnownFocusPercent);
        Assert.Equal(["2", "3"], previous.Likelihoods.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(LikelihoodBand.AdverseToFocus, previous.Likelihoods["2"].Band);
        Assert.Equal(report.Appointment.Focus.Events, previous.Likelihoods["2"].Focus.Events);
        Assert.Contains("4a(i)", previous.Surveys.Keys);
        Assert.Equal(31.5m, previous.Surveys["4a(i)"].FocusPercent);
        Assert.Equal(6, previous.Boards["10"].Total.Members.Total);
        Assert.Equal(report.Representation.Rows.Count, previous.Rows.Count);
    }

    [Fact]
    public void Parse_PublishedReport_SuppressedCountsUnknownShownCountsAndRoundedFiguresKept()
    {
        var report = Reports.Full();

        var previous = YearPair.Read(report, new ReportWriterOptions { Publish = true });

        Assert.True(previous.Published);
        var appointment = previous.Likelihoods["2"];
        Assert.Null(appointment.Focus.Events);
        Assert.Equal(10, appointment.Reference.Events);
        Assert.Null(appointment.Focus.Likelihood);
        Assert.Null(appointment.Ratio);
        Assert.Equal(0.167, appointment.Reference.Likelihood);
        var training = previous.Likelihoods["4"];
        Assert.Equal(Math.Round(training.Ratio!.Value, 2), training.Ratio);
        Assert.Equal(165, previous.Workforce!.Counts.Total);
        var workforce = previous.Workforce.Counts;
        Assert.Equal((double)Math.Round((decimal)workforce.Focus!.Value * 100 / workforce.Total!.Value, 1, MidpointRounding.AwayFromZero), previous.Workforce.FocusPercent);
        _ = report;
        Assert.Null(previous.Rows[("MedicalAndDental", "Consultants")].Counts.Focus);
    }

    [Fact]
    public void Parse_NothingProvided_HasNoCounterparts()
    {
        var previous = YearPair.Read(Reports.Empty());

        Assert.Null(previous.Workforce);
        Assert.Null(previous.Organisation);
        Assert.Empty(previous.Rows);
        Assert.Empty(previous.Likelihoods);
        Assert.Empty(previous.Surveys);
        Assert.Empty(previous.Boards);
    }

    [Fact]
    public void Parse_UndefinedRatio_RatioAndIntervalUnknown()
    {
        var appointment = YearPair.Read(Reports.UndefinedAppointment()).Likelihoods["2"];

        Assert.Null(appointment.Ratio);
        Assert.Null(appointment.Interval);
        Assert.Equal(LikelihoodBand.Undefined, appointment.Band);
        Assert.NotNull(appointment.PValue);
    }

    [Fact]
    public void Parse_UnboundedUpperLimit_IsPositiveInfinity()
    {
        var json = Minimal("""{ "id": "2", "status": "Computed", "relativeLikelihood": 3.5, "ci95": { "lower": 0.4, "upper": null } }""");

        var interval = PreviousReport.Parse(json).Likelihoods["2"].Interval!.Value;

        Assert.Equal(0.4, interval.Lower);
        Assert.Equal(double.PositiveInfinity, interval.Upper);
    }

    [Fact]
    public void Parse_PeriodNotAprilToMarch_YearIsTheTwoDates()
    {
        var json = Minimal(string.Empty).Replace("2025-03-31", "2025-06-30", StringComparison.Ordinal).Replace("2024-04-01", "2024-07-01", StringComparison.Ordinal);

        Assert.Equal("2024-07-01 to 2025-06-30", PreviousReport.Parse(json).Year);
    }

    [Fact]
    public void Load_Utf8StreamWithByteOrderMark_ReadsTheReport()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Schemas.Json(Reports.Full()))).ToArray();
        using var stream = new MemoryStream(bytes);

        var previous = PreviousReport.Load(stream);

        Assert.Equal(163, previous.Workforce!.Counts.Total);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("{\"schema\": \"wres-report/1\",}")]
    public void Parse_InvalidJson_ThrowsFormatExceptionInOneSentence(string json)
    {
        var e = Assert.Throws<FormatException>(() => PreviousReport.Parse(json));

        Assert.StartsWith("The previous report is not a wres-report/1 report: it is not valid JSON", e.Message, StringComparison.Ordinal);
        OneSentence(e.Message);
    }

    [Theory]
    [InlineData("[1, 2]", "it is not a JSON object")]
    [InlineData("{}", "it has no \"schema\" field")]
    [InlineData("{\"schema\": \"other/2\"}", "its schema is \"other/2\"")]
    [InlineData("{\"schema\": \"wres-data-quality/1\"}", "it is a data-quality report")]
    [InlineData("{\"schema\": \"wres-report/1\", \"standard\": \"xres\"}", "its standard is \"xres\"")]
    [InlineData("{\"schema\": \"wres-report/1\", \"standard\": \"wres\"}", "it has no \"period\"")]
    [InlineData("{\"schema\": \"wres-report/1\", \"standard\": \"wres\", \"period\": {\"start\": \"2024-04-01\", \"end\": \"31/03/2025\"}}", "the period's \"end\" is not a date")]
    [InlineData("{\"schema\": \"wres-report/1\", \"standard\": \"wres\", \"period\": {\"start\": \"2024-04-01\", \"end\": \"2025-03-31\"}}", "it has no \"indicators\" list")]
    public void Parse_NotAReport_ThrowsFormatExceptionSayingWhy(string json, string reason)
    {
        var e = Assert.Throws<FormatException>(() => PreviousReport.Parse(json));

        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        OneSentence(e.Message);
    }

    [Fact]
    public void Parse_DataQualityReportFromTheWriter_IsRejected()
    {
        var json = Schemas.Json(Reports.Full(), new ReportWriterOptions { DataQualityOnly = true });

        var e = Assert.Throws<FormatException>(() => PreviousReport.Parse(json));

        Assert.Contains("data-quality report", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"headcount\": 163", "\"headcount\": true", "\"workforce.headcount\" is not a count")]
    [InlineData("\"headcount\": 163", "\"headcount\": -1", "\"workforce.headcount\" is not a count")]
    [InlineData("\"headcount\": 163", "\"headcount\": 1.5", "\"workforce.headcount\" is not a count")]
    [InlineData("\"relativeLikelihood\": 2.6666666666666665", "\"relativeLikelihood\": \"2.67\"", "in indicator 2, \"relativeLikelihood\" is not a number")]
    [InlineData("\"band\": \"AdverseToBme\"", "\"band\": \"AdverseToDisabled\"", "the band \"AdverseToDisabled\"")]
    [InlineData("\"gapPercentagePoints\": -13.5", "\"gapPercentagePoints\": [1]", "in indicator 7, \"gapPercentagePoints\" is not a number")]
    public void Parse_FieldOfTheWrongType_ThrowsNamingTheField(string field, string replacement, string expected)
    {
        var json = Schemas.Json(Reports.Full());
        Assert.Contains(field, json, StringComparison.Ordinal);
        var changed = ReplaceFirst(json, field, replacement);

        var e = Assert.Throws<FormatException>(() => PreviousReport.Parse(changed));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        OneSentence(e.Message);
    }

    [Fact]
    public void Parse_IndicatorTwice_Throws()
    {
        var indicator = """{ "id": "2", "status": "NotProvided" }""";

        var e = Assert.Throws<FormatException>(() => PreviousReport.Parse(Minimal(indicator + ", " + indicator)));

        Assert.Contains("indicator 2 appears twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseAndLoad_Null_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => PreviousReport.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => PreviousReport.Load(null!));
    }

    [Fact]
    public void Parse_RollUp_KeepsTheCombinedReportAndEachOrganisationsByCode()
    {
        var rollUp = RollUps.Two();

        var previous = PreviousReport.Parse(Schemas.Json(rollUp));

        Assert.Equal(RollUps.Name, previous.Organisation);
        Assert.Equal(168, previous.Workforce!.Counts.Total);
        Assert.Equal(["RXX01", "RXX02"], previous.Organisations.Keys.Order(StringComparer.Ordinal));
        var small = previous.ForOrganisation("RXX01")!;
        Assert.Equal("RXX01", small.Organisation);
        Assert.Equal((5, 3, 2), (small.Workforce!.Counts.Total, small.Workforce.Counts.Reference, small.Workforce.Counts.Focus));
        Assert.Empty(small.Likelihoods);
        Assert.Equal(8.0 / 3, previous.ForOrganisation("RXX02")!.Likelihoods["2"].Ratio);
        Assert.Null(previous.ForOrganisation("RXX03"));
        Assert.Null(previous.ForOrganisation(null));
        Assert.Empty(YearPair.Read(Reports.Full()).Organisations);
    }

    [Theory]
    [InlineData("{}", "\"organisations\" is not a list")]
    [InlineData("[1]", "entry 1 of \"organisations\" is not an object")]
    [InlineData("[{\"organisation\": \" \"}]", "entry 1 of \"organisations\" has no \"organisation\" code")]
    [InlineData("[{\"organisation\": 5}]", "in entry 1 of \"organisations\", \"organisation\" is not text")]
    [InlineData("[{\"organisation\": \"RXX01\"}]", "in the report of organisation RXX01, it has no \"schema\" field")]
    [InlineData("[ORG, ORG]", "organisation RXX01 appears twice in \"organisations\"")]
    [InlineData("[WDES]", "the report of organisation RXX01 is not for the same standard and period as the combined report")]
    [InlineData("[PERIOD]", "the report of organisation RXX01 is not for the same standard and period as the combined report")]
    [InlineData("[BAD]", "in the report of organisation RXX01, in indicator 2, \"relativeLikelihood\" is not a number")]
    public void Parse_RollUpWithABadOrganisationsList_ThrowsNamingTheOrganisation(string organisations, string expected)
    {
        const string Organisation = "\"organisation\": \"RXX01\", ";
        var organisation = ReplaceFirst(Minimal("""{ "id": "2", "relativeLikelihood": 1.5 }"""), "{", "{" + Organisation);
        organisations = organisations
            .Replace("ORG", organisation, StringComparison.Ordinal)
            .Replace("WDES", organisation.Replace("\"wres\"", "\"wdes\"", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("PERIOD", organisation.Replace("2024-04-01", "2024-04-02", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("BAD", organisation.Replace("1.5", "\"1.5\"", StringComparison.Ordinal), StringComparison.Ordinal);
        var json = Minimal(string.Empty)[..^1] + ", \"organisations\": " + organisations + "}";

        var e = Assert.Throws<FormatException>(() => PreviousReport.Parse(json));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("The previous report is not a wres-report/1 report: ", e.Message, StringComparison.Ordinal);
        OneSentence(e.Message);
    }

    [Fact]
    public void Parse_OrganisationsNull_HasNoOrganisations()
    {
        var previous = PreviousReport.Parse(Minimal(string.Empty)[..^1] + ", \"organisations\": null}");

        Assert.Empty(previous.Organisations);
    }

    private static string Minimal(string indicators) =>
        "{\"schema\": \"wres-report/1\", \"standard\": \"wres\", \"period\": {\"start\": \"2024-04-01\", \"end\": \"2025-03-31\"}, \"indicators\": [" + indicators + "]}";

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + old.Length)..];
    }

    private static void OneSentence(string message)
    {
        Assert.DoesNotContain('\n', message);
        Assert.EndsWith(".", message, StringComparison.Ordinal);
        Assert.Equal(message.Trim(), message);
    }
}
