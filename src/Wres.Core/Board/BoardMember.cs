using Wres.Core.Disability;
using Wres.Core.Ethnicity;

namespace Wres.Core.Board;

/// <summary>One member of the trust board at the snapshot date.</summary>
public sealed record BoardMember
{
    /// <summary>The member's name or identifier.</summary>
    public required string Member { get; init; }

    /// <summary>The member's ethnic category; <see langword="null"/> when not recorded.</summary>
    public EthnicCategory? EthnicOrigin { get; init; }

    /// <summary>Whether the member has a vote on the board.</summary>
    public required bool Voting { get; init; }

    /// <summary>Whether the member is an executive director.</summary>
    public required bool Executive { get; init; }

    /// <summary>The member's declared disability, for the WDES.</summary>
    public DisabilityGroup Disability { get; init; }
}
