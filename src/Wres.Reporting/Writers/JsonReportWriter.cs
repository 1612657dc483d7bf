using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Wres.Core;
using Wres.Core.Indicators;
using Wres.Core.Statistics;
using Wres.Core.Workforce;
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

    public void Write()
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            WriteReport(json);
        }

        _output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        _output.Write('\n');
    }

    private void WriteReport(Utf8JsonWriter json)
    {
        var report = _view.Report;
        json.WriteStartObject();
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

        if (_view.DataQualityOnly)
        {
            WriteDataQuality(json);
            json.WriteEndObject();
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
        json.WriteEndObject();
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
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            Number(json, "known" + ReportView.Pascal(_view.FocusKey) + "Percent", representation.KnownFocusPercent);
            Number(json, "declarationRate", representation.DeclarationRate);
        }

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
        }

        json.WriteEndObject();
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
        }

        json.WriteEndObject();
    }

    private void WriteBoard(Utf8JsonWriter json)
    {
        var board = _view.Report.Board;
        Start(json, board.Id, _view.BoardTitle, board.Status);
        if (board.Status == IndicatorStatus.Computed)
        {
            Number(json, "workforce" + ReportView.Pascal(_view.FocusKey) + "Percent", _view.Report.Workforce?.PercentOf(ComparisonGroup.Focus));
            Subset(json, "total", board.Total);
            Subset(json, "voting", board.Voting);
            Subset(json, "executive", board.Executive);
        }

        json.WriteEndObject();
    }

    private void Subset(Utf8JsonWriter json, string name, BoardSubset subset)
    {
        json.WriteStartObject(name);
        Count(json, "members", subset.Members.Total);
        Groups(json, subset.Members);
        Number(json, _view.FocusKey + "Percent", subset.FocusPercent);
        Number(json, "differencePercentagePoints", subset.DifferencePercentagePoints);
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

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number && double.IsFinite(number))
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
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
