namespace Wres.Esr.Internal;

/// <summary>A classified field value with the finding it deserves, worked out once per distinct value.</summary>
internal sealed class Classified<T>(T value, FoldedIssue? issue = null)
{
    public T Value { get; } = value;

    public FoldedIssue? Issue { get; } = issue;
}
