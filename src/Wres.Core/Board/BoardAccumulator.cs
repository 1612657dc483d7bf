using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Internal;
using Wres.Core.Validation;

namespace Wres.Core.Board;

/// <summary>Counts board members into cells (voting × executive × ethnic group × disability group).</summary>
internal sealed class BoardAccumulator(SourceTally tally) : CountingPart(tally, 4 * Groups * Groups), IRecordPart<BoardMember>
{
    private const int Groups = 3;

    public bool Add(BoardMember member, int line)
    {
        if (RecordRules.Check(member) is { } violation)
        {
            Tally.Reject(line, violation.Column, violation.Code, violation.Message);
            return false;
        }

        Add(member.EthnicOrigin?.Group ?? EthnicGroup.Unknown, member.Disability, member.Voting, member.Executive);
        return true;
    }

    /// <summary>Counts one member a reader has classified.</summary>
    public void Add(EthnicGroup ethnicity, DisabilityGroup disability, bool voting, bool executive)
    {
        Cells[Index(voting, executive, (int)ethnicity, (int)disability)]++;
        Tally.Count();
    }

    /// <summary>Members by group: all of them, or only those whose voting (executive) role is the one given.</summary>
    /// <param name="characteristic">Which group each member counts in.</param>
    /// <param name="votingRole"><see langword="true"/> for voting members only, <see langword="false"/> for non-voting members only, <see langword="null"/> for either.</param>
    /// <param name="executiveRole"><see langword="true"/> for executive members only, <see langword="false"/> for non-executive members only, <see langword="null"/> for either.</param>
    public GroupTally Members(ProtectedCharacteristic characteristic, bool? votingRole, bool? executiveRole)
    {
        Span<int> groups = stackalloc int[Groups];
        foreach (var voting in (ReadOnlySpan<bool>)[false, true])
        {
            foreach (var executive in (ReadOnlySpan<bool>)[false, true])
            {
                if ((votingRole is { } v && v != voting) || (executiveRole is { } x && x != executive))
                {
                    continue;
                }

                for (var e = 0; e < Groups; e++)
                {
                    for (var d = 0; d < Groups; d++)
                    {
                        groups[characteristic == ProtectedCharacteristic.Disability ? d : e] += Cells[Index(voting, executive, e, d)];
                    }
                }
            }
        }

        return new GroupTally(groups[1], groups[2], groups[0]);
    }

    private static int Index(bool voting, bool executive, int ethnicity, int disability) =>
        (((((voting ? 2 : 0) + (executive ? 1 : 0)) * Groups) + ethnicity) * Groups) + disability;
}
