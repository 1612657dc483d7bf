using Wres.Core.Ethnicity;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Document;

/// <summary>Indicator 1 by detailed ethnic group (<c>--detail</c>, WRES): each segment's rows with White and BME split into the groups of rules §8.</summary>
internal static partial class ReportDocument
{
    private static void RepresentationDetail(ReportView view, List<DocumentBlock> blocks)
    {
        if (!view.Detail || view.Report.Representation.Status != Core.Indicators.IndicatorStatus.Computed)
        {
            return;
        }

        blocks.Add(new HeadingBlock(3, $"{view.IndicatorWord} {view.Report.Representation.Id} by detailed ethnic group", view.Anchor("indicator-1-detail")));
        blocks.Add(new ParagraphBlock(
            $"{view.Reference} and {view.Focus} split into the groups of the NHS ethnic category codes: White British (A), White Irish (B), White other (C and its extended codes), "
            + $"Mixed (D to G), Asian (H to L), Black (M, N, P), Chinese (R) and Other (S), each extended code with its national code and a local code with its {view.Reference} or {view.Focus} group; "
            + "Unknown is not stated (Z), not known (99), blank or not recognised."));
        List<TableColumn> columns =
        [
            new("Band or grade", false),
            new(DetailText(DetailedEthnicGroup.WhiteBritish)), new(DetailText(DetailedEthnicGroup.WhiteIrish)), new(DetailText(DetailedEthnicGroup.WhiteOther)), new(view.Reference),
            new(DetailText(DetailedEthnicGroup.Mixed)), new(DetailText(DetailedEthnicGroup.Asian)), new(DetailText(DetailedEthnicGroup.Black)),
            new(DetailText(DetailedEthnicGroup.Chinese)), new(DetailText(DetailedEthnicGroup.Other)), new(view.Focus),
            new(DetailText(DetailedEthnicGroup.Unknown)),
        ];
        foreach (var segment in view.Segments)
        {
            var rows = new List<IReadOnlyList<string>>();
            foreach (var row in segment.Rows)
            {
                if (view.Figures.Detail(row) is not { } detail)
                {
                    continue;
                }

                var counts = view.Figures.Row(row);
                rows.Add(
                [
                    row.Label,
                    detail[DetailedEthnicGroup.WhiteBritish].Text, detail[DetailedEthnicGroup.WhiteIrish].Text, detail[DetailedEthnicGroup.WhiteOther].Text, counts.Reference.Text,
                    detail[DetailedEthnicGroup.Mixed].Text, detail[DetailedEthnicGroup.Asian].Text, detail[DetailedEthnicGroup.Black].Text,
                    detail[DetailedEthnicGroup.Chinese].Text, detail[DetailedEthnicGroup.Other].Text, counts.Focus.Text,
                    detail[DetailedEthnicGroup.Unknown].Text,
                ]);
            }

            blocks.Add(new TableBlock($"{view.IndicatorWord} 1, {segment.Heading.ToLowerInvariant()}: people by detailed ethnic group", columns, rows));
        }
    }

    /// <summary>A detailed ethnic group as a column heading: <c>White British</c>, <c>White other</c>, <c>Chinese</c>.</summary>
    private static string DetailText(DetailedEthnicGroup group) => group switch
    {
        DetailedEthnicGroup.WhiteBritish => "White British",
        DetailedEthnicGroup.WhiteIrish => "White Irish",
        DetailedEthnicGroup.WhiteOther => "White other",
        _ => group.ToString(),
    };
}
