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
/// <item><c>Measure</c>: what the row holds: <c>Title</c> (the report's title on the first <c>Report</c> row, an
/// indicator's title on its own rows), <c>Synthetic</c> and <c>SyntheticNote</c> (synthetic sample data only), <c>Status</c>, <c>Count</c>, <c>Percent</c>,
/// <c>Events</c>, <c>Base</c>, <c>Likelihood</c> (a proportion, 0 to 1), <c>RelativeLikelihood</c> (with
/// <c>Lower95</c>/<c>Upper95</c>), <c>PValue</c>, <c>Band</c>, <c>UndefinedReason</c>, <c>SmallNumbers</c>,
/// <c>YearsPooled</c>, <c>Respondents</c>, <c>GapPercentagePoints</c> (a score from 0 to 10, the WDES engagement
/// score: <c>Score</c> and <c>GapPoints</c> instead of <c>Percent</c> and <c>GapPercentagePoints</c>), <c>Suppressed</c>
/// (why a published ratio is withheld), <c>Finding</c> (the ratio in one sentence), <c>Members</c>,
/// <c>DifferencePercentagePoints</c>, <c>RowsRead</c>, <c>RowsCounted</c>, <c>RowsExcluded</c>,
/// <c>RowsRejected</c>, <c>Excluded</c>, <c>IssuesOmitted</c>, and an issue's severity (<c>Error</c>,
/// <c>Warning</c>, <c>Note</c>, with the line in <c>Value</c>, the rows with that finding in <c>Total</c> and the
/// column and message in <c>Text</c>).</item>
/// <item>Indicator 2's breakdowns follow its own rows: <c>Segment</c> <c>ByBand</c> or <c>ByStaffGroup</c> (whenever
/// the recruitment file has the column) with the band or staff group in <c>Row</c>, and the indicator's measures
/// (<c>Events</c> … <c>SmallNumbers</c>, <c>Suppressed</c>) for each; with <see cref="ReportWriterOptions.Detail"/>,
/// <c>Segment</c> <c>Detail</c> with the detailed ethnic group in <c>Row</c> (<c>WhiteBritish</c> … <c>Unknown</c>) and
/// its <c>Events</c>, <c>Base</c> and <c>Likelihood</c> in <c>Value</c>.</item>
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
internal sealed partial class CsvReportWriter
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
        WriteModelEmployer();
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
        Row(Id, "Title", text: _view.Title);
        if (_view.Synthetic)
        {
            Row(Id, "Synthetic", text: "Yes");
            Row(Id, "SyntheticNote", text: ReportView.SyntheticNote);
        }

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
}
