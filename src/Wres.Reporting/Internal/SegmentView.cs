using Wres.Core.Indicators;
using Wres.Core.Workforce;

namespace Wres.Reporting.Internal;

/// <summary>The rows of indicator 1 for one segment (its bands or clusters, then its total), or the whole-workforce row.</summary>
/// <param name="Segment">The segment; <see langword="null"/> for the whole workforce.</param>
/// <param name="Rows">The rows in report order.</param>
internal sealed record SegmentView(Segment? Segment, IReadOnlyList<RepresentationRow> Rows)
{
    /// <summary>The segment's heading.</summary>
    public string Heading => Labels.SegmentHeading(Segment);

    /// <summary>The segment's machine name in JSON and CSV.</summary>
    public string Key => Labels.SegmentKey(Segment);
}
