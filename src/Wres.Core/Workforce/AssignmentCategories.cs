using Wres.Core.Internal;

namespace Wres.Core.Workforce;

/// <summary>Reads ESR assignment category values.</summary>
public static class AssignmentCategories
{
    private static readonly Dictionary<string, AssignmentCategory> Spellings = new(StringComparer.Ordinal)
    {
        ["permanent"] = AssignmentCategory.Permanent,
        ["perm"] = AssignmentCategory.Permanent,
        ["fixed term temp"] = AssignmentCategory.FixedTerm,
        ["fixed term temporary"] = AssignmentCategory.FixedTerm,
        ["fixed term"] = AssignmentCategory.FixedTerm,
        ["fixed-term"] = AssignmentCategory.FixedTerm,
        ["fixed term contract"] = AssignmentCategory.FixedTerm,
        ["temporary"] = AssignmentCategory.FixedTerm,
        ["locum"] = AssignmentCategory.Locum,
        ["bank"] = AssignmentCategory.Bank,
        ["bank staff"] = AssignmentCategory.Bank,
        ["bank worker"] = AssignmentCategory.Bank,
        ["casual"] = AssignmentCategory.Bank,
        ["honorary"] = AssignmentCategory.Honorary,
        ["honorary contract"] = AssignmentCategory.Honorary,
        ["honorary appointment"] = AssignmentCategory.Honorary,
    };

    /// <summary>
    /// Reads a category, case-insensitively: <c>Bank</c>, <c>Bank Staff</c> and <c>Casual</c> are
    /// <see cref="AssignmentCategory.Bank"/>; <c>Honorary</c>, <c>Honorary Contract</c> and <c>Honorary Appointment</c>
    /// are <see cref="AssignmentCategory.Honorary"/> (both out of scope by <b>Default</b>). Blank is <see cref="AssignmentCategory.Permanent"/> (the column's default);
    /// a value that is not a known category is <see cref="AssignmentCategory.Other"/> and
    /// <paramref name="recognised"/> is <see langword="false"/>.
    /// </summary>
    /// <param name="value">The raw value.</param>
    /// <param name="recognised">Whether the value was blank or a known category.</param>
    /// <returns>The category.</returns>
    public static AssignmentCategory Parse(ReadOnlySpan<char> value, out bool recognised)
    {
        value = value.Trim();
        recognised = true;
        if (value.IsEmpty)
        {
            return AssignmentCategory.Permanent;
        }

        if (Spellings.TryGetValue(Text.NormalizeLabel(value), out var category))
        {
            return category;
        }

        recognised = false;
        return AssignmentCategory.Other;
    }
}
