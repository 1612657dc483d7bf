using System.Diagnostics.CodeAnalysis;
using Wres.Core.Casework;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Internal;
using Wres.Core.PayGaps;
using Wres.Core.Workforce;

namespace Wres.Core.Mapping;

/// <summary>
/// A <see cref="ValueMapping"/> checked and resolved: each mapped value to the contract value it names. Readers
/// look a raw value up here before the built-in tables (mapped values beat built-in ones). Immutable and
/// thread-safe.
/// </summary>
/// <example>
/// <code>
/// var mapping = new ValueMapping();
/// mapping.Grade["AfC 5"] = "Band 5";
/// var map = ValueMap.Create(mapping);
/// map.TryGetGrade("afc  5", out var grade); // true, Band 5
/// </code>
/// </example>
public sealed class ValueMap
{
    private readonly Dictionary<string, EthnicCategory> _ethnicity;
    private readonly Dictionary<string, Grade> _grade;
    private readonly Dictionary<string, StaffGroup> _staffGroup;
    private readonly Dictionary<string, CaseType> _caseType;
    private readonly Dictionary<string, AssignmentCategory> _category;
    private readonly Dictionary<string, DisabilityGroup> _disability;
    private readonly Dictionary<string, Sex> _sex;

    private ValueMap(
        Dictionary<string, EthnicCategory> ethnicity,
        Dictionary<string, Grade> grade,
        Dictionary<string, StaffGroup> staffGroup,
        Dictionary<string, CaseType> caseType,
        Dictionary<string, AssignmentCategory> category,
        Dictionary<string, DisabilityGroup> disability,
        Dictionary<string, Sex> sex)
    {
        _ethnicity = ethnicity;
        _grade = grade;
        _staffGroup = staffGroup;
        _caseType = caseType;
        _category = category;
        _disability = disability;
        _sex = sex;
    }

    /// <summary>The map that maps nothing.</summary>
    public static ValueMap Empty { get; } = new([], [], [], [], [], [], []);

    /// <summary>Whether nothing is mapped.</summary>
    public bool IsEmpty => _ethnicity.Count + _grade.Count + _staffGroup.Count + _caseType.Count + _category.Count + _disability.Count + _sex.Count == 0;

    /// <summary>The mapped ethnicity values, for the ethnicity classifier (which matches them as labels).</summary>
    internal IReadOnlyDictionary<string, EthnicCategory> Ethnicity => _ethnicity;

    /// <summary>Checks and resolves a mapping.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="localCodes">Ethnicity codes registered locally, which ethnicity values may name as well.</param>
    /// <returns>The resolved map.</returns>
    /// <exception cref="ArgumentException">A mapped value is itself unknown; the message names every such key.</exception>
    public static ValueMap Create(ValueMapping mapping, IEnumerable<EthnicCategory>? localCodes = null) =>
        TryCreate(mapping, localCodes, out var map, out var problems)
            ? map
            : throw new ArgumentException(string.Join(" ", problems), nameof(mapping));

    /// <summary>Checks and resolves a mapping, listing every mapped value that is itself unknown.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="localCodes">Ethnicity codes registered locally.</param>
    /// <param name="map">The resolved map, when every value is known.</param>
    /// <param name="problems">One sentence per unknown value, naming its section and key.</param>
    /// <returns>Whether every value is known.</returns>
    public static bool TryCreate(ValueMapping mapping, IEnumerable<EthnicCategory>? localCodes, [NotNullWhen(true)] out ValueMap? map, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var locals = localCodes?.Where(c => c is not null).ToArray() ?? [];
        var found = new List<string>();
        var ethnicity = Resolve(mapping.Ethnicity, "ethnicity", found, static v => EthnicityLabels.Key(v), value =>
            EthnicCategory.Lookup(value.Trim().ToUpperInvariant()) ?? locals.FirstOrDefault(c => string.Equals(c.Code, value.Trim(), StringComparison.OrdinalIgnoreCase)),
            "an NHS ethnic category code (A-S, Z, 99, an extended code) or a registered local code");
        var grade = Resolve(mapping.Grade, "grade", found, static v => Text.NormalizeLabel(v), value =>
            Workforce.Grade.Classify(value) is { Match: GradeMatch.Recognised } result ? result.Grade : null,
            "a pay band or grade the rules accept (Band 1 ... Band 9, Band 8a-8d, VSM, Other, a medical grade)");
        var staffGroup = Resolve(mapping.StaffGroup, "staffGroup", found, static v => Text.NormalizeLabel(v), value =>
            Workforce.StaffGroup.TryParse(value, out var group) ? group : null,
            "an ESR staff group code (01-10) or name");
        var caseType = ResolveEnum(mapping.CaseType, "caseType", found, value => value.Trim().ToUpperInvariant() switch
        {
            "DISCIPLINARY" => Casework.CaseType.Disciplinary,
            "CAPABILITY" => Casework.CaseType.Capability,
            "ILLHEALTH" => Casework.CaseType.IllHealthCapability,
            "EXCLUDED" => Casework.CaseType.Other,
            _ => Casework.CaseType.Unknown,
        }, Casework.CaseType.Unknown, "Disciplinary, Capability, IllHealth or Excluded");
        var category = ResolveEnum(mapping.AssignmentCategory, "assignmentCategory", found, value => value.Trim().ToUpperInvariant() switch
        {
            "INSCOPE" => Workforce.AssignmentCategory.Permanent,
            "BANK" => Workforce.AssignmentCategory.Bank,
            "HONORARY" => Workforce.AssignmentCategory.Honorary,
            _ => Workforce.AssignmentCategory.Unknown,
        }, Workforce.AssignmentCategory.Unknown, "InScope, Bank or Honorary");
        var disability = ResolveEnum(mapping.Disability, "disability", found, value => value.Trim().ToUpperInvariant() switch
        {
            "YES" => DisabilityGroup.Disabled,
            "NO" => DisabilityGroup.NonDisabled,
            "UNKNOWN" => DisabilityGroup.Unknown,
            _ => (DisabilityGroup)(-1),
        }, (DisabilityGroup)(-1), "Yes, No or Unknown");
        var sex = ResolveEnum(mapping.Sex, "sex", found, value => value.Trim().ToUpperInvariant() switch
        {
            "MALE" => PayGaps.Sex.Male,
            "FEMALE" => PayGaps.Sex.Female,
            "OTHER" => PayGaps.Sex.Other,
            "UNKNOWN" => PayGaps.Sex.Unknown,
            _ => (Sex)(-1),
        }, (Sex)(-1), "Male, Female, Other or Unknown");
        problems = found;
        map = found.Count == 0 ? new ValueMap(ethnicity, grade, staffGroup, caseType, category, disability, sex) : null;
        return map is not null;
    }

    /// <summary>The category an ethnicity value is mapped to.</summary>
    /// <param name="value">The raw value.</param>
    /// <param name="category">The mapped category.</param>
    /// <returns>Whether the value is mapped.</returns>
    public bool TryGetEthnicity(ReadOnlySpan<char> value, [NotNullWhen(true)] out EthnicCategory? category) =>
        TryGet(_ethnicity, EthnicityLabels.Key(value), out category);

    /// <summary>The grade a pay band value is mapped to.</summary>
    /// <param name="value">The raw value.</param>
    /// <param name="grade">The mapped grade.</param>
    /// <returns>Whether the value is mapped.</returns>
    public bool TryGetGrade(ReadOnlySpan<char> value, [NotNullWhen(true)] out Grade? grade) =>
        TryGet(_grade, Text.NormalizeLabel(value), out grade);

    /// <summary>The staff group a value is mapped to.</summary>
    /// <param name="value">The raw value.</param>
    /// <param name="group">The mapped staff group.</param>
    /// <returns>Whether the value is mapped.</returns>
    public bool TryGetStaffGroup(ReadOnlySpan<char> value, [NotNullWhen(true)] out StaffGroup? group) =>
        TryGet(_staffGroup, Text.NormalizeLabel(value), out group);

    /// <summary>The case type a value is mapped to (<c>Excluded</c> is <see cref="CaseType.Other"/>).</summary>
    /// <param name="value">The raw value.</param>
    /// <param name="type">The mapped case type.</param>
    /// <returns>Whether the value is mapped.</returns>
    public bool TryGetCaseType(ReadOnlySpan<char> value, out CaseType type) => TryGetValue(_caseType, Text.NormalizeLabel(value), out type);

    /// <summary>The assignment category a value is mapped to (<c>InScope</c> is <see cref="AssignmentCategory.Permanent"/>).</summary>
    /// <param name="value">The raw value.</param>
    /// <param name="category">The mapped category.</param>
    /// <returns>Whether the value is mapped.</returns>
    public bool TryGetAssignmentCategory(ReadOnlySpan<char> value, out AssignmentCategory category) =>
        TryGetValue(_category, Text.NormalizeLabel(value), out category);

    /// <summary>The disability group a value is mapped to.</summary>
    /// <param name="value">The raw value.</param>
    /// <param name="group">The mapped group.</param>
    /// <returns>Whether the value is mapped.</returns>
    public bool TryGetDisability(ReadOnlySpan<char> value, out DisabilityGroup group) => TryGetValue(_disability, Text.NormalizeLabel(value), out group);

    /// <summary>The sex a pay file's value is mapped to.</summary>
    /// <param name="value">The raw value.</param>
    /// <param name="sex">The mapped sex.</param>
    /// <returns>Whether the value is mapped.</returns>
    public bool TryGetSex(ReadOnlySpan<char> value, out Sex sex) => TryGetValue(_sex, Text.NormalizeLabel(value), out sex);

    private static bool TryGet<T>(Dictionary<string, T> map, string key, [NotNullWhen(true)] out T? value)
        where T : class
    {
        if (map.Count > 0 && map.TryGetValue(key, out var found))
        {
            value = found;
            return true;
        }

        value = null;
        return false;
    }

    private static bool TryGetValue<T>(Dictionary<string, T> map, string key, out T value)
        where T : struct
    {
        value = default;
        return map.Count > 0 && map.TryGetValue(key, out value);
    }

    private static Dictionary<string, T> Resolve<T>(
        IDictionary<string, string> section, string name, List<string> problems, Func<string, string> key, Func<string, T?> resolve, string expected)
        where T : class
    {
        var resolved = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (from, to) in section)
        {
            if (!Check(from, to, name, problems))
            {
                continue;
            }

            if (resolve(to) is { } value)
            {
                resolved[key(from)] = value;
            }
            else
            {
                problems.Add(Unknown(name, from, to, expected));
            }
        }

        return resolved;
    }

    private static Dictionary<string, T> ResolveEnum<T>(
        IDictionary<string, string> section, string name, List<string> problems, Func<string, T> resolve, T invalid, string expected)
        where T : struct, Enum
    {
        var resolved = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (from, to) in section)
        {
            if (!Check(from, to, name, problems))
            {
                continue;
            }

            var value = resolve(to);
            if (EqualityComparer<T>.Default.Equals(value, invalid))
            {
                problems.Add(Unknown(name, from, to, expected));
                continue;
            }

            resolved[Text.NormalizeLabel(from)] = value;
        }

        return resolved;
    }

    private static bool Check(string from, [NotNullWhen(true)] string? to, string name, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(from))
        {
            problems.Add($"values.{name}: a blank value cannot be mapped.");
            return false;
        }

        if (to is null)
        {
            problems.Add($"values.{name}: '{from}' is mapped to nothing.");
            return false;
        }

        return true;
    }

    private static string Unknown(string name, string from, string to, string expected) =>
        $"values.{name}: '{from}' is mapped to '{to}', which is not {expected}.";
}
