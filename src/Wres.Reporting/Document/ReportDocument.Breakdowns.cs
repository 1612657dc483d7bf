using Wres.Core;
using Wres.Core.Ethnicity;
using Wres.Core.Indicators;
using Wres.Core.Statistics;
using Wres.Reporting.Internal;
using Wres.Reporting.Publication;

namespace Wres.Reporting.Document;

/// <summary>
/// Indicator 2's breakdowns: by the detailed ethnic groups beside the White/BME pair (<c>--detail</c>), and by the pay
/// band and staff group of the post after the indicator's figures, each row with its counts, relative likelihood,
/// interval, p-value, band and small-numbers flag; a row with no ratio says why in words.
/// </summary>
internal static partial class ReportDocument
{
    /// <summary>The table of the detailed ethnic groups (WRES, <c>--detail</c>): appointed, shortlisted and the likelihood of each.</summary>
    private static void DetailTable(ReportView view, LikelihoodView likelihood, List<DocumentBlock> blocks)
    {
        if (!view.Detail || view.Report.Standard != EqualityStandard.Wres || likelihood.Result.ByDetailedGroup is not { } detail)
        {
            return;
        }

        var rows = new List<IReadOnlyList<string>>(detail.Count);
        foreach (var group in detail)
        {
            var figures = view.Figures.AppointmentDetail(group);
            rows.Add([DetailedGroupText(group.Group), figures.Events.Text, figures.Base.Text, LikelihoodText(view, figures)]);
        }

        blocks.Add(new TableBlock(
            $"{view.IndicatorWord} {likelihood.Id} by detailed ethnic group: counts and likelihoods",
            [new("Group", false), new(likelihood.EventsLabel), new(likelihood.BaseLabel), new("Likelihood")],
            rows));
    }

    /// <summary>Indicator 2 by the post's pay band and by its staff group, whenever the recruitment file has the columns.</summary>
    private static void Breakdowns(ReportView view, LikelihoodView likelihood, List<DocumentBlock> blocks)
    {
        var result = likelihood.Result;
        if (result.ByPayBand is { } bands)
        {
            Breakdown(view, likelihood, bands, ("pay band", "Pay band", "band"), blocks);
        }

        if (result.ByStaffGroup is { } groups)
        {
            Breakdown(view, likelihood, groups, ("staff group", "Staff group", "staff-group"), blocks);
        }
    }

    private static void Breakdown(
        ReportView view,
        LikelihoodView likelihood,
        IReadOnlyList<LikelihoodBreakdownRow> rows,
        (string Noun, string Header, string Anchor) by,
        List<DocumentBlock> blocks)
    {
        var id = likelihood.Id;
        blocks.Add(new HeadingBlock(3, $"{view.IndicatorWord} {id} by {by.Noun} of the post", view.Anchor($"indicator-{id}-by-{by.Anchor}")));
        blocks.Add(new ParagraphBlock(
            $"{likelihood.EventsLabel} of {likelihood.BaseLabel.ToLowerInvariant()} {likelihood.Noun} by the {by.Noun} of the post applied for, "
            + $"with the indicator's statistics for each row; applications whose {by.Noun} is blank or not recognised are the row \"{LikelihoodBreakdownRow.NotRecognisedLabel}\"."));
        if (rows.Count == 0)
        {
            blocks.Add(new ParagraphBlock("No application was counted."));
            return;
        }

        var (events, @base) = (likelihood.EventsLabel.ToLowerInvariant(), likelihood.BaseLabel.ToLowerInvariant());
        List<TableColumn> columns =
        [
            new(by.Header, false),
            new($"{view.Reference} {events}"), new($"{view.Reference} {@base}"),
            new($"{view.Focus} {events}"), new($"{view.Focus} {@base}"),
            new($"Unknown {events}"), new($"Unknown {@base}"),
            new($"Relative likelihood ({likelihood.OrientationText})"), new("95% confidence interval"), new("p-value"), new("Band", false), new("Small numbers", false),
        ];
        var table = new List<IReadOnlyList<string>>(rows.Count);
        var withheld = false;
        var small = false;
        foreach (var row in rows)
        {
            var figures = view.Figures.Breakdown(row);
            List<string> cells =
            [
                row.Label,
                figures.Reference.Events.Text, figures.Reference.Base.Text,
                figures.Focus.Events.Text, figures.Focus.Base.Text,
                figures.Unknown.Events.Text, figures.Unknown.Base.Text,
            ];
            if (figures.Statistics is not { } ratio)
            {
                withheld = true;
                cells.AddRange(["not published", DisclosureWords.NotPublished, DisclosureWords.NotPublished, DisclosureWords.NotPublished, DisclosureWords.NotPublished]);
            }
            else
            {
                small |= ratio.SmallNumbers;
                cells.AddRange(
                [
                    ratio.Ratio is { } value ? Numbers.Ratio(value) : NoRatioText(likelihood, ratio.UndefinedReason),
                    ratio.Interval is { } interval ? $"{Numbers.Limit(interval.Lower)} to {Numbers.Limit(interval.Upper)}" : Numbers.NotApplicable,
                    Numbers.PValue(ratio.PValue),
                    BandShortText(view, ratio.Band),
                    ratio.SmallNumbers ? "Yes" : "No",
                ]);
            }

            table.Add(cells);
        }

        blocks.Add(new TableBlock($"{view.IndicatorWord} {id} by {by.Noun} of the post: counts and relative likelihoods", columns, table));
        if (small)
        {
            blocks.Add(new ParagraphBlock(
                "Caution: small numbers. A row marked Yes has few events, few non-events or a small base in a group, so its ratio can move a lot with a handful of people; read it with its confidence interval.",
                Caution: true));
        }

        if (withheld && view.Disclosure is { } options)
        {
            blocks.Add(new ParagraphBlock(
                $"Not published (*): a row's relative likelihood, interval, p-value, band and small-numbers flag when a count behind them is {DisclosureWords.SmallCount(options)} or withheld, or when showing them would let such a count be worked out."));
        }
    }

    /// <summary>Why a row has no ratio, in words: no one of a group shortlisted, or no one of the dividing group appointed.</summary>
    private static string NoRatioText(LikelihoodView likelihood, UndefinedReason reason) => reason switch
    {
        UndefinedReason.NumeratorGroupHasNoBase => $"no ratio: no {likelihood.NumeratorLabel} {likelihood.Noun} {likelihood.BaseLabel.ToLowerInvariant()}",
        UndefinedReason.DenominatorGroupHasNoBase => $"no ratio: no {likelihood.DenominatorLabel} {likelihood.Noun} {likelihood.BaseLabel.ToLowerInvariant()}",
        UndefinedReason.DenominatorLikelihoodIsZero => $"no ratio: no {likelihood.DenominatorLabel} {likelihood.Noun} {likelihood.EventsLabel.ToLowerInvariant()}",
        _ => Numbers.NotApplicable,
    };

    /// <summary>The four-fifths band in a few words, for a table cell.</summary>
    private static string BandShortText(ReportView view, LikelihoodBand band) => band switch
    {
        LikelihoodBand.NonAdverse => "Not adverse",
        LikelihoodBand.AdverseToFocus => $"Adverse to {view.Focus}",
        LikelihoodBand.AdverseToReference => $"Adverse to {view.Reference}",
        _ => Numbers.NotApplicable,
    };

    /// <summary>A detailed ethnic group in words (rules §8).</summary>
    private static string DetailedGroupText(DetailedEthnicGroup group) => group switch
    {
        DetailedEthnicGroup.WhiteBritish => "White British",
        DetailedEthnicGroup.WhiteIrish => "White Irish",
        DetailedEthnicGroup.WhiteOther => "White other",
        DetailedEthnicGroup.Mixed => "Mixed",
        DetailedEthnicGroup.Asian => "Asian",
        DetailedEthnicGroup.Black => "Black",
        DetailedEthnicGroup.Chinese => "Chinese",
        DetailedEthnicGroup.Other => "Other",
        _ => "Unknown",
    };
}
