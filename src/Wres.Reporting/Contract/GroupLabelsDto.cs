namespace Wres.Reporting.Contract;

/// <summary>The display labels of the two groups (the keys stay <c>white</c>/<c>bme</c> or <c>nonDisabled</c>/<c>disabled</c> whatever they are).</summary>
internal sealed record GroupLabelsDto
{
    public string? Reference { get; init; }

    public string? Focus { get; init; }
}
