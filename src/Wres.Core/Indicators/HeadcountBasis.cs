namespace Wres.Core.Indicators;

/// <summary>The base (denominator) of indicators 3 and 4.</summary>
public enum HeadcountBasis
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary><b>Default</b>: the workforce at the snapshot date.</summary>
    Snapshot = 1,

    /// <summary>
    /// The workforce at the snapshot date plus the people who are not in it but had an event (a case or
    /// a course) in the year, so that every person counted as an event is also in the base.
    /// </summary>
    SnapshotPlusLeaversWithEvents = 2,
}
