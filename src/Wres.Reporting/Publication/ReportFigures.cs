using Wres.Core;
using Wres.Core.Indicators;
using Wres.Core.Publication;
using Wres.Core.Statistics;
using Wres.Core.Workforce;

namespace Wres.Reporting.Publication;

/// <summary>
/// Every figure of one report as every format shows it: the counts (exact, or through disclosure control with the
/// counts withheld to protect them), the shares and likelihoods computed from exactly those counts, the ratios'
/// statistics or why they are withheld, and the survey results. The writers take their numbers from here only.
/// </summary>
internal sealed partial class ReportFigures
{
    private readonly Dictionary<RepresentationRow, GroupFigures> _rows = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<RepresentationRow, DetailFigures> _detail = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<LikelihoodIndicatorResult, LikelihoodFigures> _likelihoods = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<BoardSubset, GroupFigures> _board = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<SurveyIndicatorResult, SurveyFigures> _surveys = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<SelectionRule, PublishedCount> _selection = [];

    private ReportFigures()
    {
    }

    /// <summary>The workforce; <see langword="null"/> without staff input.</summary>
    public GroupFigures? Workforce { get; private init; }

    /// <summary>A row of indicator 1.</summary>
    public GroupFigures Row(RepresentationRow row) => _rows[row];

    /// <summary>A row of indicator 1 by detailed ethnic group; <see langword="null"/> when the report does not show them (WDES, or not asked for when publishing).</summary>
    public DetailFigures? Detail(RepresentationRow row) => _detail.GetValueOrDefault(row);

    /// <summary>The people a selection rule decided; <see langword="null"/> when the report does not list the rule.</summary>
    public PublishedCount? Selection(SelectionRule rule) => _selection.TryGetValue(rule, out var count) ? count : null;

    /// <summary>A computed relative-likelihood indicator.</summary>
    public LikelihoodFigures Likelihood(LikelihoodIndicatorResult result) => _likelihoods[result];

    /// <summary>A set of board members: its size exactly, its groups as shown.</summary>
    public GroupFigures Board(BoardSubset subset) => _board[subset];

    /// <summary>The focus group's share of a set of board members minus its share of the workforce, both as shown; <see langword="null"/> when either is not.</summary>
    public double? BoardDifference(BoardSubset subset) =>
        Board(subset).PercentOf(ComparisonGroup.Focus) is { } board && Workforce?.PercentOf(ComparisonGroup.Focus) is { } workforce ? board - workforce : null;

    /// <summary>A staff survey indicator.</summary>
    public SurveyFigures Survey(SurveyIndicatorResult survey) => _surveys[survey];

    /// <summary>The figures as they are: every count exact, every share and statistic from the true counts.</summary>
    public static ReportFigures Exact(WresReport report)
    {
        var figures = new ReportFigures { Workforce = report.Workforce is { } workforce ? GroupFigures.Exact(workforce) : null };
        foreach (var row in report.Representation.Rows)
        {
            figures._rows[row] = GroupFigures.Exact(row.Counts);
            if (row.Detail is { } detail)
            {
                figures._detail[row] = DetailFigures.Exact(detail);
            }
        }

        foreach (var (rule, people) in report.Selection)
        {
            figures._selection[rule] = PublishedCount.Exact(people);
        }

        foreach (var likelihood in Likelihoods(report))
        {
            figures._likelihoods[likelihood] = new LikelihoodFigures(
                Exact(likelihood.Reference), Exact(likelihood.Focus), Exact(likelihood.Unknown), likelihood.RelativeLikelihood, null);
        }

        figures.ExactBreakdowns(report);
        foreach (var subset in Subsets(report.Board))
        {
            figures._board[subset] = GroupFigures.Exact(subset.Members);
        }

        foreach (var survey in report.Survey)
        {
            figures._surveys[survey] = new SurveyFigures(
                survey.ReferencePercent,
                survey.FocusPercent,
                survey.ReferenceRespondents is { } r ? PublishedCount.Exact(r) : null,
                survey.FocusRespondents is { } f ? PublishedCount.Exact(f) : null,
                survey.GapPercentagePoints,
                survey.AdverseToFocus);
        }

        return figures;

        static GroupLikelihoodFigures Exact(Proportion proportion) => new(PublishedCount.Exact(proportion.Events), PublishedCount.Exact(proportion.Base));
    }

    /// <summary>The figures as published: counts from the ledger once it has been made safe, everything else from them.</summary>
    public static ReportFigures Published(WresReport report, DisclosureLedger ledger, FigureSlots slots)
    {
        var figures = new ReportFigures { Workforce = slots.Workforce is { } workforce ? Group(ledger, workforce) : null };
        foreach (var (row, group) in slots.Rows)
        {
            figures._rows[row] = Group(ledger, group);
        }

        foreach (var (row, detail) in slots.Detail)
        {
            figures._detail[row] = new DetailFigures([.. detail.Cells.Select(ledger.Published)]);
        }

        foreach (var (rule, cell) in slots.Selection)
        {
            figures._selection[rule] = ledger.Published(cell);
        }

        foreach (var likelihood in Likelihoods(report))
        {
            var cells = slots.Likelihoods[likelihood];
            var reason = WithheldReason(ledger, cells.Ratio);
            figures._likelihoods[likelihood] = new LikelihoodFigures(
                Proportion(ledger, cells, 0), Proportion(ledger, cells, 1), Proportion(ledger, cells, 2), reason is null ? likelihood.RelativeLikelihood : null, reason);
        }

        figures.PublishedBreakdowns(ledger, slots);

        foreach (var (subset, group) in slots.Board)
        {
            figures._board[subset] = Group(ledger, group);
        }

        var control = new DisclosureControl(ledger.Options);
        foreach (var survey in report.Survey)
        {
            var reference = survey.ReferenceRespondents is { } r ? PublishedCount.Of(control.Apply(r)) : (PublishedCount?)null;
            var focus = survey.FocusRespondents is { } f ? PublishedCount.Of(control.Apply(f)) : (PublishedCount?)null;
            var referencePercent = reference is { IsHidden: true } ? null : survey.ReferencePercent;
            var focusPercent = focus is { IsHidden: true } ? null : survey.FocusPercent;
            var shown = survey.GapPercentagePoints is not null && referencePercent is not null && focusPercent is not null;
            figures._surveys[survey] = new SurveyFigures(
                referencePercent, focusPercent, reference, focus, shown ? survey.GapPercentagePoints : null, shown ? survey.AdverseToFocus : null);
        }

        return figures;
    }

    private static GroupFigures Group(DisclosureLedger ledger, GroupSlots group) =>
        new(ledger.Published(group.Reference), ledger.Published(group.Focus), ledger.Published(group.Unknown), ledger.Published(group.Total));

    private static GroupLikelihoodFigures Proportion(DisclosureLedger ledger, LikelihoodSlots cells, int group) =>
        new(ledger.Published(cells.Events[group]), ledger.Published(cells.Bases[group]));

    private static IEnumerable<LikelihoodIndicatorResult> Likelihoods(WresReport report)
    {
        foreach (var likelihood in new[] { report.Appointment, report.FormalProcess, report.Training })
        {
            if (likelihood is { Status: IndicatorStatus.Computed, RelativeLikelihood: not null })
            {
                yield return likelihood;
            }
        }
    }

    private static IEnumerable<BoardSubset> Subsets(BoardResult board) =>
        board.Status == IndicatorStatus.Computed ? [board.Total, board.Voting, board.NonVoting, board.Executive, board.NonExecutive] : [];
}
