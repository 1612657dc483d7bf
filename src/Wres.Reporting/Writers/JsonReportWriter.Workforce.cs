using Wres.Core;
using Wres.Core.Workforce;
using Wres.Reporting.Comparison;
using Wres.Reporting.Contract;

namespace Wres.Reporting.Writers;

/// <summary>The workforce object: this year's figures, how assignments were chosen, and last year's with the change.</summary>
internal sealed partial class JsonReportWriter
{
    private WorkforceDto? Workforce()
    {
        var report = _view.Report;
        if (report.Workforce is not { } workforce)
        {
            return null;
        }

        var previous = _view.Comparison?.Workforce;
        return WorkforceFigures<WorkforceDto>(
            new PreviousTally(workforce.Reference, workforce.Focus, workforce.Unknown, workforce.Total),
            workforce.PercentOf(ComparisonGroup.Reference),
            workforce.PercentOf(ComparisonGroup.Focus),
            workforce.PercentOf(ComparisonGroup.Unknown),
            workforce.KnownFocusPercent,
            workforce.DeclarationRate) with
        {
            Selection = Selection(),
            Previous = Compared(previous is null ? null : WorkforceFigures<WorkforceFiguresDto>(
                previous.Counts, previous.ReferencePercent, previous.FocusPercent, previous.UnknownPercent, previous.KnownFocusPercent, previous.DeclarationRate)),
            Change = Compared(previous is null ? null : new WorkforceChangeDto
            {
                Headcount = CountChange(workforce.Total, previous.Counts.Total),
                White = CountChange(workforce.Reference, previous.Counts.Reference),
                Bme = CountChange(workforce.Focus, previous.Counts.Focus),
                Unknown = CountChange(workforce.Unknown, previous.Counts.Unknown),
                WhitePercent = Percent(ReportComparison.Difference(workforce.PercentOf(ComparisonGroup.Reference), previous.ReferencePercent)),
                BmePercent = Percent(ReportComparison.Difference(workforce.PercentOf(ComparisonGroup.Focus), previous.FocusPercent)),
                UnknownPercent = Percent(ReportComparison.Difference(workforce.PercentOf(ComparisonGroup.Unknown), previous.UnknownPercent)),
                KnownBmePercent = Percent(ReportComparison.Difference(workforce.KnownFocusPercent, previous.KnownFocusPercent)),
                DeclarationRate = Percent(ReportComparison.Difference(workforce.DeclarationRate, previous.DeclarationRate)),
            }),
        };
    }

    /// <summary>The workforce's figures, this year's or last year's: one layout for both.</summary>
    private T WorkforceFigures<T>(PreviousTally counts, double? referencePercent, double? focusPercent, double? unknownPercent, double? knownFocusPercent, double? declarationRate)
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

    private Count? Selected(SelectionRule rule) => _view.Report.Selection.TryGetValue(rule, out var people) ? Count(people) : null;
}
