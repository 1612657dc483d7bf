using Wres.Core.Indicators;
using Wres.Core.Statistics;
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
internal static partial class ReportDocument
{
    /// <summary>What is added where last year's report does not have the figure.</summary>
    private const string LastYearNotReported = " Last year: n/a.";

    /// <summary>The page of one report.</summary>
    public static DocumentPage Build(ReportView view)
    {
        var blocks = new List<DocumentBlock>();
        Introduction(view, blocks);
        Body(view, blocks);
        return new DocumentPage(view.Title, blocks, SectionDepth: 2, BoardPage: BoardPageLength(view, blocks));
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
        RepresentationDetail(view, blocks);
        ModelEmployer(view, blocks);
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
        if (view.Synthetic)
        {
            blocks.Add(new ParagraphBlock(ReportView.SyntheticNote, Caution: true));
        }

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
                "Last year's report was published with disclosure control, so its counts are the published (rounded or suppressed) figures and changes of counts are approximate.",
                Caution: true));
        }
    }

    /// <summary>Whether this year's and last year's 95% confidence intervals overlap, in words.</summary>
    private static string OverlapText(LikelihoodIndicatorResult current, RelativeLikelihood? shown, PreviousLikelihood previous) =>
        ReportComparison.PooledAlike(current, previous)
            ? OverlapText(ReportComparison.IntervalsOverlap(shown?.Interval, previous.Interval))
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
