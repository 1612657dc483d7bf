namespace Wres.Core.Workforce;

/// <summary>Who is counted in the workforce and which segment each person falls in.</summary>
public sealed class WorkforceOptions
{
    /// <summary>
    /// Assignment categories set aside before anything else. <b>Default</b>
    /// <see cref="AssignmentCategory.Bank"/> and <see cref="AssignmentCategory.Honorary"/>
    /// (bank staff have their own standard).
    /// </summary>
    public ISet<AssignmentCategory> ExcludedCategories { get; } =
        new HashSet<AssignmentCategory> { AssignmentCategory.Bank, AssignmentCategory.Honorary };

    /// <summary>
    /// The segment of each staff group. <b>Default</b>: 01 Medical and Dental is
    /// <see cref="Segment.MedicalAndDental"/>; 08 Administrative and Clerical, 09 Estates and Ancillary
    /// and 10 Supplementary Roles are <see cref="Segment.NonClinical"/>; 02 to 07 are
    /// <see cref="Segment.Clinical"/>. Every staff group must be mapped.
    /// </summary>
    public IDictionary<StaffGroup, Segment> StaffGroupSegments { get; } = DefaultStaffGroupSegments();

    /// <summary>
    /// Occupation codes whose segment overrides the staff group's (matched case-insensitively,
    /// ends trimmed). Empty by <b>Default</b>.
    /// </summary>
    public IDictionary<string, Segment> OccupationCodeSegments { get; } =
        new Dictionary<string, Segment>(StringComparer.OrdinalIgnoreCase);

    private static Dictionary<StaffGroup, Segment> DefaultStaffGroupSegments()
    {
        var map = new Dictionary<StaffGroup, Segment>();
        foreach (var group in StaffGroup.All)
        {
            map[group] = group.Number switch
            {
                1 => Segment.MedicalAndDental,
                8 or 9 or 10 => Segment.NonClinical,
                _ => Segment.Clinical,
            };
        }

        return map;
    }

    /// <summary>Makes <paramref name="target"/> hold these options (a deep copy: the sets and maps are copied, not shared).</summary>
    internal void CopyTo(WorkforceOptions target)
    {
        target.ExcludedCategories.Clear();
        target.ExcludedCategories.UnionWith(ExcludedCategories);
        target.StaffGroupSegments.Clear();
        foreach (var (group, segment) in StaffGroupSegments)
        {
            target.StaffGroupSegments[group] = segment;
        }

        target.OccupationCodeSegments.Clear();
        foreach (var (code, segment) in OccupationCodeSegments)
        {
            target.OccupationCodeSegments[code] = segment;
        }
    }
}
