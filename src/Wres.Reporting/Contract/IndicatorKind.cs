namespace Wres.Reporting.Contract;

/// <summary>
/// The kinds of indicator in <c>wres-report/1</c>, the value of each indicator's <c>kind</c>: the set is closed, and
/// a reader that meets another kind rejects the report.
/// </summary>
internal static class IndicatorKind
{
    /// <summary>Indicator 1 (WRES and WDES): the workforce by pay band, grade group or cluster.</summary>
    public const string Representation = "representation";

    /// <summary>A relative likelihood of two groups with its interval, p-value and band (WRES 2, 3, 4; WDES 2, 3).</summary>
    public const string Likelihood = "likelihood";

    /// <summary>A staff survey result of the two groups and the gap (WRES 5 to 8; WDES 4a(i) to 9a).</summary>
    public const string Survey = "survey";

    /// <summary>The board against the workforce (WRES 9, WDES 10).</summary>
    public const string Board = "board";
}
