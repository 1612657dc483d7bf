namespace Wres.Core.Validation;

/// <summary>How many rows of a source one scope rule set aside.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Detail">What the rule matched, for example <c>Bank</c>; <see langword="null"/> when the rule says it all.</param>
/// <param name="Rows">The number of rows.</param>
public sealed record ExclusionCount(ExclusionRule Rule, string? Detail, int Rows);
