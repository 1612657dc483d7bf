using System.Diagnostics.CodeAnalysis;
using Wres.Core.Internal;

namespace Wres.Core.Workforce;

/// <summary>
/// An ESR staff group, by its two-digit code (<c>01</c> to <c>10</c>) and name. The staff group places
/// a person in a <see cref="Segment"/>.
/// </summary>
/// <remarks>
/// Values are accepted as codes (<c>01</c> or <c>1</c>), names (<c>Medical and Dental</c>, or the ESR
/// abbreviation <c>Add Prof Scientific and Technic</c>), or a code followed by a name
/// (<c>01 Medical and Dental</c>), case-insensitively. A row whose staff group cannot be read cannot be
/// placed in a segment and is rejected.
/// </remarks>
public sealed class StaffGroup : IEquatable<StaffGroup>, IComparable<StaffGroup>, IComparable
{
    private StaffGroup(int number, string name)
    {
        Number = number;
        Code = number.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        Name = name;
    }

    /// <summary>The two-digit ESR code, <c>01</c> to <c>10</c>.</summary>
    public string Code { get; }

    /// <summary>The staff group name.</summary>
    public string Name { get; }

    /// <summary>The code as a number, 1 to 10.</summary>
    public int Number { get; }

    /// <summary>01 Medical and Dental.</summary>
    public static StaffGroup MedicalAndDental { get; } = new(1, "Medical and Dental");

    /// <summary>02 Students.</summary>
    public static StaffGroup Students { get; } = new(2, "Students");

    /// <summary>03 Nursing and Midwifery Registered.</summary>
    public static StaffGroup NursingAndMidwiferyRegistered { get; } = new(3, "Nursing and Midwifery Registered");

    /// <summary>04 Allied Health Professionals.</summary>
    public static StaffGroup AlliedHealthProfessionals { get; } = new(4, "Allied Health Professionals");

    /// <summary>05 Additional Professional Scientific and Technical.</summary>
    public static StaffGroup AdditionalProfessionalScientificAndTechnical { get; } = new(5, "Additional Professional Scientific and Technical");

    /// <summary>06 Healthcare Scientists.</summary>
    public static StaffGroup HealthcareScientists { get; } = new(6, "Healthcare Scientists");

    /// <summary>07 Additional Clinical Services.</summary>
    public static StaffGroup AdditionalClinicalServices { get; } = new(7, "Additional Clinical Services");

    /// <summary>08 Administrative and Clerical.</summary>
    public static StaffGroup AdministrativeAndClerical { get; } = new(8, "Administrative and Clerical");

    /// <summary>09 Estates and Ancillary.</summary>
    public static StaffGroup EstatesAndAncillary { get; } = new(9, "Estates and Ancillary");

    /// <summary>10 Supplementary Roles.</summary>
    public static StaffGroup SupplementaryRoles { get; } = new(10, "Supplementary Roles");

    /// <summary>All ten staff groups in code order.</summary>
    public static IReadOnlyList<StaffGroup> All { get; } =
    [
        MedicalAndDental, Students, NursingAndMidwiferyRegistered, AlliedHealthProfessionals,
        AdditionalProfessionalScientificAndTechnical, HealthcareScientists, AdditionalClinicalServices,
        AdministrativeAndClerical, EstatesAndAncillary, SupplementaryRoles,
    ];

    private static readonly Dictionary<string, StaffGroup> Names = BuildNames();

    /// <summary>Reads a staff group code or name.</summary>
    /// <param name="value">For example <c>01</c>, <c>Medical and Dental</c> or <c>Add Prof Scientific and Technic</c>.</param>
    /// <returns>The staff group.</returns>
    /// <exception cref="FormatException">The value is not a staff group.</exception>
    public static StaffGroup Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value.AsSpan(), out var group)
            ? group
            : throw new FormatException($"'{value}' is not an ESR staff group code (01-10) or name.");
    }

    /// <summary>Reads a staff group code or name.</summary>
    /// <param name="value">The raw value.</param>
    /// <param name="group">The staff group, when recognised.</param>
    /// <returns>Whether the value was recognised.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out StaffGroup? group)
    {
        if (value is null)
        {
            group = null;
            return false;
        }

        return TryParse(value.AsSpan(), out group);
    }

    /// <summary>Reads a staff group code or name.</summary>
    /// <param name="value">The raw value.</param>
    /// <param name="group">The staff group, when recognised.</param>
    /// <returns>Whether the value was recognised.</returns>
    public static bool TryParse(ReadOnlySpan<char> value, [NotNullWhen(true)] out StaffGroup? group)
    {
        value = value.Trim();
        group = FromCode(value);
        if (group is not null || value.IsEmpty)
        {
            return group is not null;
        }

        var normalized = Text.NormalizeLabel(value);
        if (Names.TryGetValue(normalized, out group))
        {
            return true;
        }

        // "01 Medical and Dental": a code, then the name of the same group.
        var space = normalized.IndexOf(' ', StringComparison.Ordinal);
        // Stryker disable once Equality : equivalent, a normalised value never starts with a space
        if (space > 0)
        {
            var byCode = FromCode(normalized.AsSpan(0, space));
            if (byCode is not null && Names.TryGetValue(normalized[(space + 1)..], out var byName) && byName == byCode)
            {
                group = byCode;
                return true;
            }
        }

        group = null;
        return false;
    }

    private static StaffGroup? FromCode(ReadOnlySpan<char> code)
    {
        if (code.Length > 2)
        {
            return null; // an empty code reads as 0, which is no group either
        }

        var number = 0;
        foreach (var c in code)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }

            number = (number * 10) + (c - '0');
        }

        return number is >= 1 and <= 10 ? All[number - 1] : null;
    }

    private static Dictionary<string, StaffGroup> BuildNames()
    {
        var names = new Dictionary<string, StaffGroup>(StringComparer.Ordinal);

        void Add(StaffGroup group, params string[] values)
        {
            foreach (var value in values)
            {
                // Add throws on a spelling given twice, so a name can never be read as two groups.
                names.Add(Text.NormalizeLabel(value), group);
            }
        }

        foreach (var group in All)
        {
            Add(group, group.Name);
            if (group.Name.Contains(" and ", StringComparison.Ordinal))
            {
                Add(group, group.Name.Replace(" and ", " & ", StringComparison.Ordinal));
            }
        }

        Add(MedicalAndDental, "Medical", "Medical & Dental Staff", "Medical and Dental Staff");
        Add(Students, "Student");
        Add(NursingAndMidwiferyRegistered, "Nursing & Midwifery", "Nursing and Midwifery", "Registered Nursing and Midwifery");
        Add(AlliedHealthProfessionals, "AHP", "AHPs", "Allied Health Professional");
        Add(AdditionalProfessionalScientificAndTechnical, "Add Prof Scientific and Technic", "Add Prof Scientific & Technic",
            "Additional Prof Scientific and Technical", "APST");
        Add(HealthcareScientists, "Healthcare Scientist", "Health Care Scientists");
        Add(AdditionalClinicalServices, "Additional Clinical Service", "Add Clinical Services");
        Add(AdministrativeAndClerical, "Admin and Clerical", "Admin & Clerical", "Administrative & Clerical Staff");
        Add(EstatesAndAncillary, "Estates & Ancillary Staff", "Estates");
        Add(SupplementaryRoles, "Supplementary Role");
        return names;
    }

    /// <inheritdoc />
    public bool Equals(StaffGroup? other) => other is not null && Number == other.Number;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StaffGroup);

    /// <inheritdoc />
    public override int GetHashCode() => Number;

    /// <summary>Orders by code.</summary>
    /// <param name="other">The staff group to compare with.</param>
    /// <returns>Less than zero, zero, or greater than zero.</returns>
    public int CompareTo(StaffGroup? other) => other is null ? 1 : Number.CompareTo(other.Number);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        StaffGroup other => CompareTo(other),
        _ => throw new ArgumentException("Object is not a StaffGroup.", nameof(obj)),
    };

    /// <summary>The code and name, for example <c>01 Medical and Dental</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {Name}";

    /// <summary>Equality by code.</summary>
    /// <param name="left">The first staff group.</param>
    /// <param name="right">The second staff group.</param>
    /// <returns>Whether they are the same staff group.</returns>
    public static bool operator ==(StaffGroup? left, StaffGroup? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by code.</summary>
    /// <param name="left">The first staff group.</param>
    /// <param name="right">The second staff group.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(StaffGroup? left, StaffGroup? right) => !(left == right);

    /// <summary>Code order.</summary>
    /// <param name="left">The first staff group.</param>
    /// <param name="right">The second staff group.</param>
    /// <returns>Whether <paramref name="left"/> has the lower code.</returns>
    public static bool operator <(StaffGroup? left, StaffGroup? right) => Compare(left, right) < 0;

    /// <summary>Code order.</summary>
    /// <param name="left">The first staff group.</param>
    /// <param name="right">The second staff group.</param>
    /// <returns>Whether <paramref name="left"/> has the lower or same code.</returns>
    public static bool operator <=(StaffGroup? left, StaffGroup? right) => Compare(left, right) <= 0;

    /// <summary>Code order.</summary>
    /// <param name="left">The first staff group.</param>
    /// <param name="right">The second staff group.</param>
    /// <returns>Whether <paramref name="left"/> has the higher code.</returns>
    public static bool operator >(StaffGroup? left, StaffGroup? right) => Compare(left, right) > 0;

    /// <summary>Code order.</summary>
    /// <param name="left">The first staff group.</param>
    /// <param name="right">The second staff group.</param>
    /// <returns>Whether <paramref name="left"/> has the higher or same code.</returns>
    public static bool operator >=(StaffGroup? left, StaffGroup? right) => Compare(left, right) >= 0;

    private static int Compare(StaffGroup? left, StaffGroup? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
