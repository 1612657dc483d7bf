using Wres.Core.Ethnicity;

namespace Wres.Reporting.Publication;

/// <summary>A row's people by detailed ethnic group as a report shows them (the Unknown group is the row's Unknown count).</summary>
/// <param name="Counts">One count per detailed group, in the order of <see cref="DetailedEthnicGroup"/>.</param>
internal sealed record DetailFigures(IReadOnlyList<PublishedCount> Counts)
{
    private static readonly DetailedEthnicGroup[] DetailedGroups = Enum.GetValues<DetailedEthnicGroup>();

    /// <summary>The detailed groups in report order (the order of <see cref="DetailedEthnicGroup"/>).</summary>
    public static IReadOnlyList<DetailedEthnicGroup> Groups => DetailedGroups;

    /// <summary>A detailed group's count.</summary>
    public PublishedCount this[DetailedEthnicGroup group] => Counts[(int)group];

    /// <summary>The counts exactly (not publishing).</summary>
    public static DetailFigures Exact(DetailedEthnicTally tally)
    {
        var counts = new PublishedCount[DetailedGroups.Length];
        foreach (var group in DetailedGroups)
        {
            counts[(int)group] = PublishedCount.Exact(tally[group]);
        }

        return new DetailFigures(counts);
    }
}
