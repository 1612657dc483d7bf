using Wres.Core.Ethnicity;

namespace Wres.Core.Workforce;

/// <summary>
/// People counted into cells: segment × indicator 1 row × detailed ethnic group × disability group. The detailed
/// group decides the ethnic group (White British, Irish and other are White; Unknown is Unknown; the rest BME), so
/// one increment a person counts both.
/// </summary>
internal sealed class WorkforceCounts
{
    private const int Segments = 4; // Segment values 0-3
    private const int Groups = 3;
    private const int Details = DetailedEthnicTally.Count;

    /// <summary>The ethnic group (0 Unknown, 1 White, 2 BME) of each detailed group.</summary>
    private static readonly int[] GroupOfDetail = BuildGroupOfDetail();

    private readonly int[] _cells = new int[Segments * Grade.Count * Details * Groups];
    private readonly int[] _decisions = new int[Enum.GetValues<SelectionRule>().Length];

    public int Headcount { get; private set; }

    public void Add(int segment, int row, int disability, int detail)
    {
        _cells[Index(segment, row, detail, disability)]++;
        Headcount++;
    }

    public void Decided(SelectionRule rule) => _decisions[(int)rule]++;

    public int PeopleDecidedBy(SelectionRule rule) => _decisions[(int)rule];

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

                for (var e = 0; e < Details; e++)
                {
                    for (var d = 0; d < Groups; d++)
                    {
                        groups[characteristic == ProtectedCharacteristic.Disability ? d : GroupOfDetail[e]] += _cells[Index(s, r, e, d)];
                    }
                }
            }
        }

        return new GroupTally(groups[1], groups[2], groups[0]);
    }

    /// <summary>The detailed ethnic groups of a segment's row (or of the whole segment when <paramref name="row"/> is null, or everyone when <paramref name="segment"/> is null).</summary>
    public DetailedEthnicTally Detail(Segment? segment, Grade? row)
    {
        Span<int> groups = stackalloc int[Details];
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

                for (var e = 0; e < Details; e++)
                {
                    for (var d = 0; d < Groups; d++)
                    {
                        groups[e] += _cells[Index(s, r, e, d)];
                    }
                }
            }
        }

        return new DetailedEthnicTally(groups);
    }

    private static int Index(int segment, int row, int detail, int disability) =>
        (((((segment * Grade.Count) + row) * Details) + detail) * Groups) + disability;

    private static int[] BuildGroupOfDetail()
    {
        var groups = new int[Details];
        for (var d = 0; d < Details; d++)
        {
            groups[d] = (int)DetailedEthnicTally.GroupOf((DetailedEthnicGroup)d);
        }

        return groups;
    }
}
