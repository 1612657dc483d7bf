using Wres.Core.Ethnicity;
using Wres.Core.Workforce;

namespace Wres.Core.Recruitment;

/// <summary>What the report reads from the cells: the indicator's totals, its rows by pay band and staff group, and its detailed groups.</summary>
internal sealed partial class RecruitmentAccumulator
{
    /// <summary>Whether any row came from an input with a <c>Pay Band</c> column (a typed application with a grade counts as one).</summary>
    public bool HasPayBandColumn => Cells[PayBandColumnCell] > 0;

    /// <summary>Whether any row came from an input with a <c>Staff Group</c> column (a typed application with a staff group counts as one).</summary>
    public bool HasStaffGroupColumn => Cells[StaffGroupColumnCell] > 0;

    /// <summary>Whether every application counted has a detailed group (none was added with its WRES group only).</summary>
    public bool HasDetailedGroups
    {
        get
        {
            for (var d = 0; d < Groups; d++)
            {
                for (var status = 0; status < Statuses; status++)
                {
                    if (Cells[DetailCell(WhiteNotDetailed, d, status)] + Cells[DetailCell(BmeNotDetailed, d, status)] > 0)
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }

    /// <summary>Shortlisted applications (the base) and appointed ones (the events) by group.</summary>
    public (GroupTally Shortlisted, GroupTally Appointed) Totals(ProtectedCharacteristic characteristic)
    {
        Span<int> shortlisted = stackalloc int[Groups];
        Span<int> appointed = stackalloc int[Groups];
        for (var detail = 0; detail < Details; detail++)
        {
            for (var d = 0; d < Groups; d++)
            {
                var group = characteristic == ProtectedCharacteristic.Disability ? d : EthnicOf[detail];
                shortlisted[group] += Cells[DetailCell(detail, d, Shortlisted)] + Cells[DetailCell(detail, d, ShortlistedAppointed)];
                appointed[group] += Cells[DetailCell(detail, d, ShortlistedAppointed)];
            }
        }

        return (ToTally(shortlisted), ToTally(appointed));
    }

    /// <summary>Shortlisted and appointed applications of one detailed group.</summary>
    public (int Shortlisted, int Appointed) Detail(DetailedEthnicGroup group)
    {
        int shortlisted = 0, appointed = 0;
        for (var d = 0; d < Groups; d++)
        {
            shortlisted += Cells[DetailCell((int)group, d, Shortlisted)] + Cells[DetailCell((int)group, d, ShortlistedAppointed)];
            appointed += Cells[DetailCell((int)group, d, ShortlistedAppointed)];
        }

        return (shortlisted, appointed);
    }

    /// <summary>One row of the breakdown by pay band (<see langword="null"/>: blank or not recognised): shortlisted and appointed by group, and every application counted in it.</summary>
    public (GroupTally Shortlisted, GroupTally Appointed, int Applications) ByPayBand(Grade? grade, ProtectedCharacteristic characteristic) =>
        Posts(BandRow(grade), band: true, characteristic);

    /// <summary>One row of the breakdown by staff group (<see langword="null"/>: blank or not recognised): shortlisted and appointed by group, and every application counted in it.</summary>
    public (GroupTally Shortlisted, GroupTally Appointed, int Applications) ByStaffGroup(StaffGroup? group, ProtectedCharacteristic characteristic) =>
        Posts(StaffGroupRow(group), band: false, characteristic);

    private const int Shortlisted = 2;
    private const int ShortlistedAppointed = 3;

    /// <summary>The posts of one pay band (over every staff group), or of one staff group (over every pay band), added up.</summary>
    private (GroupTally Shortlisted, GroupTally Appointed, int Applications) Posts(int row, bool band, ProtectedCharacteristic characteristic)
    {
        Span<int> shortlisted = stackalloc int[Groups];
        Span<int> appointed = stackalloc int[Groups];
        var applications = 0;
        var others = band ? StaffGroupRows : BandRows;
        for (var other = 0; other < others; other++)
        {
            var start = band ? PostCell(row, other) : PostCell(other, row);
            for (var e = 0; e < Groups; e++)
            {
                for (var d = 0; d < Groups; d++)
                {
                    var group = characteristic == ProtectedCharacteristic.Disability ? d : e;
                    var cell = start + (((e * Groups) + d) * Statuses);
                    shortlisted[group] += Cells[cell + Shortlisted] + Cells[cell + ShortlistedAppointed];
                    appointed[group] += Cells[cell + ShortlistedAppointed];
                    for (var status = 0; status < Statuses; status++)
                    {
                        applications += Cells[cell + status];
                    }
                }
            }
        }

        return (ToTally(shortlisted), ToTally(appointed), applications);
    }

    private static int DetailCell(int detail, int disability, int status) => DetailStart + (((detail * Groups) + disability) * Statuses) + status;

    /// <summary>Counts indexed by group (Unknown 0, reference 1, focus 2) as a tally.</summary>
    private static GroupTally ToTally(ReadOnlySpan<int> counts) => new(counts[1], counts[2], counts[0]);
}
