namespace Wres.Synthetic.Internal;

/// <summary>The board at the snapshot date: 12 to 16 members, voting non-executives in the majority.</summary>
internal static class BoardFile
{
    public static readonly string[] Header = ["Member", "Ethnic Origin", "Voting", "Executive", "Disability"];

    /// <summary>The smallest board; up to four more members are added from the end of <see cref="Seats"/>.</summary>
    private const int MinimumMembers = 12;

    /// <summary>The BME share of board members (known ethnicity): lower than the workforce's.</summary>
    private const double BoardBmeShare = 0.17;

    private static readonly Weighted<string> BoardDisability = new(
        (EsrText.No, 85), (EsrText.Yes, 7), (EsrText.DisabilityPreferNotToAnswer, 8));

    // Member (a role, standing for the name), voting, executive; in the order seats are filled.
    private static readonly (string Member, bool Voting, bool Executive)[] Seats =
    [
        ("Chair", true, false),
        ("Chief Executive", true, true),
        ("Chief Financial Officer", true, true),
        ("Medical Director", true, true),
        ("Chief Nursing Officer", true, true),
        ("Chief Operating Officer", true, true),
        ("Vice Chair", true, false),
        ("Non-Executive Director (Audit)", true, false),
        ("Non-Executive Director (Quality)", true, false),
        ("Non-Executive Director (People)", true, false),
        ("Non-Executive Director (Finance)", true, false),
        ("Chief People Officer", false, true),
        ("Director of Strategy", false, true),
        ("Associate Non-Executive Director", false, false),
        ("Non-Executive Director (Digital)", true, false),
        ("Chief Digital Information Officer", false, true),
    ];

    /// <summary>The rows (the board file has no deliberate bad rows).</summary>
    public static IEnumerable<string[]> Rows(TrustPlan plan)
    {
        var random = Prng.For(plan.Seed, RandomStream.Board, 0);
        var members = MinimumMembers + random.Next(Seats.Length - MinimumMembers + 1);
        for (var m = 0; m < members; m++)
        {
            var (member, voting, executive) = Seats[m];
            yield return
            [
                member,
                EthnicityText.Board.Draw(ref random, BoardBmeShare, out _),
                voting ? EsrText.Yes : EsrText.No,
                executive ? EsrText.Yes : EsrText.No,
                BoardDisability.Pick(ref random),
            ];
        }
    }
}
