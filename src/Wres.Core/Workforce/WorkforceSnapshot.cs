using Wres.Core.Ethnicity;
using Wres.Core.Validation;

namespace Wres.Core.Workforce;

/// <summary>
/// The workforce at the snapshot date: people, not assignments, each counted once in the segment and
/// band (or medical grade) row of their chosen assignment.
/// </summary>
/// <remarks>
/// <para>Out-of-scope assignments (<b>Default</b> bank and honorary) are set aside first. Among a
/// person's in-scope assignments, band, staff group and segment come from the primary one; if none is
/// primary, the one with the highest FTE; then the highest band; then the lowest assignment number.
/// A person whose only primary assignment is bank is counted by their other assignment; a person with
/// no in-scope assignment is not in the workforce. <see cref="PeopleDecidedBy"/> says how many people
/// each rule decided.</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class WorkforceSnapshot
{
    private readonly WorkforceCounts _counts;

    internal WorkforceSnapshot(WorkforceCounts counts, SourceQuality quality)
    {
        _counts = counts;
        Quality = quality;
    }

    /// <summary>Builds the workforce from typed assignments with the default options.</summary>
    /// <param name="assignments">The staff-in-post assignments.</param>
    /// <returns>The workforce.</returns>
    public static WorkforceSnapshot FromAssignments(IEnumerable<StaffAssignment> assignments) =>
        FromAssignments(assignments, new WorkforceOptions());

    /// <summary>Builds the workforce from typed assignments.</summary>
    /// <param name="assignments">The staff-in-post assignments.</param>
    /// <param name="options">Scope and segment options.</param>
    /// <returns>The workforce.</returns>
    public static WorkforceSnapshot FromAssignments(IEnumerable<StaffAssignment> assignments, WorkforceOptions options)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        ArgumentNullException.ThrowIfNull(options);
        var accumulator = new WorkforceAccumulator(new WorkforceSettings(options), new SourceTally("staff", WresOptions.DefaultMaxIssuesPerSource));
        try
        {
            var line = 0;
            foreach (var assignment in assignments)
            {
                ArgumentNullException.ThrowIfNull(assignment, nameof(assignments));
                accumulator.Add(assignment, ++line);
            }

            return Complete(accumulator);
        }
        finally
        {
            // Stryker disable once Statement : equivalent, releasing only returns the pooled buffers
            accumulator.Release();
        }
    }

    internal static WorkforceSnapshot Complete(WorkforceAccumulator accumulator)
    {
        var findings = accumulator.Tally.Clone();
        var resolution = Indicators.Resolver.Resolve(ProtectedCharacteristic.Ethnicity, accumulator, findings, null, null, null, null, null, null, null, null);
        return new WorkforceSnapshot(resolution.Staff!, findings.ToQuality());
    }

    /// <summary>The number of people in the workforce.</summary>
    public int Headcount => _counts.Headcount;

    /// <summary>What happened to every assignment row: counted, excluded (by category) or rejected.</summary>
    public SourceQuality Quality { get; }

    internal WorkforceCounts Counts => _counts;

    /// <summary>How many people the given rule decided (see <see cref="SelectionRule"/>).</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The number of people.</returns>
    public int PeopleDecidedBy(SelectionRule rule) => _counts.PeopleDecidedBy(rule);

    /// <summary>The whole workforce by group.</summary>
    /// <param name="characteristic">Ethnicity (WRES) or disability (WDES).</param>
    /// <returns>The tally.</returns>
    public GroupTally Tally(ProtectedCharacteristic characteristic) => _counts.Tally(Check(characteristic), null, null);

    /// <summary>One segment by group.</summary>
    /// <param name="characteristic">Ethnicity (WRES) or disability (WDES).</param>
    /// <param name="segment">The segment.</param>
    /// <returns>The tally.</returns>
    public GroupTally Tally(ProtectedCharacteristic characteristic, Segment segment) =>
        _counts.Tally(Check(characteristic), CheckSegment(segment), null);

    /// <summary>One row of one segment by group.</summary>
    /// <param name="characteristic">Ethnicity (WRES) or disability (WDES).</param>
    /// <param name="segment">The segment.</param>
    /// <param name="row">The row: a band for non-medical segments, a medical grade group (or Other) for medical and dental.</param>
    /// <returns>The tally; all zero for a row that is not one of the segment's rows.</returns>
    public GroupTally Tally(ProtectedCharacteristic characteristic, Segment segment, Grade row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _counts.Tally(Check(characteristic), CheckSegment(segment), row);
    }

    /// <summary>The whole workforce by detailed ethnic group (rules §8).</summary>
    /// <returns>The tally; its <see cref="DetailedEthnicTally.Groups"/> is <see cref="Tally(ProtectedCharacteristic)"/> by ethnicity.</returns>
    public DetailedEthnicTally DetailedTally() => _counts.Detail(null, null);

    /// <summary>One segment by detailed ethnic group.</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>The tally.</returns>
    public DetailedEthnicTally DetailedTally(Segment segment) => _counts.Detail(CheckSegment(segment), null);

    /// <summary>One row of one segment by detailed ethnic group.</summary>
    /// <param name="segment">The segment.</param>
    /// <param name="row">The row: a band for non-medical segments, a medical grade group (or Other) for medical and dental.</param>
    /// <returns>The tally; all zero for a row that is not one of the segment's rows.</returns>
    public DetailedEthnicTally DetailedTally(Segment segment, Grade row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _counts.Detail(CheckSegment(segment), row);
    }

    private static ProtectedCharacteristic Check(ProtectedCharacteristic characteristic) =>
        characteristic is ProtectedCharacteristic.Ethnicity or ProtectedCharacteristic.Disability
            ? characteristic
            : throw new ArgumentOutOfRangeException(nameof(characteristic), characteristic, "Not a defined characteristic.");

    private static Segment CheckSegment(Segment segment) =>
        segment is Segment.NonClinical or Segment.Clinical or Segment.MedicalAndDental
            ? segment
            : throw new ArgumentOutOfRangeException(nameof(segment), segment, "Not a defined segment.");
}
