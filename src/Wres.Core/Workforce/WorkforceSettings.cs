namespace Wres.Core.Workforce;

/// <summary>An immutable, array-indexed copy of <see cref="WorkforceOptions"/> for the per-record path.</summary>
internal sealed class WorkforceSettings
{
    private readonly Segment[] _segmentByStaffGroup = new Segment[StaffGroup.All.Count + 1];
    private readonly bool[] _excluded = new bool[Enum.GetValues<AssignmentCategory>().Length];
    private readonly Dictionary<string, Segment> _occupationSegments;

    public WorkforceSettings(WorkforceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var group in StaffGroup.All)
        {
            _segmentByStaffGroup[group.Number] = options.StaffGroupSegments.TryGetValue(group, out var segment)
                ? segment
                : throw new ArgumentException($"Staff group {group} has no segment.", nameof(options));
        }

        foreach (var category in options.ExcludedCategories)
        {
            _excluded[(int)category] = true;
        }

        _occupationSegments = new Dictionary<string, Segment>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, segment) in options.OccupationCodeSegments)
        {
            _occupationSegments[code.Trim()] = segment;
        }
    }

    public static WorkforceSettings Default { get; } = new(new WorkforceOptions());

    public bool HasOccupationOverrides => _occupationSegments.Count > 0;

    public bool IsExcluded(AssignmentCategory category) => _excluded[(int)category];

    public Segment SegmentOf(StaffGroup group) => _segmentByStaffGroup[group.Number];

    public Segment SegmentOf(StaffGroup group, string? occupationCode) =>
        occupationCode is not null && _occupationSegments.Count > 0
            && _occupationSegments.TryGetValue(occupationCode.Trim(), out var overridden)
            ? overridden
            : SegmentOf(group);
}
