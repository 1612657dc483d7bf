using Wres.Core;
using Wres.Core.Workforce;
using Wres.Reporting.Comparison;
using Wres.Reporting.Contract;
using Wres.Reporting.Publication;

namespace Wres.Reporting.Writers;

/// <summary>The workforce object: this year's figures, how assignments were chosen, and last year's with the change.</summary>
internal sealed partial class JsonReportWriter
{
    private WorkforceDto? Workforce()
    {
        if (_view.Figures.Workforce is not { } workforce)
        {
            return null;
        }

        var previous = _view.Comparison?.Workforce;
        var before = previous is null ? null : _view.PreviousGroup(previous.Counts);
        double? Share(double? given, Func<GroupFigures, double?> share) => _view.PreviousShare(given, () => before is null ? null : share(before));
        var previousShares = previous is null ? null : new
        {
            Reference = Share(previous.ReferencePercent, g => g.PercentOf(ComparisonGroup.Reference)),
            Focus = Share(previous.FocusPercent, g => g.PercentOf(ComparisonGroup.Focus)),
            Unknown = Share(previous.UnknownPercent, g => g.PercentOf(ComparisonGroup.Unknown)),
            KnownFocus = Share(previous.KnownFocusPercent, g => g.KnownFocusPercent),
            Declared = Share(previous.DeclarationRate, g => g.DeclarationRate),
        };
        return WorkforceFigures<WorkforceDto>(
            workforce,
            workforce.PercentOf(ComparisonGroup.Reference),
            workforce.PercentOf(ComparisonGroup.Focus),
            workforce.PercentOf(ComparisonGroup.Unknown),
            workforce.KnownFocusPercent,
            workforce.DeclarationRate) with
        {
            Selection = Selection(),
            Detail = Detail(_view.Report.Representation.Total),
            Previous = Compared(previous is null ? null : WorkforceFigures<WorkforceFiguresDto>(
                before!, previousShares!.Reference, previousShares.Focus, previousShares.Unknown, previousShares.KnownFocus, previousShares.Declared)),
            Change = Compared(previous is null ? null : new WorkforceChangeDto
            {
                Headcount = _view.CountChange(workforce.Total, previous.Counts.Total),
                White = _view.CountChange(workforce.Reference, previous.Counts.Reference),
                Bme = _view.CountChange(workforce.Focus, previous.Counts.Focus),
                Unknown = _view.CountChange(workforce.Unknown, previous.Counts.Unknown),
                WhitePercent = Percent(ReportComparison.Difference(workforce.PercentOf(ComparisonGroup.Reference), previousShares!.Reference)),
                BmePercent = Percent(ReportComparison.Difference(workforce.PercentOf(ComparisonGroup.Focus), previousShares.Focus)),
                UnknownPercent = Percent(ReportComparison.Difference(workforce.PercentOf(ComparisonGroup.Unknown), previousShares.Unknown)),
                KnownBmePercent = Percent(ReportComparison.Difference(workforce.KnownFocusPercent, previousShares.KnownFocus)),
                DeclarationRate = Percent(ReportComparison.Difference(workforce.DeclarationRate, previousShares.Declared)),
            }),
        };
    }

    /// <summary>The workforce's figures, this year's or last year's: one layout for both.</summary>
    private T WorkforceFigures<T>(GroupFigures counts, double? referencePercent, double? focusPercent, double? unknownPercent, double? knownFocusPercent, double? declarationRate)
        where T : WorkforceFiguresDto, new() => new()
        {
            Headcount = Count(counts.Total),
            White = Count(counts.Reference),
            Bme = Count(counts.Focus),
            Unknown = Count(counts.Unknown),
            WhitePercent = Percent(referencePercent),
            BmePercent = Percent(focusPercent),
            UnknownPercent = Percent(unknownPercent),
            KnownBmePercent = Percent(knownFocusPercent),
            DeclarationRate = Percent(declarationRate),
        };

    private SelectionDto Selection() => new()
    {
        OnlyAssignment = Selected(SelectionRule.OnlyAssignment),
        PrimaryAssignment = Selected(SelectionRule.PrimaryAssignment),
        HighestFte = Selected(SelectionRule.HighestFte),
        HighestBand = Selected(SelectionRule.HighestBand),
        LowestAssignmentNumber = Selected(SelectionRule.LowestAssignmentNumber),
        DuplicateAssignmentNumber = Selected(SelectionRule.DuplicateAssignmentNumber),
    };

    private Count? Selected(SelectionRule rule) => _view.Figures.Selection(rule) is { } people ? Count(people) : null;
}
