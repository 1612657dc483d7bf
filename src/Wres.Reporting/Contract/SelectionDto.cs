using System.Text.Json.Serialization;
using Wres.Core.Workforce;

namespace Wres.Reporting.Contract;

/// <summary>
/// How many people had their reporting assignment chosen by each rule, keyed by the rule's name; a rule the report
/// does not list is absent (a suppressed count is <c>null</c> beside its <c>…Suppressed</c> flag).
/// </summary>
internal sealed record SelectionDto
{
    [JsonPropertyName(nameof(SelectionRule.OnlyAssignment))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Count? OnlyAssignment { get; init; }

    [JsonPropertyName(nameof(SelectionRule.OnlyAssignment) + "Suppressed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? OnlyAssignmentSuppressed => Count.SuppressedFlag(OnlyAssignment);

    [JsonPropertyName(nameof(SelectionRule.OnlyAssignment) + "Withheld")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? OnlyAssignmentWithheld => Count.WithheldFlag(OnlyAssignment);

    [JsonPropertyName(nameof(SelectionRule.PrimaryAssignment))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Count? PrimaryAssignment { get; init; }

    [JsonPropertyName(nameof(SelectionRule.PrimaryAssignment) + "Suppressed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? PrimaryAssignmentSuppressed => Count.SuppressedFlag(PrimaryAssignment);

    [JsonPropertyName(nameof(SelectionRule.PrimaryAssignment) + "Withheld")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? PrimaryAssignmentWithheld => Count.WithheldFlag(PrimaryAssignment);

    [JsonPropertyName(nameof(SelectionRule.HighestFte))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Count? HighestFte { get; init; }

    [JsonPropertyName(nameof(SelectionRule.HighestFte) + "Suppressed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? HighestFteSuppressed => Count.SuppressedFlag(HighestFte);

    [JsonPropertyName(nameof(SelectionRule.HighestFte) + "Withheld")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? HighestFteWithheld => Count.WithheldFlag(HighestFte);

    [JsonPropertyName(nameof(SelectionRule.HighestBand))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Count? HighestBand { get; init; }

    [JsonPropertyName(nameof(SelectionRule.HighestBand) + "Suppressed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? HighestBandSuppressed => Count.SuppressedFlag(HighestBand);

    [JsonPropertyName(nameof(SelectionRule.HighestBand) + "Withheld")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? HighestBandWithheld => Count.WithheldFlag(HighestBand);

    [JsonPropertyName(nameof(SelectionRule.LowestAssignmentNumber))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Count? LowestAssignmentNumber { get; init; }

    [JsonPropertyName(nameof(SelectionRule.LowestAssignmentNumber) + "Suppressed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? LowestAssignmentNumberSuppressed => Count.SuppressedFlag(LowestAssignmentNumber);

    [JsonPropertyName(nameof(SelectionRule.LowestAssignmentNumber) + "Withheld")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? LowestAssignmentNumberWithheld => Count.WithheldFlag(LowestAssignmentNumber);

    [JsonPropertyName(nameof(SelectionRule.DuplicateAssignmentNumber))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Count? DuplicateAssignmentNumber { get; init; }

    [JsonPropertyName(nameof(SelectionRule.DuplicateAssignmentNumber) + "Suppressed")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? DuplicateAssignmentNumberSuppressed => Count.SuppressedFlag(DuplicateAssignmentNumber);

    [JsonPropertyName(nameof(SelectionRule.DuplicateAssignmentNumber) + "Withheld")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? DuplicateAssignmentNumberWithheld => Count.WithheldFlag(DuplicateAssignmentNumber);
}
