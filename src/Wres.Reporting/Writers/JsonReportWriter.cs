using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Wres.Core;
using Wres.Core.Indicators;
using Wres.Core.Statistics;
using Wres.Core.Workforce;
using Wres.Reporting.Comparison;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Writers;

/// <summary>
/// Writes the report as JSON in the <c>wres-report/1</c> schema of the data contract: unrounded numbers (doubles
/// in their shortest round-trip form, decimals as they are), <c>null</c> where a value is undefined, indented.
/// </summary>
/// <remarks>
/// The groups' keys are <c>white</c> / <c>bme</c> for the WRES and <c>nonDisabled</c> / <c>disabled</c> for the
/// WDES, whatever the display labels (which are given under <c>groups</c>). When publishing, every count of people,
/// applications, events, members or respondents is the disclosed value: a number when shown (rounded by the
/// policy), or the string <c>*</c> or <c>&lt;5</c> when suppressed; data-quality row totals are exact. A confidence
/// limit that is not finite (an unbounded upper limit) is written as <c>null</c>. Fields beyond the contract
/// (<c>title</c>, <c>status</c>, <c>orientation</c>, <c>yearsPooled</c>, …) are additions, never replacements.
/// <para>With a comparison (<see cref="ReportWriterOptions.CompareWith"/>), <c>comparedWith</c> names last year's
/// report, and the workforce object, every row of indicator 1, every relative-likelihood and survey indicator and
/// every board subset carry <c>previous</c> (last year's fields, under the same keys) and <c>change</c> (this year's
/// minus last year's, under the same keys and in the same units: counts, percentage points, likelihood and ratio
/// differences); both are <c>null</c> when last year's report has no counterpart, and a field is <c>null</c> when
/// either year's value is unknown. Relative likelihoods add <c>intervalsOverlap</c>: whether the two 95%
/// confidence intervals overlap, <c>null</c> when either is unknown.</para>
/// <para>A roll-up (<see cref="Core.RollUp.RollUpReport"/>) is one object: the combined report's fields exactly as
/// for a single report (its <c>organisation</c> the roll-up's name or <c>null</c>), then <c>organisations</c>, a
/// list of one full report per organisation in the same layout (<c>schema</c> included, so each entry can be cut
/// out and read on its own), whose <c>organisation</c> is the organisation code, in ordinal order of the codes. A
/// single report has no <c>organisations</c> key. With a comparison, each organisation's report is compared with
/// last year's report of the same code, and has no <c>comparedWith</c>, <c>previous</c> or <c>change</c> when
/// last year's report has none.</para>
/// </remarks>
internal sealed class JsonReportWriter
{
    /// <summary>The schema id written at the top of every report.</summary>
    public const string Schema = "wres-report/1";

    /// <summary>The schema of data-quality-only output (<c>wres validate</c>).</summary>
    public const string DataQualitySchema = "wres-data-quality/1";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

    private readonly ReportView _view;
    private readonly TextWriter _output;

    public JsonReportWriter(ReportView view, TextWriter output)
    {
        _view = view;
        _output = output;
    }

    public void Write() => Write(_output, json => WriteReport(json, organisations: null));

    /// <summary>Writes a roll-up: the combined report's fields at the top level, then <c>organisations</c>, one full report per organisation.</summary>
    public static void Write(RollUpView rollUp, TextWriter output)
    {
        var combined = new JsonReportWriter(rollUp.Combined, output);
        Write(output, json => combined.WriteReport(json, rollUp.Organisations));
    }

    private static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    /// <summary>Writes the report as one object; with <paramref name="organisations"/>, the object ends with their reports under <c>organisations</c>.</summary>
    private void WriteReport(Utf8JsonWriter json, IReadOnlyList<ReportView>? organisations)
    {
        json.WriteStartObject();
        WriteFields(json);
        if (organisations is not null)
        {
            json.WriteStartArray("organisations");
            foreach (var organisation in organisations)
            {
                new JsonReportWriter(organisation, _output).WriteReport(json, organisations: null);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private void WriteFields(Utf8JsonWriter json)
    {
        var report = _view.Report;
        json.WriteString("schema", _view.DataQualityOnly ? DataQualitySchema : Schema);
        Text(json, "organisation", report.Organisation);
        json.WriteStartObject("period");
        json.WriteString("start", ReportView.Date(report.Year.Start));
        json.WriteString("end", ReportView.Date(report.Year.End));
        json.WriteString("snapshot", ReportView.Date(report.Year.Snapshot));
        json.WriteEndObject();
        json.WriteString("standard", _view.StandardKey);
        json.WriteString("year", report.Year.ToString());
        json.WriteStartObject("groups");
        Text(json, "reference", report.ReferenceLabel);
        Text(json, "focus", report.FocusLabel);
        json.WriteEndObject();
        json.WriteBoolean("published", _view.Publish);
        if (_view.DisclosurePolicy is { } policy)
        {
            json.WriteString("disclosurePolicy", policy.ToString());
        }

        if (_view.Comparison is { } comparison)
        {
            json.WriteStartObject("comparedWith");
            json.WriteString("year", comparison.Year);
            json.WriteStartObject("period");
            json.WriteString("start", ReportView.Date(comparison.Period.Start));
            json.WriteString("end", ReportView.Date(comparison.Period.End));
            json.WriteEndObject();
            Text(json, "organisation", comparison.Organisation);
            json.WriteBoolean("published", comparison.PreviousPublished);
            json.WriteEndObject();
        }

        if (_view.DataQualityOnly)
        {
            WriteDataQuality(json);
            return;
        }

        WriteWorkforce(json);
        json.WriteStartArray("indicators");
        WriteRepresentation(json);
        foreach (var likelihood in _view.Likelihoods)
        {
            WriteLikelihood(json, likelihood);
        }

        foreach (var survey in report.Survey)
        {
            WriteSurvey(json, survey);
        }

        WriteBoard(json);
        json.WriteEndArray();
        WriteDataQuality(json);
    }

    private void WriteWorkforce(Utf8JsonWriter json)
    {
        var report = _view.Report;
        if (report.Workforce is not { } workforce)
        {
            json.WriteNull("workforce");
            return;
        }

        json.WriteStartObject("workforce");
        Count(json, "headcount", workforce.Total);
        Groups(json, workforce);
        Number(json, _view.ReferenceKey + "Percent", workforce.PercentOf(ComparisonGroup.Reference));
        Number(json, _view.FocusKey + "Percent", workforce.PercentOf(ComparisonGroup.Focus));
        Number(json, "unknownPercent", workforce.PercentOf(ComparisonGroup.Unknown));
        Number(json, "known" + ReportView.Pascal(_view.FocusKey) + "Percent", workforce.KnownFocusPercent);
        Number(json, "declarationRate", workforce.DeclarationRate);
        json.WriteStartObject("selection");
        foreach (var rule in Enum.GetValues<SelectionRule>())
        {
            if (report.Selection.TryGetValue(rule, out var people))
            {
                Count(json, rule.ToString(), people);
            }
        }

        json.WriteEndObject();
        if (_view.Comparison is { } comparison)
        {
            WorkforceComparison(json, workforce, comparison.Workforce);
        }

        json.WriteEndObject();
    }

    private void WorkforceComparison(Utf8JsonWriter json, GroupTally workforce, PreviousWorkforce? previous)
    {
        if (previous is null)
        {
            NoCounterpart(json);
            return;
        }

        var focusShare = "known" + ReportView.Pascal(_view.FocusKey) + "Percent";
        json.WriteStartObject("previous");
        PreviousCount(json, "headcount", previous.Counts.Total);
        PreviousGroups(json, previous.Counts);
        Number(json, _view.ReferenceKey + "Percent", previous.ReferencePercent);
        Number(json, _view.FocusKey + "Percent", previous.FocusPercent);
        Number(json, "unknownPercent", previous.UnknownPercent);
        Number(json, focusShare, previous.KnownFocusPercent);
        Number(json, "declarationRate", previous.DeclarationRate);
        json.WriteEndObject();
        json.WriteStartObject("change");
        CountChange(json, "headcount", workforce.Total, previous.Counts.Total);
        GroupChanges(json, workforce, previous.Counts);
        Number(json, _view.ReferenceKey + "Percent", ReportComparison.Difference(workforce.PercentOf(ComparisonGroup.Reference), previous.ReferencePercent));
        Number(json, _view.FocusKey + "Percent", ReportComparison.Difference(workforce.PercentOf(ComparisonGroup.Focus), previous.FocusPercent));
        Number(json, "unknownPercent", ReportComparison.Difference(workforce.PercentOf(ComparisonGroup.Unknown), previous.UnknownPercent));
        Number(json, focusShare, ReportComparison.Difference(workforce.KnownFocusPercent, previous.KnownFocusPercent));
        Number(json, "declarationRate", ReportComparison.Difference(workforce.DeclarationRate, previous.DeclarationRate));
        json.WriteEndObject();
    }

    private void WriteRepresentation(Utf8JsonWriter json)
    {
        var representation = _view.Report.Representation;
        Start(json, representation.Id, _view.RepresentationTitle, representation.Status);
        if (representation.Status == IndicatorStatus.Computed)
        {
            json.WriteStartArray("rows");
            foreach (var segment in _view.Segments)
            {
                foreach (var row in segment.Rows)
                {
                    json.WriteStartObject();
                    json.WriteString("segment", segment.Key);
                    json.WriteString("row", row.Label);
                    json.WriteBoolean("isTotal", row.IsTotal);
                    Groups(json, row.Counts);
                    Count(json, "total", row.Counts.Total);
                    json.WriteBoolean("applicable", row.Applicable);
                    Number(json, _view.ReferenceKey + "Percent", row.ReferencePercent);
                    Number(json, _view.FocusKey + "Percent", row.FocusPercent);
                    Number(json, "unknownPercent", row.UnknownPercent);
                    if (_view.Comparison is { } comparison)
                    {
                        RowComparison(json, row, comparison.Row(segment.Key, row.Label));
                    }

                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            Number(json, "known" + ReportView.Pascal(_view.FocusKey) + "Percent", representation.KnownFocusPercent);
            Number(json, "declarationRate", representation.DeclarationRate);
        }

        json.WriteEndObject();
    }

    private void RowComparison(Utf8JsonWriter json, RepresentationRow row, PreviousRow? previous)
    {
        if (previous is null)
        {
            NoCounterpart(json);
            return;
        }

        json.WriteStartObject("previous");
        PreviousGroups(json, previous.Counts);
        PreviousCount(json, "total", previous.Counts.Total);
        Boolean(json, "applicable", previous.Applicable);
        Number(json, _view.ReferenceKey + "Percent", previous.ReferencePercent);
        Number(json, _view.FocusKey + "Percent", previous.FocusPercent);
        Number(json, "unknownPercent", previous.UnknownPercent);
        json.WriteEndObject();
        json.WriteStartObject("change");
        GroupChanges(json, row.Counts, previous.Counts);
        CountChange(json, "total", row.Counts.Total, previous.Counts.Total);
        Number(json, _view.ReferenceKey + "Percent", ReportComparison.Difference(row.ReferencePercent, previous.ReferencePercent));
        Number(json, _view.FocusKey + "Percent", ReportComparison.Difference(row.FocusPercent, previous.FocusPercent));
        Number(json, "unknownPercent", ReportComparison.Difference(row.UnknownPercent, previous.UnknownPercent));
        json.WriteEndObject();
    }

    private void WriteLikelihood(Utf8JsonWriter json, LikelihoodView likelihood)
    {
        var result = likelihood.Result;
        Start(json, likelihood.Id, likelihood.Title, result.Status);
        if (likelihood.IsProvided)
        {
            var ratio = result.RelativeLikelihood!;
            json.WriteString("orientation", likelihood.OrientationKey);
            Group(json, _view.ReferenceKey, result.Reference);
            Group(json, _view.FocusKey, result.Focus);
            Group(json, "unknown", result.Unknown);
            Number(json, "relativeLikelihood", ratio.Ratio);
            if (ratio.Interval is { } interval)
            {
                json.WriteStartObject("ci95");
                Number(json, "lower", interval.Lower);
                Number(json, "upper", interval.Upper);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("ci95");
            }

            Number(json, "pValue", ratio.PValue);
            json.WriteString("band", _view.BandKey(ratio.Band));
            json.WriteBoolean("smallNumbers", ratio.SmallNumbers);
            if (ratio.UndefinedReason == UndefinedReason.None)
            {
                json.WriteNull("undefinedReason");
            }
            else
            {
                json.WriteString("undefinedReason", ratio.UndefinedReason.ToString());
            }

            json.WriteBoolean("rolling", result.Rolling);
            json.WriteNumber("yearsPooled", result.YearsPooled);
            json.WriteString("intervalMethod", ratio.IntervalMethod.ToString());
            json.WriteString("pValueMethod", ratio.PValueMethod.ToString());
            if (_view.Comparison is { } comparison)
            {
                LikelihoodComparison(json, result, comparison.Likelihood(likelihood));
            }
        }

        json.WriteEndObject();
    }

    private void LikelihoodComparison(Utf8JsonWriter json, LikelihoodIndicatorResult result, PreviousLikelihood? previous)
    {
        if (previous is null)
        {
            NoCounterpart(json);
            json.WriteNull("intervalsOverlap");
            return;
        }

        var ratio = result.RelativeLikelihood!;
        json.WriteStartObject("previous");
        PreviousGroup(json, _view.ReferenceKey, previous.Reference);
        PreviousGroup(json, _view.FocusKey, previous.Focus);
        PreviousGroup(json, "unknown", previous.Unknown);
        Number(json, "relativeLikelihood", previous.Ratio);
        if (previous.Interval is { } interval)
        {
            json.WriteStartObject("ci95");
            Number(json, "lower", interval.Lower);
            Number(json, "upper", interval.Upper);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("ci95");
        }

        Number(json, "pValue", previous.PValue);
        if (previous.Band is { } band)
        {
            json.WriteString("band", _view.BandKey(band));
        }
        else
        {
            json.WriteNull("band");
        }

        Boolean(json, "smallNumbers", previous.SmallNumbers);
        Boolean(json, "rolling", previous.Rolling);
        json.WriteEndObject();
        var alike = ReportComparison.PooledAlike(result, previous);
        json.WriteStartObject("change");
        GroupChange(json, _view.ReferenceKey, result.Reference, previous.Reference, alike);
        GroupChange(json, _view.FocusKey, result.Focus, previous.Focus, alike);
        GroupChange(json, "unknown", result.Unknown, previous.Unknown, alike);
        Number(json, "relativeLikelihood", ReportComparison.Difference(ratio.Ratio, previous.Ratio));
        json.WriteEndObject();
        json.WriteBoolean("pooledAlike", alike);
        Boolean(json, "intervalsOverlap", ReportComparison.IntervalsOverlap(result, previous));
    }

    private void WriteSurvey(Utf8JsonWriter json, SurveyIndicatorResult survey)
    {
        Start(json, survey.Id, survey.Measure.Title, survey.Status);
        if (survey.Status == IndicatorStatus.Computed)
        {
            json.WriteString("direction", survey.Measure.Direction.ToString());
            json.WriteBoolean("focusGroupOnly", survey.Measure.FocusGroupOnly);
            Number(json, _view.ReferenceKey + "Percent", survey.ReferencePercent);
            Number(json, _view.FocusKey + "Percent", survey.FocusPercent);
            Number(json, "gapPercentagePoints", survey.GapPercentagePoints);
            OptionalCount(json, _view.ReferenceKey + "Respondents", survey.ReferenceRespondents);
            OptionalCount(json, _view.FocusKey + "Respondents", survey.FocusRespondents);
            if (survey.AdverseToFocus is { } adverse)
            {
                json.WriteBoolean("adverseTo" + ReportView.Pascal(_view.FocusKey), adverse);
            }
            else
            {
                json.WriteNull("adverseTo" + ReportView.Pascal(_view.FocusKey));
            }

            if (_view.Comparison is { } comparison)
            {
                SurveyComparison(json, survey, comparison.Survey(survey.Id));
            }
        }

        json.WriteEndObject();
    }

    private void SurveyComparison(Utf8JsonWriter json, SurveyIndicatorResult survey, PreviousSurvey? previous)
    {
        if (previous is null)
        {
            NoCounterpart(json);
            return;
        }

        json.WriteStartObject("previous");
        Number(json, _view.ReferenceKey + "Percent", previous.ReferencePercent);
        Number(json, _view.FocusKey + "Percent", previous.FocusPercent);
        Number(json, "gapPercentagePoints", previous.GapPercentagePoints);
        PreviousCount(json, _view.ReferenceKey + "Respondents", previous.ReferenceRespondents);
        PreviousCount(json, _view.FocusKey + "Respondents", previous.FocusRespondents);
        json.WriteEndObject();
        json.WriteStartObject("change");
        Number(json, _view.ReferenceKey + "Percent", ReportComparison.Difference(survey.ReferencePercent, previous.ReferencePercent));
        Number(json, _view.FocusKey + "Percent", ReportComparison.Difference(survey.FocusPercent, previous.FocusPercent));
        Number(json, "gapPercentagePoints", ReportComparison.Difference(survey.GapPercentagePoints, previous.GapPercentagePoints));
        OptionalCountChange(json, _view.ReferenceKey + "Respondents", survey.ReferenceRespondents, previous.ReferenceRespondents);
        OptionalCountChange(json, _view.FocusKey + "Respondents", survey.FocusRespondents, previous.FocusRespondents);
        json.WriteEndObject();
    }

    private void WriteBoard(Utf8JsonWriter json)
    {
        var board = _view.Report.Board;
        Start(json, board.Id, _view.BoardTitle, board.Status);
        if (board.Status == IndicatorStatus.Computed)
        {
            Number(json, "workforce" + ReportView.Pascal(_view.FocusKey) + "Percent", _view.Report.Workforce?.PercentOf(ComparisonGroup.Focus));
            var previous = _view.Comparison?.Board(board.Id);
            Subset(json, "total", board.Total, previous?.Total);
            Subset(json, "voting", board.Voting, previous?.Voting);
            Subset(json, "executive", board.Executive, previous?.Executive);
        }

        json.WriteEndObject();
    }

    private void Subset(Utf8JsonWriter json, string name, BoardSubset subset, PreviousSubset? previous)
    {
        json.WriteStartObject(name);
        Count(json, "members", subset.Members.Total);
        Groups(json, subset.Members);
        Number(json, _view.FocusKey + "Percent", subset.FocusPercent);
        Number(json, "differencePercentagePoints", subset.DifferencePercentagePoints);
        if (_view.Comparison is not null)
        {
            if (previous is null)
            {
                NoCounterpart(json);
            }
            else
            {
                json.WriteStartObject("previous");
                PreviousCount(json, "members", previous.Members.Total);
                PreviousGroups(json, previous.Members);
                Number(json, _view.FocusKey + "Percent", previous.FocusPercent);
                Number(json, "differencePercentagePoints", previous.DifferencePercentagePoints);
                json.WriteEndObject();
                json.WriteStartObject("change");
                CountChange(json, "members", subset.Members.Total, previous.Members.Total);
                GroupChanges(json, subset.Members, previous.Members);
                Number(json, _view.FocusKey + "Percent", ReportComparison.Difference(subset.FocusPercent, previous.FocusPercent));
                Number(json, "differencePercentagePoints", ReportComparison.Difference(subset.DifferencePercentagePoints, previous.DifferencePercentagePoints));
                json.WriteEndObject();
            }
        }

        json.WriteEndObject();
    }

    private void WriteDataQuality(Utf8JsonWriter json)
    {
        var quality = _view.Report.DataQuality;
        json.WriteStartObject("dataQuality");
        json.WriteBoolean("hasRejections", quality.HasRejections);
        json.WriteStartArray("files");
        foreach (var source in quality.Sources)
        {
            json.WriteStartObject();
            Text(json, "file", source.Source);
            json.WriteNumber("rowsRead", source.RowsRead);
            json.WriteNumber("rowsCounted", source.RowsCounted);
            json.WriteNumber("rowsExcluded", source.RowsExcluded);
            json.WriteNumber("rowsRejected", source.RowsRejected);
            json.WriteBoolean("reconciles", source.Reconciles);
            json.WriteStartArray("exclusions");
            foreach (var exclusion in source.Exclusions)
            {
                json.WriteStartObject();
                json.WriteString("rule", exclusion.Rule.ToString());
                if (exclusion.Detail is not null)
                {
                    Text(json, "detail", exclusion.Detail);
                }

                json.WriteNumber("rows", exclusion.Rows);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("issues");
            foreach (var issue in source.Issues)
            {
                json.WriteStartObject();
                if (issue.Line is { } line)
                {
                    json.WriteNumber("line", line);
                }
                else
                {
                    json.WriteNull("line");
                }

                Text(json, "column", issue.Column);
                Text(json, "code", issue.Code);
                json.WriteString("severity", issue.Severity.ToString());
                Text(json, "message", issue.Message);
                json.WriteNumber("occurrences", issue.Occurrences);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("issuesOmitted", source.IssuesOmitted);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Start(Utf8JsonWriter json, string id, string title, IndicatorStatus status)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        Text(json, "title", title);
        json.WriteString("status", status == IndicatorStatus.Computed ? "Computed" : "NotProvided");
    }

    private void Groups(Utf8JsonWriter json, GroupTally tally)
    {
        Count(json, _view.ReferenceKey, tally.Reference);
        Count(json, _view.FocusKey, tally.Focus);
        Count(json, "unknown", tally.Unknown);
    }

    private void Group(Utf8JsonWriter json, string name, Proportion proportion)
    {
        json.WriteStartObject(name);
        Count(json, "events", proportion.Events);
        Count(json, "base", proportion.Base);
        Number(json, "likelihood", proportion.Value);
        json.WriteEndObject();
    }

    private static void NoCounterpart(Utf8JsonWriter json)
    {
        json.WriteNull("previous");
        json.WriteNull("change");
    }

    private void PreviousGroups(Utf8JsonWriter json, PreviousTally tally)
    {
        PreviousCount(json, _view.ReferenceKey, tally.Reference);
        PreviousCount(json, _view.FocusKey, tally.Focus);
        PreviousCount(json, "unknown", tally.Unknown);
    }

    private void GroupChanges(Utf8JsonWriter json, GroupTally tally, PreviousTally previous)
    {
        CountChange(json, _view.ReferenceKey, tally.Reference, previous.Reference);
        CountChange(json, _view.FocusKey, tally.Focus, previous.Focus);
        CountChange(json, "unknown", tally.Unknown, previous.Unknown);
    }

    private void PreviousGroup(Utf8JsonWriter json, string name, PreviousProportion previous)
    {
        json.WriteStartObject(name);
        PreviousCount(json, "events", previous.Events);
        PreviousCount(json, "base", previous.Base);
        Number(json, "likelihood", previous.Likelihood);
        json.WriteEndObject();
    }

    private void GroupChange(Utf8JsonWriter json, string name, Proportion proportion, PreviousProportion previous, bool pooledAlike)
    {
        json.WriteStartObject(name);
        CountChange(json, "events", proportion.Events, pooledAlike ? previous.Events : null);
        CountChange(json, "base", proportion.Base, pooledAlike ? previous.Base : null);
        Number(json, "likelihood", ReportComparison.Difference(proportion.Value, previous.Likelihood));
        json.WriteEndObject();
    }

    /// <summary>Last year's count as shown: through disclosure control when publishing; <c>null</c> when unknown.</summary>
    private void PreviousCount(Utf8JsonWriter json, string name, int? previous)
    {
        if (previous is { } count)
        {
            Count(json, name, count);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private void CountChange(Utf8JsonWriter json, string name, int current, int? previous)
    {
        if (_view.CountChange(current, previous) is { } change)
        {
            json.WriteNumber(name, change);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private void OptionalCountChange(Utf8JsonWriter json, string name, int? current, int? previous)
    {
        if (current is { } count)
        {
            CountChange(json, name, count, previous);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Boolean(Utf8JsonWriter json, string name, bool? value)
    {
        if (value is { } flag)
        {
            json.WriteBoolean(name, flag);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private void Count(Utf8JsonWriter json, string name, int value)
    {
        var shown = _view.Count(value);
        if (shown.Value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteString(name, shown.Text);
        }
    }

    private void OptionalCount(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } count)
        {
            Count(json, name, count);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number && double.IsFinite(number))
        {
            if (_view.Publish && Numbers.PublishedDecimals(name) is { } decimals && Math.Abs(number) < 7.9e27)
            {
                json.WriteNumber(name, Numbers.Published(number, decimals));
            }
            else
            {
                json.WriteNumber(name, number);
            }
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, _view.Publish && Numbers.PublishedDecimals(name) is { } decimals ? Numbers.Published(number, decimals) : number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, TextSafety.Clean(value));
        }
    }
}
