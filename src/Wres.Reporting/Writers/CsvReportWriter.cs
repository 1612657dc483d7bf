using System.Globalization;
using System.Text;
using Wres.Core;
using Wres.Core.Indicators;
using Wres.Core.Statistics;
using Wres.Core.Workforce;
using Wres.Reporting.Comparison;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Writers;

/// <summary>
/// Writes the report as one CSV table laid out like the WRES reporting template: one header row, then one row per
/// indicator line. RFC 4180: fields holding a comma, a quote or a line break are quoted, quotes doubled; CRLF line
/// ends.
/// </summary>
/// <remarks>
/// <para>Columns: <c>Indicator, Segment, Row, Measure, {reference label}, {focus label}, Unknown, Total, Value,
/// Lower95, Upper95, Text</c>.</para>
/// <list type="bullet">
/// <item><c>Indicator</c>: <c>Report</c> (title rows), <c>Workforce</c>, an indicator id (<c>1</c> … <c>9</c>; WDES
/// <c>1</c>, <c>2</c>, <c>3</c>, <c>4a(i)</c> … <c>9a</c>, <c>10</c>) or <c>DataQuality</c>.</item>
/// <item><c>Segment</c>: indicator 1's segment (<c>NonClinical</c>, <c>Clinical</c>, <c>MedicalAndDental</c>, or
/// <c>All</c> for the whole workforce); for <c>DataQuality</c> rows, the file.</item>
/// <item><c>Row</c>: the band, grade group or cluster (<c>All</c> for a total); the board subset (<c>Total</c>,
/// <c>Voting</c>, <c>Executive</c>, <c>Workforce</c>); the selection or exclusion rule; an issue's code.</item>
/// <item><c>Measure</c>: what the row holds: <c>Title</c>, <c>Status</c>, <c>Count</c>, <c>Percent</c>,
/// <c>Events</c>, <c>Base</c>, <c>Likelihood</c> (a proportion, 0 to 1), <c>RelativeLikelihood</c> (with
/// <c>Lower95</c>/<c>Upper95</c>), <c>PValue</c>, <c>Band</c>, <c>UndefinedReason</c>, <c>SmallNumbers</c>,
/// <c>YearsPooled</c>, <c>Respondents</c>, <c>GapPercentagePoints</c>, <c>Members</c>,
/// <c>DifferencePercentagePoints</c>, <c>RowsRead</c>, <c>RowsCounted</c>, <c>RowsExcluded</c>,
/// <c>RowsRejected</c>, <c>Excluded</c>, <c>IssuesOmitted</c>, and an issue's severity (<c>Error</c>,
/// <c>Warning</c>, <c>Note</c>, with the line in <c>Value</c>, the rows with that finding in <c>Total</c> and the
/// column and message in <c>Text</c>).</item>
/// <item>The group columns hold the reference, focus and Unknown figures; <c>Value</c> a single figure;
/// <c>Text</c> any text (titles, band, status, the organisation's name).</item>
/// </list>
/// <para>Numbers are unrounded, like JSON (doubles in their shortest round-trip form, invariant culture), so a
/// spreadsheet can compute with them and format them; an undefined value is an empty cell. When publishing, counts
/// are the disclosed values (<c>*</c> or <c>&lt;5</c> when suppressed). Text cells, and only text cells, that
/// start with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return get a leading <c>'</c> so a
/// spreadsheet does not run them as formulas; numbers, negative ones included, stay numbers.</para>
/// <para>With a comparison (<see cref="ReportWriterOptions.CompareWith"/>) two columns follow <c>Text</c>:
/// <c>Previous</c> (last year's figure) and <c>Change</c> (this year's minus last year's, in the figure's units:
/// a count difference, percentage points, a likelihood or ratio difference), for the row's headline figure: the
/// <c>Value</c> column when the row has one, otherwise the focus group's column (BME or Disabled). Both are empty
/// when last year's report has no counterpart; a <c>Report</c> row <c>ComparedWith</c> names last year, and each
/// relative likelihood gains an <c>IntervalsOverlap</c> row (<c>Yes</c>, <c>No</c>, or empty when either 95%
/// interval is unknown). <c>Previous</c> holds last year's band and small-numbers flag as text on those rows,
/// neutralised like any text.</para>
/// <para>A roll-up (<see cref="Core.RollUp.RollUpReport"/>) is one table with one header row and an
/// <c>Organisation</c> column first: the combined report's rows come first with <c>Organisation</c> blank (whether or
/// not the roll-up has a name, so a blank always means the combined figures; the name is on the combined report's
/// <c>Report</c> / <c>Organisation</c> row), then each organisation's rows, in order, with its code (neutralised
/// like any text). Each organisation's block is a full report, from its <c>Report</c> rows to its
/// <c>DataQuality</c> rows. A single report has no <c>Organisation</c> column.</para>
/// </remarks>
internal sealed class CsvReportWriter
{
    private const string LineEnd = "\r\n";
    private readonly ReportView _view;
    private readonly TextWriter _output;

    /// <summary>Whether the <c>Previous</c> and <c>Change</c> columns are written.</summary>
    private readonly bool _compared;

    /// <summary>The <c>Organisation</c> cell that starts every row of a roll-up; <see langword="null"/> when there is no such column.</summary>
    private readonly CsvCell? _organisation;

    public CsvReportWriter(ReportView view, TextWriter output)
        : this(view, output, view.Comparison is not null, organisation: null)
    {
    }

    private CsvReportWriter(ReportView view, TextWriter output, bool compared, CsvCell? organisation)
    {
        _view = view;
        _output = output;
        _compared = compared;
        _organisation = organisation;
    }

    /// <summary>A cell as it is written: text neutralised against formula injection, then quoted when needed.</summary>
    public static string Encode(CsvCell cell)
    {
        if (cell.Value is not { Length: > 0 } value)
        {
            return string.Empty;
        }

        if (cell.IsText && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    public void Write()
    {
        WriteHeader();
        WriteBody();
    }

    /// <summary>
    /// Writes a roll-up: one header row (<c>Organisation</c> first), the combined report's rows with a blank
    /// <c>Organisation</c>, then each organisation's rows with its code. <c>Previous</c> and <c>Change</c> are there
    /// for every row when comparing, empty for an organisation last year's report does not have.
    /// </summary>
    public static void Write(RollUpView rollUp, TextWriter output)
    {
        var compared = rollUp.Combined.Comparison is not null;
        var combined = new CsvReportWriter(rollUp.Combined, output, compared, CsvCell.Text(null));
        combined.WriteHeader();
        combined.WriteBody();
        foreach (var organisation in rollUp.Organisations)
        {
            new CsvReportWriter(organisation, output, compared, CsvCell.Text(organisation.Report.Organisation)).WriteBody();
        }
    }

    private void WriteHeader() =>
        Line(
            _organisation is null ? null : CsvCell.Text("Organisation"),
            CsvCell.Text("Indicator"), CsvCell.Text("Segment"), CsvCell.Text("Row"), CsvCell.Text("Measure"),
            CsvCell.Text(_view.Reference), CsvCell.Text(_view.Focus), CsvCell.Text("Unknown"), CsvCell.Text("Total"),
            CsvCell.Text("Value"), CsvCell.Text("Lower95"), CsvCell.Text("Upper95"), CsvCell.Text("Text"),
            CsvCell.Text("Previous"), CsvCell.Text("Change"));

    private void WriteBody()
    {
        WriteReportRows();
        if (_view.DataQualityOnly)
        {
            WriteDataQuality();
            return;
        }

        WriteWorkforce();
        WriteRepresentation();
        foreach (var likelihood in _view.Likelihoods)
        {
            WriteLikelihood(likelihood);
        }

        foreach (var survey in _view.Report.Survey)
        {
            WriteSurvey(survey);
        }

        WriteBoard();
        WriteDataQuality();
    }

    private void WriteReportRows()
    {
        var report = _view.Report;
        const string Id = "Report";
        Row(Id, "Standard", text: _view.StandardCode);
        Row(Id, "Organisation", text: report.Organisation);
        Row(Id, "Year", text: report.Year.ToString());
        Row(Id, "PeriodStart", text: ReportView.Date(report.Year.Start));
        Row(Id, "PeriodEnd", text: ReportView.Date(report.Year.End));
        Row(Id, "Snapshot", text: ReportView.Date(report.Year.Snapshot));
        Row(Id, "ReferenceGroup", text: report.ReferenceLabel);
        Row(Id, "FocusGroup", text: report.FocusLabel);
        Row(Id, "Published", text: _view.Publish ? "Yes" : "No");
        if (_view.PublicationNote is { } note)
        {
            Row(Id, "Disclosure", text: note);
        }

        if (_view.Comparison is { } comparison)
        {
            Row(Id, "ComparedWith", text: comparison.Year);
            Row(Id, "ComparedWithPublished", text: comparison.PreviousPublished ? "Yes" : "No");
        }
    }

    private void WriteWorkforce()
    {
        const string Id = "Workforce";
        var report = _view.Report;
        if (report.Workforce is not { } workforce)
        {
            Row(Id, "Status", text: "NotProvided");
            return;
        }

        var previous = _view.Comparison?.Workforce;
        Row(
            Id,
            "Count",
            reference: Count(workforce.Reference),
            focus: Count(workforce.Focus),
            unknown: Count(workforce.Unknown),
            total: Count(workforce.Total),
            previous: PreviousCount(previous?.Counts.Focus),
            change: CountChange(workforce.Focus, previous?.Counts.Focus));
        Row(
            Id,
            "Percent",
            reference: CsvCell.Number(workforce.PercentOf(ComparisonGroup.Reference)),
            focus: CsvCell.Number(workforce.PercentOf(ComparisonGroup.Focus)),
            unknown: CsvCell.Number(workforce.PercentOf(ComparisonGroup.Unknown)),
            previous: CsvCell.Number(previous?.FocusPercent),
            change: CsvCell.Number(ReportComparison.Difference(workforce.PercentOf(ComparisonGroup.Focus), previous?.FocusPercent)));
        Row(
            Id,
            "Known" + ReportView.Pascal(_view.FocusKey) + "Percent",
            value: CsvCell.Number(workforce.KnownFocusPercent),
            previous: CsvCell.Number(previous?.KnownFocusPercent),
            change: CsvCell.Number(ReportComparison.Difference(workforce.KnownFocusPercent, previous?.KnownFocusPercent)));
        Row(
            Id,
            "DeclarationRate",
            value: CsvCell.Number(workforce.DeclarationRate),
            previous: CsvCell.Number(previous?.DeclarationRate),
            change: CsvCell.Number(ReportComparison.Difference(workforce.DeclarationRate, previous?.DeclarationRate)));
        foreach (var rule in Enum.GetValues<SelectionRule>())
        {
            if (report.Selection.TryGetValue(rule, out var people))
            {
                Row(Id, "PeopleDecidedBy", row: rule.ToString(), total: Count(people));
            }
        }
    }

    private void WriteRepresentation()
    {
        var representation = _view.Report.Representation;
        var id = representation.Id;
        Title(id, _view.RepresentationTitle, representation.Status);
        foreach (var segment in _view.Segments)
        {
            foreach (var row in segment.Rows)
            {
                var counts = row.Counts;
                var previous = _view.Comparison?.Row(segment.Key, row.Label);
                Row(
                    id,
                    "Count",
                    segment.Key,
                    row.Label,
                    Count(counts.Reference),
                    Count(counts.Focus),
                    Count(counts.Unknown),
                    Count(counts.Total),
                    previous: PreviousCount(previous?.Counts.Focus),
                    change: CountChange(counts.Focus, previous?.Counts.Focus));
                Row(
                    id,
                    "Percent",
                    segment.Key,
                    row.Label,
                    CsvCell.Number(row.ReferencePercent),
                    CsvCell.Number(row.FocusPercent),
                    CsvCell.Number(row.UnknownPercent),
                    text: row.Applicable ? null : "NotApplicable",
                    previous: CsvCell.Number(previous?.FocusPercent),
                    change: CsvCell.Number(ReportComparison.Difference(row.FocusPercent, previous?.FocusPercent)));
            }
        }
    }

    private void WriteLikelihood(LikelihoodView likelihood)
    {
        var result = likelihood.Result;
        var id = likelihood.Id;
        Title(id, likelihood.Title, result.Status);
        if (!likelihood.IsProvided)
        {
            return;
        }

        var ratio = result.RelativeLikelihood!;
        var previous = _view.Comparison?.Likelihood(likelihood);
        var focus = previous?.Focus;
        var focusCounts = ReportComparison.PooledAlike(result, previous) ? focus : null;
        Row(
            id,
            "Events",
            reference: Count(result.Reference.Events),
            focus: Count(result.Focus.Events),
            unknown: Count(result.Unknown.Events),
            previous: PreviousCount(focus?.Events),
            change: CountChange(result.Focus.Events, focusCounts?.Events));
        Row(
            id,
            "Base",
            reference: Count(result.Reference.Base),
            focus: Count(result.Focus.Base),
            unknown: Count(result.Unknown.Base),
            previous: PreviousCount(focus?.Base),
            change: CountChange(result.Focus.Base, focusCounts?.Base));
        Row(
            id,
            "Likelihood",
            reference: CsvCell.Number(result.Reference.Value),
            focus: CsvCell.Number(result.Focus.Value),
            unknown: CsvCell.Number(result.Unknown.Value),
            previous: CsvCell.Number(focus?.Likelihood),
            change: CsvCell.Number(ReportComparison.Difference(result.Focus.Value, focus?.Likelihood)));
        Row(
            id,
            "RelativeLikelihood",
            value: CsvCell.Number(ratio.Ratio),
            lower: CsvCell.Number(ratio.Interval?.Lower),
            upper: CsvCell.Number(ratio.Interval?.Upper),
            text: likelihood.OrientationKey,
            previous: CsvCell.Number(previous?.Ratio),
            change: CsvCell.Number(ReportComparison.Difference(ratio.Ratio, previous?.Ratio)));
        Row(id, "PValue", value: CsvCell.Number(ratio.PValue), previous: CsvCell.Number(previous?.PValue));
        Row(id, "Band", text: _view.BandKey(ratio.Band), previous: CsvCell.Text(previous?.Band is { } band ? _view.BandKey(band) : null));
        Row(id, "UndefinedReason", text: ratio.UndefinedReason == UndefinedReason.None ? null : ratio.UndefinedReason.ToString());
        Row(id, "SmallNumbers", text: ratio.SmallNumbers ? "Yes" : "No", previous: CsvCell.Text(YesNo(previous?.SmallNumbers)));
        Row(id, "YearsPooled", value: CsvCell.Number(result.YearsPooled), previous: previous?.Rolling is { } rolling ? CsvCell.Number(rolling ? 2 : 1) : default);
        if (_view.Comparison is not null)
        {
            Row(id, "IntervalsOverlap", text: YesNo(ReportComparison.IntervalsOverlap(result, previous)));
        }
    }

    private void WriteSurvey(SurveyIndicatorResult survey)
    {
        var id = survey.Id;
        Title(id, survey.Measure.Title, survey.Status);
        if (survey.Status != IndicatorStatus.Computed)
        {
            return;
        }

        var previous = _view.Comparison?.Survey(id);
        Row(
            id,
            "Percent",
            reference: CsvCell.Number(survey.ReferencePercent),
            focus: CsvCell.Number(survey.FocusPercent),
            previous: CsvCell.Number(previous?.FocusPercent),
            change: CsvCell.Number(ReportComparison.Difference(survey.FocusPercent, previous?.FocusPercent)));
        Row(
            id,
            "Respondents",
            reference: OptionalCount(survey.ReferenceRespondents),
            focus: OptionalCount(survey.FocusRespondents),
            previous: PreviousCount(previous?.FocusRespondents),
            change: survey.FocusRespondents is { } respondents ? CountChange(respondents, previous?.FocusRespondents) : default);
        Row(
            id,
            "GapPercentagePoints",
            value: CsvCell.Number(survey.GapPercentagePoints),
            text: survey.Measure.Direction.ToString(),
            previous: CsvCell.Number(previous?.GapPercentagePoints),
            change: CsvCell.Number(ReportComparison.Difference(survey.GapPercentagePoints, previous?.GapPercentagePoints)));
    }

    private void WriteBoard()
    {
        var board = _view.Report.Board;
        var id = board.Id;
        Title(id, _view.BoardTitle, board.Status);
        if (board.Status != IndicatorStatus.Computed)
        {
            return;
        }

        var previous = _view.Comparison?.Board(id);
        Subset("Total", board.Total, previous?.Total);
        Subset("Voting", board.Voting, previous?.Voting);
        Subset("Executive", board.Executive, previous?.Executive);
        var workforcePercent = _view.Report.Workforce?.PercentOf(ComparisonGroup.Focus);
        var previousWorkforcePercent = _view.Comparison?.Workforce?.FocusPercent;
        Row(
            id,
            "Percent",
            row: "Workforce",
            focus: CsvCell.Number(workforcePercent),
            previous: CsvCell.Number(previousWorkforcePercent),
            change: CsvCell.Number(ReportComparison.Difference(workforcePercent, previousWorkforcePercent)));

        void Subset(string name, BoardSubset subset, PreviousSubset? before)
        {
            var members = subset.Members;
            Row(
                id,
                "Members",
                row: name,
                reference: Count(members.Reference),
                focus: Count(members.Focus),
                unknown: Count(members.Unknown),
                total: Count(members.Total),
                previous: PreviousCount(before?.Members.Focus),
                change: CountChange(members.Focus, before?.Members.Focus));
            Row(
                id,
                "Percent",
                row: name,
                reference: CsvCell.Number(members.PercentOf(ComparisonGroup.Reference)),
                focus: CsvCell.Number(members.PercentOf(ComparisonGroup.Focus)),
                unknown: CsvCell.Number(members.PercentOf(ComparisonGroup.Unknown)),
                previous: CsvCell.Number(before?.FocusPercent),
                change: CsvCell.Number(ReportComparison.Difference(subset.FocusPercent, before?.FocusPercent)));
            Row(
                id,
                "DifferencePercentagePoints",
                row: name,
                value: CsvCell.Number(subset.DifferencePercentagePoints),
                previous: CsvCell.Number(before?.DifferencePercentagePoints),
                change: CsvCell.Number(ReportComparison.Difference(subset.DifferencePercentagePoints, before?.DifferencePercentagePoints)));
        }
    }

    private void WriteDataQuality()
    {
        const string Id = "DataQuality";
        foreach (var source in _view.Report.DataQuality.Sources)
        {
            var file = source.Source;
            Row(Id, "RowsRead", file, value: CsvCell.Number(source.RowsRead));
            Row(Id, "RowsCounted", file, value: CsvCell.Number(source.RowsCounted));
            Row(Id, "RowsExcluded", file, value: CsvCell.Number(source.RowsExcluded));
            Row(Id, "RowsRejected", file, value: CsvCell.Number(source.RowsRejected));
            foreach (var exclusion in source.Exclusions)
            {
                Row(Id, "Excluded", file, exclusion.Rule.ToString(), value: CsvCell.Number(exclusion.Rows), text: exclusion.Detail);
            }

            foreach (var issue in source.Issues)
            {
                Row(
                    Id,
                    issue.Severity.ToString(),
                    file,
                    issue.Code,
                    total: CsvCell.Number(issue.Occurrences),
                    value: issue.Line is { } line ? CsvCell.Number(line) : default,
                    text: issue.Column is null ? issue.Message : issue.Column + ": " + issue.Message);
            }

            if (source.IssuesOmitted > 0)
            {
                Row(Id, "IssuesOmitted", file, value: CsvCell.Number(source.IssuesOmitted));
            }
        }
    }

    private void Title(string id, string title, IndicatorStatus status)
    {
        Row(id, "Title", text: title);
        Row(id, "Status", text: status == IndicatorStatus.Computed ? "Computed" : "NotProvided");
    }

    private CsvCell Count(int value) => CsvCell.Count(_view.Count(value));

    private CsvCell OptionalCount(int? value) => value is { } count ? Count(count) : default;

    private CsvCell PreviousCount(int? value) => _view.PreviousCount(value) is { } count ? CsvCell.Count(count) : default;

    private CsvCell CountChange(int current, int? previous) => _view.CountChange(current, previous) is { } change ? CsvCell.Number(change) : default;

    private static string? YesNo(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        null => null,
    };

    private void Row(
        string indicator,
        string measure,
        string? segment = null,
        string? row = null,
        CsvCell reference = default,
        CsvCell focus = default,
        CsvCell unknown = default,
        CsvCell total = default,
        CsvCell value = default,
        CsvCell lower = default,
        CsvCell upper = default,
        string? text = null,
        CsvCell previous = default,
        CsvCell change = default)
    {
        if (_view.Publish && Numbers.PublishedDecimals(measure) is { } decimals)
        {
            reference = Published(reference, decimals);
            focus = Published(focus, decimals);
            unknown = Published(unknown, decimals);
            total = Published(total, decimals);
            value = Published(value, decimals);
            lower = Published(lower, decimals);
            upper = Published(upper, decimals);
            previous = Published(previous, decimals);
            change = Published(change, decimals);
        }

        Emit(
            CsvCell.Text(indicator), CsvCell.Text(segment), CsvCell.Text(row), CsvCell.Text(measure),
            reference, focus, unknown, total, value, lower, upper, CsvCell.Text(text), previous, change);
    }

    /// <summary>A number cell at the precision of the page (publish mode); text cells and blanks as they are.</summary>
    private static CsvCell Published(CsvCell cell, int decimals) =>
        !cell.IsText && cell.Value is { Length: > 0 } text && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? CsvCell.Number(Numbers.Published(number, decimals))
            : cell;

    /// <summary>Writes a data line: in a roll-up the <c>Organisation</c> cell first, then the cells.</summary>
    private void Emit(params CsvCell[] cells) => Line(_organisation, cells);

    /// <summary>
    /// Writes a line: <paramref name="first"/> when there is one (the <c>Organisation</c> column of a roll-up), then
    /// every cell, but the last two (<c>Previous</c>, <c>Change</c>) only with a comparison.
    /// </summary>
    private void Line(CsvCell? first, params CsvCell[] cells)
    {
        var count = _compared ? cells.Length : cells.Length - 2;
        var line = new StringBuilder(128);
        if (first is { } organisation)
        {
            line.Append(Encode(organisation)).Append(',');
        }

        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            line.Append(Encode(cells[i]));
        }

        line.Append(LineEnd);
        _output.Write(line.ToString());
    }
}
