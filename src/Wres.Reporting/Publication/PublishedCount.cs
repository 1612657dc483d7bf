using Wres.Core.Publication;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Publication;

/// <summary>A count as a report shows it: its value (exact, or rounded by the policy), or suppressed, or withheld.</summary>
/// <param name="Value">The number shown; <see langword="null"/> when suppressed or withheld.</param>
/// <param name="Text">What the page shows: the number, the policy's mark (<c>*</c>, <c>&lt;5</c>) or <see cref="WithheldText"/>.</param>
/// <param name="State">Shown, suppressed or withheld.</param>
internal readonly record struct PublishedCount(int? Value, string Text, CountState State)
{
    /// <summary>What a withheld count shows.</summary>
    public const string WithheldText = "withheld";

    /// <summary>Whether no number is shown.</summary>
    public bool IsHidden => Value is null;

    /// <summary>Whether the count was withheld to protect another (rather than suppressed by the policy).</summary>
    public bool IsWithheld => State == CountState.Withheld;

    /// <summary>A count shown exactly.</summary>
    public static PublishedCount Exact(int value) => new(value, Numbers.Integer(value), CountState.Shown);

    /// <summary>A count as the disclosure policy shows it.</summary>
    public static PublishedCount Of(DisclosedCount disclosed) =>
        new(disclosed.Value, disclosed.Text, disclosed.IsSuppressed ? CountState.Suppressed : CountState.Shown);

    /// <summary>A count last year's report does not have (or showed suppressed): shown as <c>n/a</c>.</summary>
    public static PublishedCount NotKnown => new(null, Numbers.NotApplicable, CountState.Unknown);

    /// <summary>A withheld count.</summary>
    public static PublishedCount Withheld => new(null, WithheldText, CountState.Withheld);
}
