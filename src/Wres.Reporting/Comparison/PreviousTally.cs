namespace Wres.Reporting.Comparison;

/// <summary>
/// Last year's counts of the three groups and their total, as last year's report gave them: <see langword="null"/>
/// where the count is unknown (missing from the file, or suppressed because that report was published).
/// </summary>
/// <param name="Reference">The reference group (White or Non-disabled).</param>
/// <param name="Focus">The focus group (BME or Disabled).</param>
/// <param name="Unknown">The group whose characteristic is unknown.</param>
/// <param name="Total">Everyone.</param>
internal sealed record PreviousTally(int? Reference, int? Focus, int? Unknown, int? Total);
