using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>
/// A count of people, applications, events, members or respondents as the report shows it: a whole number from 0,
/// or suppressed by disclosure control (<see cref="Value"/> <see langword="null"/>; written as JSON <c>null</c> beside
/// a <c>…Suppressed: true</c> sibling). Reading a report written before that sibling existed, a count written as
/// text (<c>*</c>, <c>&lt;5</c>) is read as suppressed.
/// </summary>
/// <param name="Value">The count, or <see langword="null"/> when suppressed.</param>
/// <param name="Withheld">
/// Whether a suppressed count was withheld to protect another (secondary suppression) rather than suppressed by the
/// policy: written as a further sibling <c>…Withheld: true</c>, since it says nothing about the count's size.
/// </param>
[JsonConverter(typeof(CountConverter))]
internal readonly record struct Count(int? Value, bool Withheld = false)
{
    /// <summary>A suppressed count.</summary>
    public static Count Suppressed => new(null);

    /// <summary>Whether the count is suppressed.</summary>
    public bool IsSuppressed => Value is null;

    /// <summary>The sibling <c>…Suppressed</c> flag of a count: <see langword="true"/> when it is suppressed, otherwise <see langword="null"/> (not written).</summary>
    public static bool? SuppressedFlag(Count? count) => count is { IsSuppressed: true } ? true : null;

    /// <summary>The sibling <c>…Withheld</c> flag of a count: <see langword="true"/> when it is withheld, otherwise <see langword="null"/> (not written).</summary>
    public static bool? WithheldFlag(Count? count) => count is { IsSuppressed: true, Withheld: true } ? true : null;
}
