namespace Wres.Excel.Writing;

/// <summary>The Summary sheet (the report's identity and headline figures) and the Data quality sheet.</summary>
internal sealed partial class ReportSheets
{
    private static readonly (string Measure, string Label)[] Identity =
    [
        ("Standard", "Standard"),
        ("Organisation", "Organisation"),
        ("Year", "Year"),
        ("PeriodStart", "Period start"),
        ("PeriodEnd", "Period end"),
        ("Snapshot", "Snapshot date"),
        ("ReferenceGroup", "Reference group"),
        ("FocusGroup", "Focus group"),
        ("Published", "Published"),
        ("Disclosure", "Disclosure control"),
        ("ComparedWith", "Compared with"),
        ("ComparedWithPublished", "Last year's report published"),
    ];

    private void Summary()
    {
        var sheet = Sheet("Summary", _table.IsWdes ? "Workforce Disability Equality Standard" : "Workforce Race Equality Standard");
        foreach (var (measure, label) in Identity)
        {
            if (_table.ReportText(measure) is { } text)
            {
                sheet.Facts.Add((label, SheetCell.Of(text)));
            }
        }

        Header(sheet, ["Figure", "Value", "Lower 95%", "Upper 95%", "Band", "Small numbers"], ["Last year", "Change"]);
        foreach (var (_, lines) in ByOrganisation(_table.Lines))
        {
            var workforce = Find(lines, "Count") is { Indicator: "Workforce" } count ? count : null;
            var hidden = workforce is not null && (Count(workforce.Reference).IsSuppressed || Count(workforce.Focus).IsSuppressed || Count(workforce.Unknown).IsSuppressed);
            foreach (var line in lines)
            {
                if (Headline(line, lines, hidden) is { } row)
                {
                    sheet.Rows.Add(row);
                }
            }
        }
    }

    /// <summary>A headline figure's row, or <see langword="null"/> for a line that is not one.</summary>
    private SheetCell[]? Headline(ReportLine line, List<ReportLine> lines, bool hidden)
    {
        switch (line.Indicator, line.Measure)
        {
            case ("Workforce", "Count"):
                return Figure("Staff in post", Count(line.Total), compared: [default, default]);
            case ("Workforce", "Percent"):
                return hidden ? null : Figure($"{Focus} share of the workforce", SheetCell.Percent(line.Focus), compared: [SheetCell.Percent(line.Previous), ChangeInPoints(line.Change)]);
            case ("Workforce", "DeclarationRate"):
                return Figure("Declaration rate", SheetCell.Percent(line.Value), compared: [SheetCell.Percent(line.Previous), ChangeInPoints(line.Change)]);
            case ("Workforce", var measure) when measure.StartsWith("Known", StringComparison.Ordinal) && measure.EndsWith("Percent", StringComparison.Ordinal):
                return hidden ? null : Figure($"{Focus} share where it is known", SheetCell.Percent(line.Value), compared: [SheetCell.Percent(line.Previous), ChangeInPoints(line.Change)]);
            case (_, "RelativeLikelihood") when line.Segment is null:
                var block = lines.FindAll(l => l.Indicator == line.Indicator);
                var title = Title(block);
                return Figure(
                    $"{Word} {line.Indicator}: {title} (relative likelihood)",
                    Ratio(line.Value),
                    Ratio(line.Lower),
                    Ratio(line.Upper),
                    SheetCell.Of(Find(block, "Band")?.Text),
                    SheetCell.Of(Find(block, "SmallNumbers")?.Text),
                    [Ratio(line.Previous), ChangeInRatio(line.Change)]);
            case (_, "DifferencePercentagePoints") when line.Row == "Voting":
                var members = Find(lines.FindAll(l => l.Indicator == line.Indicator), "Members", "Voting");
                var secret = members is not null && (Count(members.Reference).IsSuppressed || Count(members.Focus).IsSuppressed || Count(members.Unknown).IsSuppressed);
                return secret ? null : Figure($"{Word} {line.Indicator}: {Focus} share of voting board members minus the workforce's (percentage points)", Points(line.Value), compared: [Points(line.Previous), ChangeInPoints(line.Change)]);
            default:
                return null;
        }

        SheetCell[] Figure(string figure, SheetCell value, SheetCell lower = default, SheetCell upper = default, SheetCell band = default, SheetCell small = default, SheetCell[]? compared = null) =>
            Row(line, [SheetCell.Of(figure), value, lower, upper, band, small], compared ?? [], protect: false);
    }

    private void DataQuality()
    {
        var sheet = Sheet("Data quality", "Data quality");
        sheet.Notes.Add("Each input's rows read, counted, excluded (with the rule) and rejected; each finding with its code, the first line it is on, the rows it concerns and what is wrong. No row's content is shown.");
        if (_table.RollUp)
        {
            sheet.Header.Add("Organisation");
        }

        sheet.Header.AddRange(["File", "Item", "Rule or code", "Value or line", "Rows", "Detail"]);
        foreach (var line in _table.Lines)
        {
            if (line.Indicator != "DataQuality")
            {
                continue;
            }

            var cells = new List<SheetCell>(7);
            if (_table.RollUp)
            {
                cells.Add(SheetCell.Of(line.Organisation ?? AllOrganisations));
            }

            cells.AddRange([SheetCell.Of(line.Segment), SheetCell.Of(line.Measure), SheetCell.Of(line.Row), Count(line.Value), Count(line.Total), SheetCell.Of(line.Text)]);
            sheet.Rows.Add([.. cells]);
        }
    }
}
