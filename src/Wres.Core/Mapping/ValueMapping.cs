namespace Wres.Core.Mapping;

/// <summary>
/// Values a trust's files hold that the built-in tables do not know (or that the trust wants read otherwise), each
/// mapped to a value the contract already knows. Keys match ignoring case, surrounding spaces and runs of white space.
/// </summary>
public sealed class ValueMapping
{
    /// <summary>Ethnicity values to a national, extended or registered local code (<c>"Kashmiri": "L"</c>).</summary>
    public IDictionary<string, string> Ethnicity { get; } = NewMap();

    /// <summary>Pay band or grade values to any spelling the rules accept, or <c>Other</c> (<c>"AfC 5": "Band 5"</c>).</summary>
    public IDictionary<string, string> Grade { get; } = NewMap();

    /// <summary>Staff group values to a staff group code or name (<c>"Nursing": "03"</c>).</summary>
    public IDictionary<string, string> StaffGroup { get; } = NewMap();

    /// <summary>Case types to <c>Disciplinary</c>, <c>Capability</c>, <c>IllHealth</c> or <c>Excluded</c>.</summary>
    public IDictionary<string, string> CaseType { get; } = NewMap();

    /// <summary>Assignment categories to <c>InScope</c>, <c>Bank</c> or <c>Honorary</c> (<c>"Zero Hours": "Bank"</c>).</summary>
    public IDictionary<string, string> AssignmentCategory { get; } = NewMap();

    /// <summary>Disability values to <c>Yes</c>, <c>No</c> or <c>Unknown</c> (<c>"Y - Disabled": "Yes"</c>).</summary>
    public IDictionary<string, string> Disability { get; } = NewMap();

    /// <summary>The pay file's sex values to <c>Male</c>, <c>Female</c>, <c>Other</c> or <c>Unknown</c> (<c>"Woman": "Female"</c>).</summary>
    public IDictionary<string, string> Sex { get; } = NewMap();

    /// <summary>Adds another mapping's values to this one (an entry of the other replaces one for the same value here).</summary>
    /// <param name="other">The values to add.</param>
    public void Add(ValueMapping other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Copy(other.Ethnicity, Ethnicity);
        Copy(other.Grade, Grade);
        Copy(other.StaffGroup, StaffGroup);
        Copy(other.CaseType, CaseType);
        Copy(other.AssignmentCategory, AssignmentCategory);
        Copy(other.Disability, Disability);
        Copy(other.Sex, Sex);
    }

    private static void Copy(IDictionary<string, string> from, IDictionary<string, string> to)
    {
        foreach (var (key, value) in from)
        {
            to[key] = value;
        }
    }

    /// <summary>Whether nothing is mapped.</summary>
    public bool IsEmpty => Ethnicity.Count + Grade.Count + StaffGroup.Count + CaseType.Count + AssignmentCategory.Count + Disability.Count + Sex.Count == 0;

    private static Dictionary<string, string> NewMap() => new(StringComparer.OrdinalIgnoreCase);
}
