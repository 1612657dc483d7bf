using Wres.Core.Workforce;

namespace Wres.Core.Indicators;

/// <summary>What joining the inputs gives: both workforces counted, and the people with events by group.</summary>
internal sealed class Resolution
{
    public WorkforceCounts? Staff { get; init; }

    public WorkforceCounts? PreviousStaff { get; init; }

    public GroupTally CaseEvents { get; init; }

    public GroupTally CaseLeavers { get; init; }

    public GroupTally PreviousCaseEvents { get; init; }

    public GroupTally PreviousCaseLeavers { get; init; }

    public GroupTally TrainingEvents { get; init; }

    public GroupTally TrainingLeavers { get; init; }
}
