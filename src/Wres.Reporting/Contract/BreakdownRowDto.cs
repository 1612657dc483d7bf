using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>
/// One row of indicator 2 by the post's pay band (<c>byBand</c>) or staff group (<c>byStaffGroup</c>): the row's name,
/// each group's events, base and likelihood, and the relative likelihood with its interval, p-value, four-fifths band
/// and small-numbers flag, exactly as the indicator itself has them.
/// </summary>
internal sealed record BreakdownRowDto
{
    /// <summary>The pay band (<c>Band 5</c>, <c>Consultants</c>, <c>Not recognised or blank</c>) of a row of <c>byBand</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PayBand { get; init; }

    /// <summary>The staff group (<c>Allied Health Professionals</c>, <c>Not recognised or blank</c>) of a row of <c>byStaffGroup</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? StaffGroup { get; init; }

    public GroupLikelihoodDto? White { get; init; }

    public GroupLikelihoodDto? Bme { get; init; }

    public GroupLikelihoodDto? Unknown { get; init; }

    public ReportNumber? RelativeLikelihood { get; init; }

    /// <summary><see langword="true"/> when publishing withheld the ratio and with it the interval, p-value, band and small-numbers flag (all <c>null</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? RelativeLikelihoodSuppressed { get; init; }

    /// <summary>Why the ratio is withheld, in words; absent when it is not.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SuppressedReason { get; init; }

    public IntervalDto? Ci95 { get; init; }

    public ReportNumber? PValue { get; init; }

    public string? Band { get; init; }

    public bool? SmallNumbers { get; init; }

    /// <summary>Why there is no ratio (a base of 0, or no one of the dividing group appointed); <c>null</c> when there is one.</summary>
    public string? UndefinedReason { get; init; }
}
