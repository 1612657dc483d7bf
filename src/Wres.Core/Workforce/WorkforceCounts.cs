using Wres.Core.Ethnicity;

namespace Wres.Core.Workforce;

/// <summary>
/// People counted into cells: segment × indicator 1 row × ethnic group × disability group, and segment × row ×
/// detailed ethnic group.
/// </summary>
internal sealed class WorkforceCounts
{
    private const int Segments = 4; // Segment values 0-3
    private const int Groups = 3;

    private readonly int[] _cells = new int[Segments * Grade.Count * Groups * Groups];
    private readonly int[] _detail = new int[Segments * Grade.Count * DetailedEthnicTally.Count];
    private readonly int[] _decisions = new int[Enum.GetValues<SelectionRule>().Length];

    public int Headcount { get; private set; }

    public void Add(int segment, int row, int ethnicity, int disability, int detail)
    {
        _cells[Index(segment, row, ethnicity, disability)]++;
        _detail[(((segment * Grade.Count) + row) * DetailedEthnicTally.Count) + detail]++;
        Headcount++;
    }

    public void Decided(SelectionRule rule) => _decisions[(int)rule]++;

    public int PeopleDecidedBy(SelectionRule rule) => _decisions[(int)rule];

    public int Cell(int segment, int row, int ethnicity, int disability) => _cells[Index(segment, row, ethnicity, disability)];

    /// <summary>The tally of a segment's row (or of the whole segment when <paramref name="row"/> is null, or everyone when <paramref name="segment"/> is null).</summary>
    public GroupTally Tally(ProtectedCharacteristic characteristic, Segment? segment, Grade? row)
    {
        Span<int> groups = stackalloc int[Groups];
        for (var s = 1; s < Segments; s++)
        {
            if (segment is not null && (int)segment.Value != s)
            {
                continue;
            }

            for (var r = 0; r < Grade.Count; r++)
            {
                if (row is not null && row.Index != r)
                {
                    continue;
                }

                for (var e = 0; e < Groups; e++)
                {
                    for (var d = 0; d < Groups; d++)
                    {
                        groups[characteristic == ProtectedCharacteristic.Disability ? d : e] += _cells[Index(s, r, e, d)];
                    }
                }
            }
        }

        return new GroupTally(groups[1], groups[2], groups[0]);
    }

    /// <summary>The detailed ethnic groups of a segment's row (or of the whole segment when <paramref name="row"/> is null, or everyone when <paramref name="segment"/> is null).</summary>
    public DetailedEthnicTally Detail(Segment? segment, Grade? row)
    {
        Span<int> groups = stackalloc int[DetailedEthnicTally.Count];
        for (var s = 1; s < Segments; s++)
        {
            if (segment is not null && (int)segment.Value != s)
            {
                continue;
            }

            for (var r = 0; r < Grade.Count; r++)
            {
                if (row is not null && row.Index != r)
                {
                    continue;
                }

                var start = ((s * Grade.Count) + r) * DetailedEthnicTally.Count;
                for (var d = 0; d < DetailedEthnicTally.Count; d++)
                {
                    groups[d] += _detail[start + d];
                }
            }
        }

        return new DetailedEthnicTally(groups);
    }

    private static int Index(int segment, int row, int ethnicity, int disability) =>
        (((((segment * Grade.Count) + row) * Groups) + ethnicity) * Groups) + disability;
}
