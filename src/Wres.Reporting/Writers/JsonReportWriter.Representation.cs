using Wres.Core.Indicators;
using Wres.Reporting.Comparison;
using Wres.Reporting.Contract;

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
                rows.Add(Row(segment.Key, row, _view.Comparison?.Row(segment.Key, row.Label)));
            }
        }

        return new RepresentationIndicatorDto
        {
            Kind = IndicatorKind.Representation,
            Id = representation.Id,
            Title = Text(_view.RepresentationTitle),
            Status = StatusText(representation.Status),
            Rows = rows,
            KnownBmePercent = Percent(representation.KnownFocusPercent),
            DeclarationRate = Percent(representation.DeclarationRate),
        };
    }

    private RowDto Row(string segment, RepresentationRow row, PreviousRow? previous)
    {
        var counts = row.Counts;
        return RowFigures<RowDto>(
            new PreviousRow(new PreviousTally(counts.Reference, counts.Focus, counts.Unknown, counts.Total), row.Applicable, row.ReferencePercent, row.FocusPercent, row.UnknownPercent)) with
        {
            Segment = segment,
            Row = row.Label,
            IsTotal = row.IsTotal,
            Previous = Compared(previous is null ? null : RowFigures<RowFiguresDto>(previous)),
            Change = Compared(previous is null ? null : new RowChangeDto
            {
                White = CountChange(counts.Reference, previous.Counts.Reference),
                Bme = CountChange(counts.Focus, previous.Counts.Focus),
                Unknown = CountChange(counts.Unknown, previous.Counts.Unknown),
                Total = CountChange(counts.Total, previous.Counts.Total),
                WhitePercent = Percent(ReportComparison.Difference(row.ReferencePercent, previous.ReferencePercent)),
                BmePercent = Percent(ReportComparison.Difference(row.FocusPercent, previous.FocusPercent)),
                UnknownPercent = Percent(ReportComparison.Difference(row.UnknownPercent, previous.UnknownPercent)),
            }),
        };
    }

    /// <summary>A row's figures, this year's or last year's: one layout for both.</summary>
    private T RowFigures<T>(PreviousRow row)
        where T : RowFiguresDto, new() => new()
        {
            White = Count(row.Counts.Reference),
            Bme = Count(row.Counts.Focus),
            Unknown = Count(row.Counts.Unknown),
            Total = Count(row.Counts.Total),
            Applicable = row.Applicable,
            WhitePercent = Percent(row.ReferencePercent),
            BmePercent = Percent(row.FocusPercent),
            UnknownPercent = Percent(row.UnknownPercent),
        };
}
