using Wres.Core;
using Wres.Core.Indicators;
using Wres.Core.Statistics;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Document;

/// <summary>The page of a roll-up: the organisations at a glance, then the combined report and each organisation's as sections.</summary>
internal static partial class ReportDocument
{
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
            + "n/a: the ratio is not defined; not provided: the input was not supplied. Board and staff survey results are in the combined report only."
            + (combined.Publish ? " * (not published): a count behind it is not shown, or it would let one be worked out." : string.Empty)));

        IReadOnlyList<string> Row(ReportView view, string label)
        {
            List<string> cells = view.Figures.Workforce is { } workforce
                ? [label, workforce.Total.Text, Share(view, workforce, workforce.PercentOf(ComparisonGroup.Focus))]
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

            if (view.Figures.Likelihood(found.Result).Statistics is not { } ratio)
            {
                return Publication.DisclosureWords.NotPublished + " (not published)";
            }

            if (ratio.Ratio is not { } value)
            {
                return Numbers.NotApplicable;
            }

            var notes = new List<string>(2);
            if (LikelihoodFinding.CalledAdverse(ratio))
            {
                notes.Add($"adverse to {(ratio.Band == LikelihoodBand.AdverseToFocus ? view.Focus : view.Reference)}");
            }
            else if (ratio.Band != LikelihoodBand.NonAdverse)
            {
                notes.Add(value == 0 ? "a ratio of 0, not called adverse" : "a count of 0, not called adverse");
            }

            if (ratio.SmallNumbers)
            {
                notes.Add("small numbers");
            }

            return notes.Count == 0 ? Numbers.Ratio(value) : $"{Numbers.Ratio(value)} ({string.Join("; ", notes)})";
        }
    }
}
