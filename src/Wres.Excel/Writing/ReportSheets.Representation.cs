namespace Wres.Excel.Writing;

/// <summary>Indicator 1: each segment's bands (or grade groups, clusters), with the groups' counts and percentages.</summary>
internal sealed partial class ReportSheets
{
    private void Representation(string id, List<ReportLine> lines)
    {
        var sheet = Sheet($"{Word} {id}", Title(lines) ?? $"{Word} {id}");
        Header(
            sheet,
            ["Segment", "Band", Reference, Focus, "Unknown", "Total", $"{Reference} %", $"{Focus} %", "Unknown %", "Note"],
            [$"Last year {Focus}", $"Change in {Focus}", $"Last year {Focus} %", "Change (pp)"]);
        foreach (var (_, group) in ByOrganisation(lines))
        {
            if (NotProvided(group))
            {
                sheet.Rows.Add(Row(group[0], [SheetCell.Of("Not provided")], [], protect: false));
                continue;
            }

            for (var i = 0; i < group.Count; i++)
            {
                var count = group[i];
                if (count.Measure != "Count")
                {
                    continue;
                }

                var percent = i + 1 < group.Count && group[i + 1] is { Measure: "Percent" } next && next.Segment == count.Segment && next.Row == count.Row ? next : null;
                sheet.Rows.Add(Row(
                    count,
                    [
                        SheetCell.Of(count.Segment), SheetCell.Of(count.Row),
                        Count(count.Reference), Count(count.Focus), Count(count.Unknown), Count(count.Total),
                        SheetCell.Percent(percent?.Reference), SheetCell.Percent(percent?.Focus), SheetCell.Percent(percent?.Unknown),
                        SheetCell.Of(percent?.Text),
                    ],
                    [Count(count.Previous), ChangeInCount(count.Change), SheetCell.Percent(percent?.Previous), ChangeInPoints(percent?.Change)],
                    protect: true));
            }
        }
    }
}
