namespace Wres.Excel.Writing;

/// <summary>A relative likelihood (WRES 2-4, WDES 2-3): events, base and likelihood by group, the ratio with its interval, p-value and band.</summary>
internal sealed partial class ReportSheets
{
    private void Likelihood(string id, List<ReportLine> lines)
    {
        var sheet = Sheet($"{Word} {id}", Title(lines) ?? $"{Word} {id}");
        Header(
            sheet,
            [
                "Status",
                $"{Reference} events", $"{Focus} events", "Unknown events",
                $"{Reference} base", $"{Focus} base", "Unknown base",
                $"{Reference} likelihood", $"{Focus} likelihood", "Unknown likelihood",
                "Relative likelihood", "Lower 95%", "Upper 95%", "Orientation", "p-value", "Band", "Small numbers", "Years pooled", "Not defined because",
            ],
            ["Last year relative likelihood", "Change in relative likelihood", "Last year band", "Intervals overlap", $"Last year {Focus} likelihood", $"Change in {Focus} likelihood"]);
        foreach (var (_, group) in ByOrganisation(lines.FindAll(l => l.Segment is null)))
        {
            if (NotProvided(group))
            {
                sheet.Rows.Add(Row(group[0], [SheetCell.Of("Not provided")], [], protect: false));
                continue;
            }

            var events = Find(group, "Events");
            var bases = Find(group, "Base");
            var likelihood = Find(group, "Likelihood");
            var ratio = Find(group, "RelativeLikelihood");
            var band = Find(group, "Band");
            sheet.Rows.Add(Row(
                group[0],
                [
                    SheetCell.Of("Computed"),
                    Count(events?.Reference), Count(events?.Focus), Count(events?.Unknown),
                    Count(bases?.Reference), Count(bases?.Focus), Count(bases?.Unknown),
                    Proportion(likelihood?.Reference), Proportion(likelihood?.Focus), Proportion(likelihood?.Unknown),
                    Ratio(ratio?.Value), Ratio(ratio?.Lower), Ratio(ratio?.Upper), SheetCell.Of(ratio?.Text),
                    SheetCell.Figure(Find(group, "PValue")?.Value, CellStyle.PValue),
                    SheetCell.Of(band?.Text),
                    SheetCell.Of(Find(group, "SmallNumbers")?.Text),
                    SheetCell.Figure(Find(group, "YearsPooled")?.Value, CellStyle.Count),
                    SheetCell.Of(Find(group, "UndefinedReason")?.Text),
                ],
                [
                    Ratio(ratio?.Previous), ChangeInRatio(ratio?.Change), SheetCell.Of(band?.Previous),
                    SheetCell.Of(Find(group, "IntervalsOverlap")?.Text),
                    Proportion(likelihood?.Previous), SheetCell.Figure(likelihood?.Change, CellStyle.Percent),
                ],
                protect: true));
        }

        Breakdowns(id, lines);
    }
}
