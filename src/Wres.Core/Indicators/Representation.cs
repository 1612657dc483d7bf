using Wres.Core.Workforce;

namespace Wres.Core.Indicators;

/// <summary>Builds the rows of indicator 1 (by band) and WDES metric 1 (by cluster) from the workforce.</summary>
internal static class Representation
{
    private static readonly Segment[] Segments = [Segment.NonClinical, Segment.Clinical, Segment.MedicalAndDental];

    public static RepresentationResult Build(WorkforceSnapshot workforce, EqualityStandard standard) =>
        standard == EqualityStandard.Wdes ? ByCluster(workforce) : ByBand(workforce);

    private static RepresentationResult ByBand(WorkforceSnapshot workforce)
    {
        const ProtectedCharacteristic characteristic = ProtectedCharacteristic.Ethnicity;
        var rows = new List<RepresentationRow>();
        var all = workforce.Tally(characteristic);
        foreach (var segment in Segments)
        {
            var grades = segment == Segment.MedicalAndDental ? Grade.MedicalRows : Grade.BandRows;
            foreach (var grade in grades)
            {
                rows.Add(new RepresentationRow(segment, grade.ReportLabel, workforce.Tally(characteristic, segment, grade), isTotal: false, all, workforce.DetailedTally(segment, grade)));
            }

            rows.Add(new RepresentationRow(segment, "All", workforce.Tally(characteristic, segment), isTotal: true, all, workforce.DetailedTally(segment)));
        }

        rows.Add(new RepresentationRow(null, "All", all, isTotal: true, all, workforce.DetailedTally()));
        return new RepresentationResult("1", IndicatorStatus.Computed, rows);
    }

    /// <summary>The WDES cluster of each grade row: 1 to 7, or 0 for Other.</summary>
    internal static int ClusterOf(Grade row) => row switch
    {
        _ when row == Grade.Other => 0,
        _ when row == Grade.Consultant => 5,
        _ when row == Grade.NonConsultantCareerGrade => 6,
        _ when row == Grade.Trainee => 7,
        _ when row <= Grade.Band4 => 1,
        _ when row <= Grade.Band7 => 2,
        _ when row <= Grade.Band8B => 3,
        _ => 4,
    };

    private static RepresentationResult ByCluster(WorkforceSnapshot workforce)
    {
        const ProtectedCharacteristic characteristic = ProtectedCharacteristic.Disability;
        var rows = new List<RepresentationRow>();
        var all = workforce.Tally(characteristic);

        // The WDES reports non-clinical and clinical staff; medical and dental staff are clinical.
        foreach (var wdesSegment in new[] { Segment.NonClinical, Segment.Clinical })
        {
            var clusters = new GroupTally[8];
            var total = default(GroupTally);
            foreach (var segment in Segments)
            {
                if ((segment == Segment.NonClinical) != (wdesSegment == Segment.NonClinical))
                {
                    continue;
                }

                foreach (var grade in segment == Segment.MedicalAndDental ? Grade.MedicalRows : Grade.BandRows)
                {
                    var tally = workforce.Tally(characteristic, segment, grade);
                    clusters[ClusterOf(grade)] += tally;
                    total += tally;
                }
            }

            for (var cluster = 1; cluster <= 7; cluster++)
            {
                rows.Add(new RepresentationRow(wdesSegment, $"Cluster {cluster}", clusters[cluster], isTotal: false, all));
            }

            rows.Add(new RepresentationRow(wdesSegment, "Other", clusters[0], isTotal: false, all));
            rows.Add(new RepresentationRow(wdesSegment, "All", total, isTotal: true, all));
        }

        rows.Add(new RepresentationRow(null, "All", all, isTotal: true, all));
        return new RepresentationResult("1", IndicatorStatus.Computed, rows);
    }
}
