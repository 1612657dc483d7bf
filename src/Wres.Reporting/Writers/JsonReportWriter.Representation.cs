using Wres.Core;
using Wres.Core.Indicators;
using Wres.Reporting.Comparison;
using Wres.Reporting.Contract;
using Wres.Reporting.Publication;

namespace Wres.Reporting.Writers;

/// <summary>Indicator 1: every row of every segment, each with last year's row and the change when comparing.</summary>
internal sealed partial class JsonReportWriter
{
    private IndicatorDto Representation()
    {
        var representation = _view.Report.Representation;
        if (representation.Status != IndicatorStatus.Computed)
        {
            return Bare(IndicatorKind.Representation, representation.Id, _view.RepresentationTitle, representation.Status);
        }

        var rows = new List<RowDto>(representation.Rows.Count);
        foreach (var segment in _view.Segments)
        {
            foreach (var row in segment.Rows)
            {
                rows.Add(WithParityAndDetail(Row(segment.Key, row, _view.Comparison?.Row(segment.Key, row.Label)), row));
            }
        }

        var whole = _view.Figures.Workforce;
        return new RepresentationIndicatorDto
        {
            Kind = IndicatorKind.Representation,
            Id = representation.Id,
            Title = Text(_view.RepresentationTitle),
            Status = StatusText(representation.Status),
            Rows = rows,
            KnownBmePercent = Percent(whole?.KnownFocusPercent),
            DeclarationRate = Percent(whole?.DeclarationRate),
        };
    }

    private RowDto Row(string segment, RepresentationRow row, PreviousRow? previous)
    {
        var counts = _view.Figures.Row(row);
        var before = previous is null ? null : _view.PreviousGroup(previous.Counts);
        double? Share(double? given, ComparisonGroup group) => _view.PreviousShare(given, () => before?.PercentOf(group));
        var (referenceBefore, focusBefore, unknownBefore) = previous is null
            ? default
            : (Share(previous.ReferencePercent, ComparisonGroup.Reference), Share(previous.FocusPercent, ComparisonGroup.Focus), Share(previous.UnknownPercent, ComparisonGroup.Unknown));
        return RowFigures<RowDto>(counts, row.Applicable, counts.PercentOf(ComparisonGroup.Reference), counts.PercentOf(ComparisonGroup.Focus), counts.PercentOf(ComparisonGroup.Unknown)) with
        {
            Segment = segment,
            Row = row.Label,
            IsTotal = row.IsTotal,
            Previous = Compared(previous is null ? null : RowFigures<RowFiguresDto>(before!, previous.Applicable, referenceBefore, focusBefore, unknownBefore)),
            Change = Compared(previous is null ? null : new RowChangeDto
            {
                White = _view.CountChange(counts.Reference, previous.Counts.Reference),
                Bme = _view.CountChange(counts.Focus, previous.Counts.Focus),
                Unknown = _view.CountChange(counts.Unknown, previous.Counts.Unknown),
                Total = _view.CountChange(counts.Total, previous.Counts.Total),
                WhitePercent = Percent(ReportComparison.Difference(counts.PercentOf(ComparisonGroup.Reference), referenceBefore)),
                BmePercent = Percent(ReportComparison.Difference(counts.PercentOf(ComparisonGroup.Focus), focusBefore)),
                UnknownPercent = Percent(ReportComparison.Difference(counts.PercentOf(ComparisonGroup.Unknown), unknownBefore)),
            }),
        };
    }

    /// <summary>A row's figures, this year's or last year's: one layout for both.</summary>
    private T RowFigures<T>(GroupFigures counts, bool? applicable, double? referencePercent, double? focusPercent, double? unknownPercent)
        where T : RowFiguresDto, new() => new()
        {
            White = Count(counts.Reference),
            Bme = Count(counts.Focus),
            Unknown = Count(counts.Unknown),
            Total = Count(counts.Total),
            Applicable = applicable,
            WhitePercent = Percent(referencePercent),
            BmePercent = Percent(focusPercent),
            UnknownPercent = Percent(unknownPercent),
        };
}
