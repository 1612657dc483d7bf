namespace Wres.Excel.Writing;

/// <summary>
/// Indicator 2's breakdowns (issue 11): a sheet of its rows by the post's pay band and staff group, each with the
/// indicator's counts and statistics, and, with <c>--detail</c>, a sheet of its detailed ethnic groups.
/// </summary>
internal sealed partial class ReportSheets
{
    private void Breakdowns(string id, List<ReportLine> lines)
    {
        var rows = lines.FindAll(l => l.Segment is "ByBand" or "ByStaffGroup");
        if (rows.Count > 0)
        {
            ByPost(id, rows);
        }

        var detail = lines.FindAll(l => l.Segment == "Detail");
        if (detail.Count > 0)
        {
            ByDetailedGroup(id, detail);
        }
    }

    private void ByPost(string id, List<ReportLine> lines)
    {
        var sheet = Sheet($"{Word} {id} by post", $"{Word} {id} by the pay band and staff group of the post");
        sheet.Notes.Add("Each row: the applications for posts of that pay band (or staff group), with the indicator's statistics; \"Not recognised or blank\" holds those whose value could not be read.");
        Header(
            sheet,
            [
                "By", "Pay band or staff group",
                $"{Reference} events", $"{Focus} events", "Unknown events",
                $"{Reference} base", $"{Focus} base", "Unknown base",
                $"{Reference} likelihood", $"{Focus} likelihood", "Unknown likelihood",
                "Relative likelihood", "Lower 95%", "Upper 95%", "p-value", "Band", "Small numbers", "Not defined because", "Not published because",
            ],
            []);
        foreach (var (_, group) in ByOrganisation(lines))
        {
            foreach (var key in group.Select(l => (l.Segment, l.Row)).Distinct())
            {
                var row = group.FindAll(l => l.Segment == key.Segment && l.Row == key.Row);
                var events = Find(row, "Events");
                var bases = Find(row, "Base");
                var likelihood = Find(row, "Likelihood");
                var ratio = Find(row, "RelativeLikelihood");
                sheet.Rows.Add(Row(
                    row[0],
                    [
                        SheetCell.Of(key.Segment == "ByBand" ? "Pay band" : "Staff group"), SheetCell.Of(key.Row),
                        Count(events?.Reference), Count(events?.Focus), Count(events?.Unknown),
                        Count(bases?.Reference), Count(bases?.Focus), Count(bases?.Unknown),
                        Proportion(likelihood?.Reference), Proportion(likelihood?.Focus), Proportion(likelihood?.Unknown),
                        Ratio(ratio?.Value), Ratio(ratio?.Lower), Ratio(ratio?.Upper),
                        SheetCell.Figure(Find(row, "PValue")?.Value, CellStyle.PValue),
                        SheetCell.Of(Find(row, "Band")?.Text),
                        SheetCell.Of(Find(row, "SmallNumbers")?.Text),
                        SheetCell.Of(Find(row, "UndefinedReason")?.Text),
                        SheetCell.Of(Find(row, "Suppressed")?.Text),
                    ],
                    [],
                    protect: true));
            }
        }
    }

    private void ByDetailedGroup(string id, List<ReportLine> lines)
    {
        var sheet = Sheet($"{Word} {id} by detailed group", $"{Word} {id} by detailed ethnic group");
        Header(sheet, ["Detailed group", "Events", "Base", "Likelihood"], []);
        foreach (var (_, group) in ByOrganisation(lines))
        {
            foreach (var name in group.Select(l => l.Row).Distinct())
            {
                var row = group.FindAll(l => l.Row == name);
                sheet.Rows.Add(Row(
                    row[0],
                    [SheetCell.Of(name), Count(Find(row, "Events")?.Value), Count(Find(row, "Base")?.Value), Proportion(Find(row, "Likelihood")?.Value)],
                    [],
                    protect: true));
            }
        }
    }
}
