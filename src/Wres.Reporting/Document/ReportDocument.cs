using Wres.Core;
using Wres.Core.Indicators;
using Wres.Core.Statistics;
using Wres.Core.Workforce;
using Wres.Reporting.Comparison;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Document;

/// <summary>
/// Builds the content of the human-readable report (text, Markdown, HTML) from a <see cref="ReportView"/>: the
/// title, a summary, the workforce, every indicator and the data-quality findings. Values are rounded for display
/// here, through <see cref="Numbers"/>, and counts pass through the view's disclosure control. With a comparison,
/// the tables gain "Last year" and "Change" columns beside the headline figures and the notes give last year's
/// ratios and whether the confidence intervals overlap, so the three formats show it alike.
/// </summary>
internal static class ReportDocument
{
    /// <summary>What is added where last year's report does not have the figure.</summary>
    private const string LastYearNotReported = " Last year: n/a.";

    /// <summary>The page of one report.</summary>
    public static DocumentPage Build(ReportView view)
    {
        var blocks = new List<DocumentBlock>();
        Introduction(view, blocks);
        Body(view, blocks);
        return new DocumentPage(view.Title, blocks, SectionDepth: 2);
    }

    /// <summary>
    /// The page of a roll-up: the title and introduction, a table comparing the organisations at a glance (not for
    /// data quality alone), then the combined report and each organisation's report as sections whose parts are
    /// one heading level down.
    /// </summary>
    public static DocumentPage Build(RollUpView rollUp)
    {
        var combined = rollUp.Combined;
        var blocks = new List<DocumentBlock>();
        Introduction(combined, blocks);
        var count = rollUp.Organisations.Count;
        var codes = new List<string>(count);
        foreach (var organisation in rollUp.Organisations)
        {
            codes.Add(Code(organisation));
        }

        var covers = count == 0
            ? "No row named an organisation, so there is only the combined report."
            : $"This report covers {Numbers.Integer(count)} organisation{(count == 1 ? string.Empty : "s")} ({string.Join(", ", codes)}): first all of them combined, then each organisation on its own.";
        blocks.Add(new ParagraphBlock(
            covers + " Staff and recruitment rows count for the organisation in their Organisation column; disciplinary and capability cases and training "
            + "count for their employee's organisation in the staff file; the board and the staff survey describe the whole and are in the combined report only. "
            + "Rows with no organisation count in the combined report only."));
        if (combined.Comparison is not null && count > 0)
        {
            blocks.Add(new ParagraphBlock(
                "Each organisation is compared with last year's report for the same organisation code, where last year's report has one; the combined report with last year's combined report."));
        }

        if (!combined.DataQualityOnly && count > 0)
        {
            AtAGlance(rollUp, blocks);
        }

        Section(combined, new HeadingBlock(2, combined.Organisation is { } name ? "Combined: " + name : "Combined: all organisations", RollUpView.CombinedAnchor), null, blocks);
        var wholeOnly = WholeOnly(combined);
        for (var i = 0; i < count; i++)
        {
            var organisation = rollUp.Organisations[i];
            var note = $"Organisation {codes[i]}'s own rows only."
                + (wholeOnly is null ? string.Empty : $" {wholeOnly} describe the whole, so they are in the combined report and shown here as not provided.");
            Section(organisation, new HeadingBlock(2, "Organisation " + codes[i], RollUpView.OrganisationAnchor(i)), note, blocks);
        }

        return new DocumentPage(combined.Title, blocks, SectionDepth: 3);
    }

    /// <summary>An organisation's code as headings show it.</summary>
    private static string Code(ReportView organisation) => organisation.Organisation is { Length: > 0 } code ? code : "(no code)";

    /// <summary>The inputs of the combined report that organisations do not have, in words (<c>The board and the staff survey results</c>); <see langword="null"/> when there are none.</summary>
    private static string? WholeOnly(ReportView combined)
    {
        if (combined.DataQualityOnly)
        {
            return null;
        }

        var board = combined.Report.Board.Status == IndicatorStatus.Computed;
        var survey = false;
        foreach (var result in combined.Report.Survey)
        {
            survey |= result.Status == IndicatorStatus.Computed;
        }

        return (board, survey) switch
        {
            (true, true) => "The board and the staff survey results",
            (true, false) => "The board",
            (false, true) => "The staff survey results",
            _ => null,
        };
    }

    /// <summary>One report of a roll-up under its own heading, its parts one level down; an organisation's starts with <paramref name="organisationNote"/>.</summary>
    private static void Section(ReportView view, HeadingBlock heading, string? organisationNote, List<DocumentBlock> blocks)
    {
        blocks.Add(heading);
        if (organisationNote is not null)
        {
            blocks.Add(new ParagraphBlock(organisationNote));
            if (view.Comparison is not null)
            {
                ComparisonNote(view, blocks);
            }
            else if (view.ComparisonMissing)
            {
                blocks.Add(new ParagraphBlock($"Not compared with last year: last year's report has no report for organisation {Code(view)}."));
            }
        }

        var body = new List<DocumentBlock>();
        Body(view, body);
        foreach (var block in body)
        {
            blocks.Add(block is HeadingBlock part ? part with { Level = part.Level + 1 } : block);
        }
    }

    /// <summary>
    /// The organisations side by side: headcount, the focus group's share, the relative likelihoods (as their
    /// sections show them, with the band when adverse) and the rows rejected; the combined report last.
    /// </summary>
    private static void AtAGlance(RollUpView rollUp, List<DocumentBlock> blocks)
    {
        var combined = rollUp.Combined;
        List<TableColumn> columns = [new("Organisation", false), new("People"), new(combined.Focus + " %")];
        foreach (var likelihood in combined.Likelihoods)
        {
            columns.Add(new($"{combined.IndicatorWord} {likelihood.Id} ({likelihood.OrientationText})"));
        }

        columns.Add(new("Rows rejected"));
        var rows = new List<IReadOnlyList<string>>();
        foreach (var organisation in rollUp.Organisations)
        {
            rows.Add(Row(organisation, Code(organisation)));
        }

        rows.Add(Row(combined, "Combined"));
        blocks.Add(new HeadingBlock(2, "Organisations at a glance", "organisations"));
        blocks.Add(new TableBlock("Each organisation's workforce and relative likelihoods, and the combined report's", columns, rows));
        blocks.Add(new ParagraphBlock(
            $"Each relative likelihood is turned as in its section, so that above 1 is adverse to {combined.Focus} staff; outside 0.80 to 1.25 it is adverse (the four-fifths rule). "
            + "n/a: the ratio is not defined; not provided: the input was not supplied. Board and staff survey results are in the combined report only."));

        IReadOnlyList<string> Row(ReportView view, string label)
        {
            List<string> cells = view.Report.Workforce is { } workforce
                ? [label, view.CountText(workforce.Total), Numbers.Percent(workforce.PercentOf(ComparisonGroup.Focus))]
                : [label, "not provided", Numbers.NotApplicable];
            foreach (var likelihood in combined.Likelihoods)
            {
                cells.Add(LikelihoodCell(view, likelihood.Id));
            }

            var rejected = 0;
            foreach (var source in view.Report.DataQuality.Sources)
            {
                rejected += source.RowsRejected;
            }

            cells.Add(Numbers.Integer(rejected));
            return cells;
        }

        static string LikelihoodCell(ReportView view, string id)
        {
            LikelihoodView? found = null;
            foreach (var likelihood in view.Likelihoods)
            {
                if (likelihood.Id == id)
                {
                    found = likelihood;
                }
            }

            if (found is not { IsProvided: true })
            {
                return "not provided";
            }

            var ratio = found.Result.RelativeLikelihood!;
            if (ratio.Ratio is not { } value)
            {
                return Numbers.NotApplicable;
            }

            var notes = new List<string>(2);
            if (ratio.Band is LikelihoodBand.AdverseToFocus or LikelihoodBand.AdverseToReference)
            {
                notes.Add($"adverse to {(ratio.Band == LikelihoodBand.AdverseToFocus ? view.Focus : view.Reference)}");
            }

            if (ratio.SmallNumbers)
            {
                notes.Add("small numbers");
            }

            return notes.Count == 0 ? Numbers.Ratio(value) : $"{Numbers.Ratio(value)} ({string.Join("; ", notes)})";
        }
    }

    /// <summary>Everything after the introduction: the indicators and the data quality, or the data quality alone.</summary>
    private static void Body(ReportView view, List<DocumentBlock> blocks)
    {
        if (view.DataQualityOnly)
        {
            DataQuality(view, blocks);
            return;
        }

        Summary(view, blocks);
        Workforce(view, blocks);
        Representation(view, blocks);
        foreach (var likelihood in view.Likelihoods)
        {
            Likelihood(view, likelihood, blocks);
        }

        foreach (var survey in view.Report.Survey)
        {
            Survey(view, survey, blocks);
        }

        Board(view, blocks);
        DataQuality(view, blocks);
    }

    private static void Introduction(ReportView view, List<DocumentBlock> blocks)
    {
        var year = view.Report.Year;
        blocks.Add(new HeadingBlock(1, view.Title));
        blocks.Add(new ParagraphBlock(
            $"{view.StandardName} ({view.StandardCode}), reporting year {year}: {ReportView.Date(year.Start)} to {ReportView.Date(year.End)}; workforce counted at {ReportView.Date(year.Snapshot)}."));
        blocks.Add(new ParagraphBlock(
            $"Groups compared: {view.Reference} and {view.Focus} staff. Staff whose {view.CharacteristicWord} is unknown are excluded from every relative likelihood and reported beside it. "
            + "Percentages are rounded to 1 decimal place and ratios to 2 for display; every figure is computed from unrounded counts."));
        if (view.PublicationNote is { } note)
        {
            blocks.Add(new ParagraphBlock(note, Caution: true));
        }

        if (view.Comparison is not null)
        {
            ComparisonNote(view, blocks);
        }
    }

    /// <summary>What the comparison with last year shows, and a caution when last year's counts were published.</summary>
    private static void ComparisonNote(ReportView view, List<DocumentBlock> blocks)
    {
        var comparison = view.Comparison!;
        var organisation = comparison.Organisation is { } name && TextSafety.SingleLine(name) != view.Organisation
            ? $" for {TextSafety.SingleLine(name)}"
            : string.Empty;
        blocks.Add(new ParagraphBlock(
            $"Compared with last year's report ({comparison.Year}, {ReportView.Date(comparison.Period.Start)} to {ReportView.Date(comparison.Period.End)}{organisation}): "
            + "\"Last year\" shows last year's figure and \"Change\" this year's minus last year's, in percentage points (pp) for percentages and likelihoods, "
            + "as a signed difference for ratios and counts. Where this year's and last year's 95% confidence intervals overlap, the change may be chance. "
            + "n/a means last year's report does not have the figure."));
        if (comparison.PreviousPublished)
        {
            blocks.Add(new ParagraphBlock(
                "Last year's report was published with disclosure control, so its counts are the published (rounded or suppressed) figures and changes of counts are approximate; its percentages and ratios are exact.",
                Caution: true));
        }
    }

    private static void Summary(ReportView view, List<DocumentBlock> blocks)
    {
        var report = view.Report;
        var items = new List<string>();
        if (report.Workforce is { } workforce)
        {
            var item = $"Workforce: {view.CountText(workforce.Total)} people; {view.Focus} {Numbers.Percent(workforce.PercentOf(ComparisonGroup.Focus))}% "
                + $"({Numbers.Percent(workforce.KnownFocusPercent)}% of those whose {view.CharacteristicWord} is known); declaration rate {Numbers.Percent(workforce.DeclarationRate)}%.";
            if (view.Comparison is { } comparison)
            {
                item += comparison.Workforce is { } previous
                    ? $" Last year {view.PreviousCountText(previous.Counts.Total)} people, {view.Focus} {Numbers.Percent(previous.FocusPercent)}%; "
                        + $"change {Numbers.ChangeInPoints(ReportComparison.Difference(workforce.PercentOf(ComparisonGroup.Focus), previous.FocusPercent))}."
                    : LastYearNotReported;
            }

            items.Add(item);
        }
        else
        {
            items.Add("Workforce: not provided.");
        }

        foreach (var likelihood in view.Likelihoods)
        {
            var prefix = $"{view.IndicatorWord} {likelihood.Id} ({likelihood.ShortName}, {likelihood.OrientationText}): ";
            if (!likelihood.IsProvided)
            {
                items.Add(prefix + "not provided.");
                continue;
            }

            var ratio = likelihood.Result.RelativeLikelihood!;
            var text = ratio.Ratio is { } value
                ? prefix + $"{Numbers.Ratio(value)} ({view.BandText(ratio.Band)}{(ratio.SmallNumbers ? "; small numbers" : string.Empty)})."
                : prefix + $"not defined: {ReportView.UndefinedReasonText(likelihood, ratio.UndefinedReason)}.";
            if (view.Comparison is { } comparison)
            {
                text += comparison.Likelihood(likelihood) is { } previous
                    ? $" Last year {Numbers.Ratio(previous.Ratio)}; change {Numbers.SignedRatio(ReportComparison.Difference(ratio.Ratio, previous.Ratio))}; {OverlapText(likelihood.Result, previous)}."
                    : LastYearNotReported;
            }

            items.Add(text);
        }

        var board = report.Board;
        var boardText = board.Status != IndicatorStatus.Computed
            ? $"{view.IndicatorWord} {board.Id} (board): not provided."
            : $"{view.IndicatorWord} {board.Id} (board): {view.Focus} share of voting members {Numbers.Percent(board.Voting.FocusPercent)}%, "
                + $"{Numbers.SignedPercent(board.Voting.DifferencePercentagePoints)} percentage points against the workforce.";
        if (board.Status == IndicatorStatus.Computed && view.Comparison is { } boardComparison)
        {
            boardText += boardComparison.Board(board.Id) is { } previous
                ? $" Last year {Numbers.Percent(previous.Voting.FocusPercent)}%; change {Numbers.ChangeInPoints(ReportComparison.Difference(board.Voting.FocusPercent, previous.Voting.FocusPercent))}."
                : LastYearNotReported;
        }

        items.Add(boardText);

        var sources = report.DataQuality.Sources;
        var rejected = 0;
        foreach (var source in sources)
        {
            rejected += source.RowsRejected;
        }

        items.Add($"Data quality: {Numbers.Integer(sources.Count)} input(s) read; {Numbers.Integer(rejected)} row(s) rejected.");
        blocks.Add(new HeadingBlock(2, "Summary", view.Anchor("summary")));
        blocks.Add(new ListBlock(items));
        if (view.Likelihoods.Count > 0)
        {
            blocks.Add(new ChartBlock(ChartKind.RelativeLikelihoods, view));
        }
    }

    private static void Workforce(ReportView view, List<DocumentBlock> blocks)
    {
        var report = view.Report;
        blocks.Add(new HeadingBlock(2, "Workforce", view.Anchor("workforce")));
        if (report.Workforce is not { } workforce)
        {
            blocks.Add(new ParagraphBlock(view.StaffNotProvidedText));
            return;
        }

        var comparison = view.Comparison;
        var previous = comparison?.Workforce;
        List<IReadOnlyList<string>> rows =
        [
            GroupRow(view.Reference, ComparisonGroup.Reference, previous?.Counts.Reference, previous?.ReferencePercent),
            GroupRow(view.Focus, ComparisonGroup.Focus, previous?.Counts.Focus, previous?.FocusPercent),
            GroupRow("Unknown", ComparisonGroup.Unknown, previous?.Counts.Unknown, previous?.UnknownPercent),
            Compared(
                ["Total", view.CountText(workforce.Total), workforce.Total > 0 ? "100.0" : Numbers.NotApplicable],
                view.PreviousCountText(previous?.Counts.Total),
                previous?.Counts.Total > 0 ? "100.0" : Numbers.NotApplicable,
                Numbers.SignedInteger(view.CountChange(workforce.Total, previous?.Counts.Total)),
                string.Empty),
        ];
        List<TableColumn> columns = [new("Group", false), new("People"), new("% of workforce")];
        if (comparison is not null)
        {
            columns.AddRange([new("Last year: people"), new("Last year: %"), new("Change: people"), new("Change: pp")]);
        }

        blocks.Add(new TableBlock($"People in the workforce at {ReportView.Date(report.Year.Snapshot)}", columns, rows));
        var shares = $"{view.Focus} share of staff whose {view.CharacteristicWord} is known: {Numbers.Percent(workforce.KnownFocusPercent)}%. "
            + $"Declaration rate (staff whose {view.CharacteristicWord} is known): {Numbers.Percent(workforce.DeclarationRate)}%.";
        if (comparison is not null)
        {
            shares += previous is null
                ? LastYearNotReported
                : $" Last year: {Numbers.Percent(previous.KnownFocusPercent)}% and {Numbers.Percent(previous.DeclarationRate)}% "
                    + $"(change {Numbers.ChangeInPoints(ReportComparison.Difference(workforce.KnownFocusPercent, previous.KnownFocusPercent))} "
                    + $"and {Numbers.ChangeInPoints(ReportComparison.Difference(workforce.DeclarationRate, previous.DeclarationRate))}).";
        }

        blocks.Add(new ParagraphBlock(shares));

        var selection = new List<IReadOnlyList<string>>();
        foreach (var rule in Enum.GetValues<SelectionRule>())
        {
            if (report.Selection.TryGetValue(rule, out var people))
            {
                selection.Add([Labels.SelectionRuleText(rule), view.CountText(people)]);
            }
        }

        if (selection.Count > 0)
        {
            blocks.Add(new TableBlock("How each person's reporting assignment was chosen", [new("Rule", false), new("People")], selection));
        }

        IReadOnlyList<string> GroupRow(string label, ComparisonGroup group, int? previousCount, double? previousPercent) => Compared(
            [label, view.CountText(workforce[group]), Numbers.Percent(workforce.PercentOf(group))],
            view.PreviousCountText(previousCount),
            Numbers.Percent(previousPercent),
            Numbers.SignedInteger(view.CountChange(workforce[group], previousCount)),
            Numbers.ChangeInPoints(ReportComparison.Difference(workforce.PercentOf(group), previousPercent)));

        IReadOnlyList<string> Compared(string[] cells, params string[] comparisonCells) =>
            comparison is null ? cells : [.. cells, .. comparisonCells];
    }

    private static void Representation(ReportView view, List<DocumentBlock> blocks)
    {
        var representation = view.Report.Representation;
        blocks.Add(new HeadingBlock(2, view.IndicatorHeading(representation.Id, view.RepresentationTitle), view.Anchor("indicator-" + representation.Id)));
        if (representation.Status != IndicatorStatus.Computed)
        {
            blocks.Add(new ParagraphBlock(view.StaffNotProvidedText));
            return;
        }

        blocks.Add(new ParagraphBlock(
            "Each percentage is of everyone in the row, Unknown included. A row with nobody in it is not applicable (n/a), not 0%."));
        blocks.Add(new ChartBlock(ChartKind.Representation, view));
        var comparison = view.Comparison;
        List<TableColumn> columns =
        [
            new(view.IsWdes ? "Cluster" : "Band or grade", false),
            new(view.Reference), new(view.Focus), new("Unknown"), new("Total"),
            new(view.Reference + " %"), new(view.Focus + " %"), new("Unknown %"),
        ];
        if (comparison is not null)
        {
            columns.AddRange([new($"Last year: {view.Focus} %"), new("Change: pp")]);
        }

        foreach (var segment in view.Segments)
        {
            var rows = new List<IReadOnlyList<string>>();
            foreach (var row in segment.Rows)
            {
                var counts = row.Counts;
                List<string> cells =
                [
                    row.Label,
                    view.CountText(counts.Reference), view.CountText(counts.Focus), view.CountText(counts.Unknown), view.CountText(counts.Total),
                    Numbers.Percent(row.ReferencePercent), Numbers.Percent(row.FocusPercent), Numbers.Percent(row.UnknownPercent),
                ];
                if (comparison is not null)
                {
                    var previous = comparison.Row(segment.Key, row.Label)?.FocusPercent;
                    cells.AddRange([Numbers.Percent(previous), Numbers.ChangeInPoints(ReportComparison.Difference(row.FocusPercent, previous))]);
                }

                rows.Add(cells);
            }

            blocks.Add(new HeadingBlock(3, segment.Heading));
            blocks.Add(new TableBlock($"{view.IndicatorWord} {representation.Id}, {segment.Heading.ToLowerInvariant()}: people and percentages by group", columns, rows));
        }
    }

    private static void Likelihood(ReportView view, LikelihoodView likelihood, List<DocumentBlock> blocks)
    {
        var result = likelihood.Result;
        blocks.Add(new HeadingBlock(2, view.IndicatorHeading(likelihood.Id, likelihood.Title), view.Anchor("indicator-" + likelihood.Id)));
        if (!likelihood.IsProvided)
        {
            blocks.Add(new ParagraphBlock(likelihood.NotProvidedText));
            return;
        }

        var comparison = view.Comparison;
        var previous = comparison?.Likelihood(likelihood);
        var baseLabel = result.Rolling ? likelihood.BaseLabel + " (two years)" : likelihood.BaseLabel;
        List<TableColumn> columns = [new("Group", false), new(likelihood.EventsLabel), new(baseLabel), new("Likelihood")];
        if (comparison is not null)
        {
            columns.AddRange([new("Last year: likelihood"), new("Change: pp")]);
        }

        blocks.Add(new TableBlock(
            $"{view.IndicatorWord} {likelihood.Id}: counts and likelihoods by group",
            columns,
            [
                GroupRow(view.Reference, result.Reference, previous?.Reference),
                GroupRow(view.Focus, result.Focus, previous?.Focus),
                GroupRow("Unknown (not in the ratio)", result.Unknown, previous?.Unknown),
            ]));

        var ratio = result.RelativeLikelihood!;
        var items = new List<string>
        {
            ratio.Ratio is { } value
                ? $"Relative likelihood ({likelihood.OrientationText}): {Numbers.Ratio(value)}"
                : $"Relative likelihood ({likelihood.OrientationText}): not defined: {ReportView.UndefinedReasonText(likelihood, ratio.UndefinedReason)}",
            ratio.Interval is { } interval
                ? $"95% confidence interval ({Labels.IntervalMethodText(ratio.IntervalMethod)}): {Numbers.Limit(interval.Lower)} to {Numbers.Limit(interval.Upper)}"
                : "95% confidence interval: n/a",
            $"p-value ({Labels.PValueMethodText(ratio.PValueMethod)}): {Numbers.PValue(ratio.PValue)}",
            $"Band (four-fifths rule): {view.BandText(ratio.Band)}",
        };
        if (likelihood.Id == view.Report.FormalProcess.Id)
        {
            items.Add(result.Rolling
                ? "Rolling two-year average: this year's and last year's cases and headcounts are pooled."
                : "Single year: not pooled with last year (last year's cases and staff were not both supplied, or pooling is switched off).");
        }

        if (comparison is not null)
        {
            if (previous is null)
            {
                items.Add($"Last year ({comparison.Year}): not provided.");
            }
            else
            {
                var previousInterval = previous.Interval is { } limits
                    ? $"95% confidence interval {Numbers.Limit(limits.Lower)} to {Numbers.Limit(limits.Upper)}"
                    : "95% confidence interval n/a";
                var band = previous.Band is { } previousBand ? "; " + view.BandText(previousBand) : string.Empty;
                items.Add($"Last year ({comparison.Year}): {Numbers.Ratio(previous.Ratio)}, {previousInterval}{band}");
                items.Add($"Change: {Numbers.SignedRatio(ReportComparison.Difference(ratio.Ratio, previous.Ratio))}; {OverlapText(result, previous)}");
            }
        }

        blocks.Add(new ListBlock(items));
        if (ratio.SmallNumbers)
        {
            blocks.Add(new ParagraphBlock(
                "Caution: small numbers. At least one group has few events, few non-events or a small base, so this ratio can move a lot with a handful of people; read it with the confidence interval.",
                Caution: true));
        }

        IReadOnlyList<string> GroupRow(string label, Proportion proportion, PreviousProportion? before)
        {
            List<string> cells = [label, view.CountText(proportion.Events), view.CountText(proportion.Base), Numbers.LikelihoodPercent(proportion.Value)];
            if (comparison is not null)
            {
                cells.AddRange([Numbers.LikelihoodPercent(before?.Likelihood), Numbers.LikelihoodChange(ReportComparison.Difference(proportion.Value, before?.Likelihood))]);
            }

            return cells;
        }
    }

    private static void Survey(ReportView view, SurveyIndicatorResult survey, List<DocumentBlock> blocks)
    {
        blocks.Add(new HeadingBlock(2, view.IndicatorHeading(survey.Id, survey.Measure.Title), view.Anchor("indicator-" + Anchor(survey.Id))));
        if (survey.Status != IndicatorStatus.Computed)
        {
            blocks.Add(new ParagraphBlock(view.SurveyNotProvidedText));
            return;
        }

        var comparison = view.Comparison;
        var previous = comparison?.Survey(survey.Id);
        var rows = new List<IReadOnlyList<string>>();
        if (!survey.Measure.FocusGroupOnly)
        {
            rows.Add(Row(view.Reference, survey.ReferencePercent, survey.ReferenceRespondents, previous?.ReferencePercent));
        }

        rows.Add(Row(view.Focus, survey.FocusPercent, survey.FocusRespondents, previous?.FocusPercent));
        List<TableColumn> columns = [new("Group", false), new("%"), new("Respondents")];
        if (comparison is not null)
        {
            columns.AddRange([new("Last year: %"), new("Change: pp")]);
        }

        blocks.Add(new TableBlock(
            $"{view.IndicatorWord} {survey.Id}: staff survey result by group ({Labels.DirectionText(survey.Measure.Direction)})",
            columns,
            rows));

        string sentence;
        if (survey.Measure.FocusGroupOnly)
        {
            sentence = $"Only {view.Focus} staff are asked this question, so there is no gap; {Labels.DirectionText(survey.Measure.Direction)}.";
        }
        else if (survey.GapPercentagePoints is not { } gap)
        {
            sentence = "Gap: n/a (one group's result is missing).";
        }
        else
        {
            var reading = gap == 0m ? "no difference"
                : survey.AdverseToFocus == true ? $"unfavourable to {view.Focus} staff"
                : $"favourable to {view.Focus} staff";
            sentence = $"Gap ({view.Focus} − {view.Reference}): {Numbers.SignedPercent(gap)} percentage points; {Labels.DirectionText(survey.Measure.Direction)}, so this is {reading}.";
        }

        if (comparison is not null && !survey.Measure.FocusGroupOnly)
        {
            sentence += previous?.GapPercentagePoints is { } previousGap
                ? $" Last year's gap: {Numbers.SignedPercent(previousGap)} percentage points; change {Numbers.ChangeInPoints(ReportComparison.Difference(survey.GapPercentagePoints, previousGap))}."
                : " Last year's gap: n/a.";
        }

        blocks.Add(new ParagraphBlock(sentence));

        string Respondents(int? count) => count is { } n ? view.CountText(n) : Numbers.NotApplicable;

        IReadOnlyList<string> Row(string label, decimal? percent, int? respondents, decimal? before)
        {
            List<string> cells = [label, Numbers.Percent(percent), Respondents(respondents)];
            if (comparison is not null)
            {
                cells.AddRange([Numbers.Percent(before), Numbers.ChangeInPoints(ReportComparison.Difference(percent, before))]);
            }

            return cells;
        }
    }

    private static void Board(ReportView view, List<DocumentBlock> blocks)
    {
        var board = view.Report.Board;
        blocks.Add(new HeadingBlock(2, view.IndicatorHeading(board.Id, view.BoardTitle), view.Anchor("indicator-" + board.Id)));
        if (board.Status != IndicatorStatus.Computed)
        {
            blocks.Add(new ParagraphBlock(view.BoardNotProvidedText));
            return;
        }

        var comparison = view.Comparison;
        var previous = comparison?.Board(board.Id);
        List<TableColumn> columns =
        [
            new("Members", false), new("Count"), new(view.Reference), new(view.Focus), new("Unknown"),
            new(view.Focus + " %"), new("Difference from workforce (percentage points)"),
        ];
        if (comparison is not null)
        {
            columns.AddRange([new($"Last year: {view.Focus} %"), new("Change: pp")]);
        }

        blocks.Add(new ChartBlock(ChartKind.Board, view));
        blocks.Add(new TableBlock(
            $"{view.IndicatorWord} {board.Id}: board members by group against the workforce",
            columns,
            [Row("Whole board", board.Total, previous?.Total), Row("Voting members", board.Voting, previous?.Voting), Row("Executive members", board.Executive, previous?.Executive)]));
        var workforcePercent = view.Report.Workforce?.PercentOf(ComparisonGroup.Focus);
        blocks.Add(new ParagraphBlock(view.Report.Workforce is null
            ? "The staff file was not supplied, so the board cannot be compared with the workforce."
            : $"{view.Focus} share of the workforce: {Numbers.Percent(workforcePercent)}%. A negative difference means {view.Focus} staff are under-represented on the board."));

        IReadOnlyList<string> Row(string label, BoardSubset subset, PreviousSubset? before)
        {
            var members = subset.Members;
            List<string> cells =
            [
                label, view.CountText(members.Total), view.CountText(members.Reference), view.CountText(members.Focus), view.CountText(members.Unknown),
                Numbers.Percent(subset.FocusPercent), Numbers.SignedPercent(subset.DifferencePercentagePoints),
            ];
            if (comparison is not null)
            {
                cells.AddRange([Numbers.Percent(before?.FocusPercent), Numbers.ChangeInPoints(ReportComparison.Difference(subset.FocusPercent, before?.FocusPercent))]);
            }

            return cells;
        }
    }

    private static void DataQuality(ReportView view, List<DocumentBlock> blocks)
    {
        var sources = view.Report.DataQuality.Sources;
        blocks.Add(new HeadingBlock(2, "Data quality", view.Anchor("data-quality")));
        if (sources.Count == 0)
        {
            blocks.Add(new ParagraphBlock("No inputs were supplied."));
            return;
        }

        blocks.Add(new ParagraphBlock("Every row read is counted, excluded by a named scope rule, or rejected as bad data. Findings give the line and column, never the row's content."));
        foreach (var source in sources)
        {
            blocks.Add(new HeadingBlock(3, source.Source));
            blocks.Add(new ParagraphBlock(
                $"Rows read {Numbers.Integer(source.RowsRead)} = counted {Numbers.Integer(source.RowsCounted)} + excluded {Numbers.Integer(source.RowsExcluded)} + rejected {Numbers.Integer(source.RowsRejected)}"
                + (source.Reconciles ? "." : ": these totals do not reconcile."),
                Caution: !source.Reconciles));
            if (source.Exclusions.Count > 0)
            {
                var exclusions = new List<IReadOnlyList<string>>();
                foreach (var exclusion in source.Exclusions)
                {
                    exclusions.Add([Labels.ExclusionRuleText(exclusion.Rule), exclusion.Detail ?? string.Empty, Numbers.Integer(exclusion.Rows)]);
                }

                blocks.Add(new TableBlock($"{source.Source}: rows excluded by rule", [new("Rule", false), new("Detail", false), new("Rows")], exclusions));
            }

            if (source.Issues.Count == 0)
            {
                blocks.Add(new ParagraphBlock("No findings."));
            }
            else
            {
                var issues = new List<IReadOnlyList<string>>();
                foreach (var issue in source.Issues)
                {
                    issues.Add(
                    [
                        issue.Line is { } line ? Numbers.Integer(line) : "file",
                        issue.Column ?? string.Empty,
                        issue.Code,
                        issue.Severity.ToString(),
                        issue.Message,
                        Numbers.Integer(issue.Occurrences),
                    ]);
                }

                blocks.Add(new TableBlock(
                    $"{source.Source}: findings",
                    [new("Line"), new("Column", false), new("Code", false), new("Severity", false), new("Message", false), new("Rows")],
                    issues));
            }

            if (source.IssuesOmitted > 0)
            {
                blocks.Add(new ParagraphBlock($"{Numbers.Integer(source.IssuesOmitted)} further finding(s) not listed; they are included in the totals."));
            }
        }
    }

    /// <summary>Whether this year's and last year's 95% confidence intervals overlap, in words.</summary>
    private static string OverlapText(LikelihoodIndicatorResult current, PreviousLikelihood previous) =>
        ReportComparison.PooledAlike(current, previous)
            ? OverlapText(ReportComparison.IntervalsOverlap(current, previous))
            : $"last year's figure was pooled over {Years(previous.Rolling == true ? 2 : 1)} and this year's over {Years(current.YearsPooled)}, so their counts and 95% confidence intervals are not compared";

    private static string Years(int years) => years == 1 ? "one year" : "two years";

    private static string OverlapText(bool? overlap) => overlap switch
    {
        true => "95% confidence intervals overlap: the change may be chance",
        false => "95% confidence intervals do not overlap",
        null => "95% confidence intervals cannot be compared (one is not defined)",
    };

    /// <summary>An id usable in an HTML anchor: <c>4a(i)</c> becomes <c>4a-i</c>.</summary>
    private static string Anchor(string id)
    {
        var chars = new List<char>(id.Length);
        foreach (var c in id)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                chars.Add(char.ToLowerInvariant(c));
            }
            else if (chars.Count > 0 && chars[^1] != '-')
            {
                chars.Add('-');
            }
        }

        return new string(chars.ToArray()).TrimEnd('-');
    }
}
