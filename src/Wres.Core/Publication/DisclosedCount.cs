namespace Wres.Core.Publication;

/// <summary>A count as it may be published.</summary>
/// <param name="Value">The number to show, rounded by the policy; <see langword="null"/> when it is suppressed.</param>
/// <param name="Text">The text to show: the number, <c>*</c>, or <c>&lt;5</c>.</param>
public readonly record struct DisclosedCount(int? Value, string Text)
{
    /// <summary>Whether the count is hidden.</summary>
    public bool IsSuppressed => Value is null;
}
