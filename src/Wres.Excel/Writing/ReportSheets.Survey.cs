namespace Wres.Excel.Writing;

/// <summary>The staff survey indicators (WRES 5-8, WDES 4a-9a) on one sheet, and the board (WRES 9, WDES 10).</summary>
internal sealed partial class ReportSheets
{
    private void Survey(List<(string Id, List<ReportLine> Lines)> indicators)
    {
        var sheet = Sheet(_table.IsWdes ? "Metrics 4-9 (survey)" : "Indicators 5-8 (survey)", "Staff survey");
        Header(
            sheet,
            [Word, "Title", "Status", $"{Reference} %", $"{Focus} %", $"{Reference} respondents", $"{Focus} respondents", "Gap (pp)", "Better when"],
            [$"Last year {Focus} %", "Change (pp)", "Last year gap (pp)", "Change in gap (pp)"]);
        foreach (var (id, lines) in indicators)
        {
            var title = Title(lines);
            foreach (var (_, group) in ByOrganisation(lines))
            {
                var percent = Find(group, "Percent");
                var respondents = Find(group, "Respondents");
                var gap = Find(group, "GapPercentagePoints");
                sheet.Rows.Add(Row(
                    group[0],
                    [
                        SheetCell.Of(id), SheetCell.Of(title), SheetCell.Of(NotProvided(group) ? "Not provided" : "Computed"),
                        SheetCell.Percent(percent?.Reference), SheetCell.Percent(percent?.Focus),
                        Count(respondents?.Reference), Count(respondents?.Focus),
                        Points(gap?.Value), SheetCell.Of(gap?.Text),
                    ],
                    [SheetCell.Percent(percent?.Previous), ChangeInPoints(percent?.Change), Points(gap?.Previous), ChangeInPoints(gap?.Change)],
                    protect: false));
            }
        }
    }

    private void Board(string id, List<ReportLine> lines)
    {
        var sheet = Sheet($"{Word} {id}", Title(lines) ?? $"{Word} {id}");
        Header(
            sheet,
            ["Members", Reference, Focus, "Unknown", "Total", $"{Reference} %", $"{Focus} %", "Unknown %", $"{Focus} % minus the workforce's (pp)"],
            [$"Last year {Focus}", $"Change in {Focus}", $"Last year {Focus} %", "Change (pp)", "Last year difference (pp)", "Change in difference (pp)"]);
        foreach (var (_, group) in ByOrganisation(lines))
        {
            if (NotProvided(group))
            {
                sheet.Rows.Add(Row(group[0], [SheetCell.Of("Not provided")], [], protect: false));
                continue;
            }

            foreach (var subset in (string[])["Total", "Voting", "Executive"])
            {
                var members = Find(group, "Members", subset);
                var percent = Find(group, "Percent", subset);
                var difference = Find(group, "DifferencePercentagePoints", subset);
                sheet.Rows.Add(Row(
                    group[0],
                    [
                        SheetCell.Of(subset),
                        Count(members?.Reference), Count(members?.Focus), Count(members?.Unknown), Count(members?.Total),
                        SheetCell.Percent(percent?.Reference), SheetCell.Percent(percent?.Focus), SheetCell.Percent(percent?.Unknown),
                        Points(difference?.Value),
                    ],
                    [
                        Count(members?.Previous), ChangeInCount(members?.Change), SheetCell.Percent(percent?.Previous), ChangeInPoints(percent?.Change),
                        Points(difference?.Previous), ChangeInPoints(difference?.Change),
                    ],
                    protect: true));
            }

            var workforce = Find(group, "Percent", "Workforce");
            sheet.Rows.Add(Row(
                group[0],
                [SheetCell.Of("Workforce"), default, default, default, default, default, SheetCell.Percent(workforce?.Focus), default, default],
                [default, default, SheetCell.Percent(workforce?.Previous), ChangeInPoints(workforce?.Change), default, default],
                protect: false));
        }
    }
}
