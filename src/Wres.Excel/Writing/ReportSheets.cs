namespace Wres.Excel.Writing;

/// <summary>
/// Lays the report table out as the workbook's sheets, like the WRES reporting template: a Summary, indicator 1 by
/// segment and band, one sheet per relative likelihood, the survey indicators, the board, and the data quality.
/// A roll-up has an <c>Organisation</c> column first on every table (<c>All organisations</c> for the combined
/// figures); a comparison adds last year's figure and the change beside the headline figures.
/// </summary>
/// <remarks>
/// When publishing, a row of counts with a suppressed count shows no percentage, likelihood or difference at all
/// (they are computed from the unrounded counts, so any of them would give the hidden count back).
/// </remarks>
internal sealed partial class ReportSheets
{
    private const string AllOrganisations = "All organisations";
    private readonly ReportTable _table;
    private readonly List<SheetModel> _sheets = [];

    private ReportSheets(ReportTable table)
    {
        _table = table;
    }

    private string Word => _table.IsWdes ? "Metric" : "Indicator";

    private string Reference => _table.Reference;

    private string Focus => _table.Focus;

    public static IReadOnlyList<SheetModel> Build(ReportTable table, bool dataQualityOnly)
    {
        var sheets = new ReportSheets(table);
        sheets.Summary();
        if (!dataQualityOnly)
        {
            sheets.Indicators();
        }

        sheets.DataQuality();
        return sheets._sheets;
    }

    private void Indicators()
    {
        var blocks = new List<(string Id, List<ReportLine> Lines)>();
        foreach (var line in _table.Lines)
        {
            // The Model Employer trajectory is not an indicator: its rows (after indicator 1) have no sheet here.
            if (line.Indicator is "Report" or "Workforce" or "DataQuality" or "ModelEmployer")
            {
                continue;
            }

            var index = blocks.FindIndex(b => b.Id == line.Indicator);
            if (index < 0)
            {
                blocks.Add((line.Indicator, [line]));
            }
            else
            {
                blocks[index].Lines.Add(line);
            }
        }

        var survey = new List<(string Id, List<ReportLine> Lines)>();
        if (blocks.Count > 0)
        {
            Representation(blocks[0].Id, blocks[0].Lines);
        }

        for (var i = 1; i < blocks.Count - 1; i++)
        {
            var (id, lines) = blocks[i];
            if (IsSurvey(id, lines))
            {
                survey.Add((id, lines));
            }
            else
            {
                Likelihood(id, lines);
            }
        }

        if (survey.Count > 0)
        {
            Survey(survey);
        }

        if (blocks.Count > 1)
        {
            Board(blocks[^1].Id, blocks[^1].Lines);
        }
    }

    /// <summary>
    /// Whether an indicator is a staff survey one: it has survey rows, or, not provided, its id is one of the
    /// survey's (WRES 5 to 8; WDES 4a to 9a, every id from 4 on).
    /// </summary>
    private bool IsSurvey(string id, List<ReportLine> lines)
    {
        foreach (var line in lines)
        {
            if (line.Measure is "RelativeLikelihood" or "Events")
            {
                return false;
            }

            if (line.Measure is "GapPercentagePoints" or "Respondents")
            {
                return true;
            }
        }

        return !int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number >= (_table.IsWdes ? 4 : 5);
    }

    /// <summary>A new sheet, named within Excel's 31 characters.</summary>
    private SheetModel Sheet(string name, string title)
    {
        var sheet = new SheetModel(name.Length > 31 ? name[..31] : name, title);
        _sheets.Add(sheet);
        return sheet;
    }

    /// <summary>The table's heading: <c>Organisation</c> first for a roll-up, then the columns, then last year's when comparing.</summary>
    private void Header(SheetModel sheet, string[] columns, string[] compared)
    {
        if (_table.RollUp)
        {
            sheet.Header.Add("Organisation");
        }

        sheet.Header.AddRange(columns);
        if (_table.Compared)
        {
            sheet.Header.AddRange(compared);
        }
    }

    /// <summary>A table row: the organisation for a roll-up, the cells, last year's cells when comparing.</summary>
    private SheetCell[] Row(ReportLine owner, SheetCell[] cells, SheetCell[] compared, bool protect)
    {
        var row = new List<SheetCell>(cells.Length + compared.Length + 1);
        if (_table.RollUp)
        {
            row.Add(SheetCell.Of(owner.Organisation ?? AllOrganisations));
        }

        row.AddRange(cells);
        if (_table.Compared)
        {
            row.AddRange(compared);
        }

        var result = row.ToArray();
        if (protect)
        {
            Protect(result);
        }

        return result;
    }

    /// <summary>In a row with a suppressed count, clears every percentage and difference, which would give the count back.</summary>
    private static void Protect(SheetCell[] row)
    {
        var suppressed = false;
        foreach (var cell in row)
        {
            suppressed |= cell.IsSuppressed;
        }

        if (!suppressed)
        {
            return;
        }

        for (var i = 0; i < row.Length; i++)
        {
            if (row[i].Style is CellStyle.Percent or CellStyle.Points or CellStyle.SignedPoints)
            {
                row[i] = default;
            }
        }
    }

    /// <summary>The lines of each report in turn (the combined report's first, then each organisation's), in order.</summary>
    private static List<(string? Organisation, List<ReportLine> Lines)> ByOrganisation(IEnumerable<ReportLine> lines)
    {
        var groups = new List<(string? Organisation, List<ReportLine> Lines)>();
        foreach (var line in lines)
        {
            if (groups.Count == 0 || groups[^1].Organisation != line.Organisation)
            {
                groups.Add((line.Organisation, []));
            }

            groups[^1].Lines.Add(line);
        }

        return groups;
    }

    private static ReportLine? Find(List<ReportLine> lines, string measure, string? row = null) =>
        lines.Find(l => l.Measure == measure && (row is null || l.Row == row));

    private static string? Title(List<ReportLine> lines) => lines.Find(l => l.Measure == "Title")?.Text;

    /// <summary>The <c>Status</c> row says the indicator was not provided.</summary>
    private static bool NotProvided(List<ReportLine> lines) => lines.Exists(l => l.Measure == "Status" && l.Text == "NotProvided");

    private static SheetCell Count(string? value) => SheetCell.Figure(value, CellStyle.Count);

    private static SheetCell Ratio(string? value) => SheetCell.Figure(value, CellStyle.Ratio);

    private static SheetCell Points(string? value) => SheetCell.Figure(value, CellStyle.Points);

    private static SheetCell ChangeInCount(string? value) => SheetCell.Figure(value, CellStyle.SignedCount);

    private static SheetCell ChangeInPoints(string? value) => SheetCell.Figure(value, CellStyle.SignedPoints);

    private static SheetCell ChangeInRatio(string? value) => SheetCell.Figure(value, CellStyle.SignedRatio);

    /// <summary>A proportion (0 to 1), shown as a percentage.</summary>
    private static SheetCell Proportion(string? value) => SheetCell.Figure(value, CellStyle.Percent);
}
