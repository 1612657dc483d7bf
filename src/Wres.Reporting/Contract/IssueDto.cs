namespace Wres.Reporting.Contract;

/// <summary>One finding about an input: where (line and column, never the row's content), its stable code, severity and message.</summary>
internal sealed record IssueDto
{
    public int? Line { get; init; }

    public string? Column { get; init; }

    public string? Code { get; init; }

    public string? Severity { get; init; }

    public string? Message { get; init; }

    public int Occurrences { get; init; }
}
