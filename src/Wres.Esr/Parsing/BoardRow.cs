using Wres.Core.Board;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Ingestion;
using Wres.Esr.Internal;

namespace Wres.Esr.Parsing;

/// <summary>One valid board row.</summary>
internal ref struct BoardRow
{
    public ReadOnlySpan<byte> Member;
    public EthnicityClassification Ethnicity;
    public bool Voting;
    public bool Executive;
    public DisabilityGroup Disability;

    public readonly bool AddTo(InputWriter writer)
    {
        writer.AddBoardMember(Ethnicity.Group, Disability, Voting, Executive);
        return true;
    }

    public readonly BoardMember ToRecord() => new()
    {
        Member = Fields.Text(Member),
        EthnicOrigin = Ethnicity.Category,
        Voting = Voting,
        Executive = Executive,
        Disability = Disability,
    };
}
