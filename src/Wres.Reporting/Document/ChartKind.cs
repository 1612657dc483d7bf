namespace Wres.Reporting.Document;

/// <summary>The charts of the HTML page.</summary>
internal enum ChartKind
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>Indicator 1: the group shares of every row as stacked horizontal bars, by segment.</summary>
    Representation = 1,

    /// <summary>The relative likelihoods as points with 95% confidence whiskers on a log scale, the four-fifths range shaded.</summary>
    RelativeLikelihoods = 2,

    /// <summary>The focus group's share of the board, voting and executive members against the workforce.</summary>
    Board = 3,
}
