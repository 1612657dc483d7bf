using Wres.Core;
using Wres.Core.Ethnicity;

namespace Wres.Reporting.Publication;

/// <summary>Indicator 1's rows by detailed ethnic group (<c>--detail</c>), in the ledger with their relations.</summary>
internal sealed partial class LedgerBuilder
{
    /// <summary>
    /// The rows by detailed ethnic group: White British, White Irish and White other sum to the row's White count; Mixed,
    /// Asian, Black, Chinese and Other to its BME count; Unknown is the row's Unknown count itself. Each group of a
    /// segment total is the sum of its rows', of the whole workforce the sum of the segments'.
    /// </summary>
    private void Detail(WresReport report, FigureSlots slots)
    {
        var segmentTotals = new List<DetailSlots>();
        var bands = new List<DetailSlots>();
        foreach (var row in report.Representation.Rows)
        {
            if (row.Detail is not { } tally)
            {
                return;
            }

            var group = slots.Rows[row];
            var cells = new int[DetailFigures.Groups.Count];
            foreach (var detailed in DetailFigures.Groups)
            {
                cells[(int)detailed] = detailed == DetailedEthnicGroup.Unknown ? group.Unknown : ledger.Add(tally[detailed]);
                slots.ByKey[$"row/{row.Segment?.ToString() ?? "All"}/{row.Label}/detail/{detailed}"] = cells[(int)detailed];
            }

            ledger.Sum(group.Reference, [cells[(int)DetailedEthnicGroup.WhiteBritish], cells[(int)DetailedEthnicGroup.WhiteIrish], cells[(int)DetailedEthnicGroup.WhiteOther]]);
            ledger.Sum(group.Focus, [cells[(int)DetailedEthnicGroup.Mixed], cells[(int)DetailedEthnicGroup.Asian], cells[(int)DetailedEthnicGroup.Black], cells[(int)DetailedEthnicGroup.Chinese], cells[(int)DetailedEthnicGroup.Other]]);
            var slot = new DetailSlots(cells);
            slots.Detail[row] = slot;
            if (row.IsTotal && row.Segment is not null)
            {
                SumEach(slot, bands);
                segmentTotals.Add(slot);
                bands = [];
            }
            else if (row.IsTotal)
            {
                SumEach(slot, segmentTotals);
            }
            else
            {
                bands.Add(slot);
            }
        }
    }

    /// <summary>Each detailed group of <paramref name="total"/> is the sum of the same group of <paramref name="parts"/> (Unknown is summed with the rows).</summary>
    private void SumEach(DetailSlots total, List<DetailSlots> parts)
    {
        if (parts.Count == 0)
        {
            return;
        }

        foreach (var detailed in DetailFigures.Groups)
        {
            if (detailed != DetailedEthnicGroup.Unknown)
            {
                ledger.Sum(total.Cells[(int)detailed], parts.ConvertAll(p => p.Cells[(int)detailed]));
            }
        }
    }
}
