using System.Runtime.CompilerServices;
using NodaTime;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Ingestion;
using Wres.Core.Internal;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.Recruitment;

/// <summary>
/// Counts applications into cells: by the applicant's detailed ethnic group × disability group × shortlisted ×
/// appointed, and, for the breakdowns of indicator 2, by the post (its pay band × its staff group) × ethnic group ×
/// disability group × shortlisted × appointed: two increments an application, each at a small integer index (a
/// grade's, a staff group's number, a detailed group), allocation-free. Two more cells say whether rows came from an
/// input with a <c>Pay Band</c> or <c>Staff Group</c> column. Mergeable by adding cells (about 7,700 of them, 30 KB a
/// part); a breakdown by band (or staff group) adds up its posts when the report is made.
/// </summary>
/// <remarks>
/// The detailed groups are the nine of <see cref="DetailedEthnicGroup"/>, and two more for an application added with
/// its WRES group only (<see cref="InputWriter.AddApplication(EthnicGroup, DisabilityGroup, bool, bool, LocalDate?, int)"/>):
/// White and BME without a detailed group. The White, BME and Unknown totals are summed from them, so they always
/// agree with the breakdowns.
/// </remarks>
internal sealed partial class RecruitmentAccumulator(ReportingYear year, SourceTally tally)
    : CountingPart(tally, CellCount), IRecordPart<JobApplication>
{
    private const int Groups = 3;
    private const int Statuses = 4;

    /// <summary>The nine detailed groups, then White and BME without a detailed group.</summary>
    private const int Details = 11;
    private const int WhiteNotDetailed = 9;
    private const int BmeNotDetailed = 10;

    /// <summary>The cells of one row of a breakdown: ethnic group × disability group × status.</summary>
    private const int RowCells = Groups * Groups * Statuses;

    /// <summary>The rows by pay band: each grade by its index, then one for a blank or unrecognised pay band.</summary>
    private const int BandRows = Grade.Count + 1;
    private const int NoBand = Grade.Count;

    /// <summary>The rows by staff group: each by its number less 1, then one for a blank or unrecognised staff group.</summary>
    private const int StaffGroupRows = StaffGroupCount + 1;
    private const int StaffGroupCount = 10;
    private const int NoStaffGroup = StaffGroupCount;

    private const int DetailStart = 0;

    /// <summary>The posts: pay band × staff group, each with its row's cells, so that an application is one increment here.</summary>
    private const int PostStart = DetailStart + (Details * Groups * Statuses);
    private const int PayBandColumnCell = PostStart + (BandRows * StaffGroupRows * RowCells);
    private const int StaffGroupColumnCell = PayBandColumnCell + 1;
    private const int CellCount = StaffGroupColumnCell + 1;

    private readonly ReportingYear _year = year;

    /// <summary>The WRES group (<see cref="EthnicGroup"/> as an integer) of each detailed group index.</summary>
    private static ReadOnlySpan<byte> EthnicOf => [1, 1, 1, 2, 2, 2, 2, 2, 0, 1, 2];

    public bool Add(JobApplication application, int line)
    {
        var (grade, staffGroup) = (application.Grade, application.StaffGroup);
        MarkColumns((grade is null ? ApplicationColumns.None : ApplicationColumns.PayBand) | (staffGroup is null ? ApplicationColumns.None : ApplicationColumns.StaffGroup));
        if (RecordRules.Check(application) is { } violation)
        {
            Tally.Reject(line, violation.Column, violation.Code, violation.Message);
            return false;
        }

        AddValid(
            (int)application.EthnicOrigin.DetailedGroup(),
            application.Disability,
            BandRow(grade),
            StaffGroupRow(staffGroup),
            application.Shortlisted,
            application.Appointed,
            application.Date);
        return true;
    }

    /// <summary>Adds one application a reader has classified to its WRES group only: rejected (false) when appointed without shortlisting, excluded outside the year.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Add(EthnicGroup ethnicity, DisabilityGroup disability, bool shortlisted, bool appointed, LocalDate? date, int line)
    {
        if (!RecordRules.IsAppointedFromShortlist(shortlisted, appointed))
        {
            Tally.Reject(line, RecordRules.AppointedFromShortlist);
            return false;
        }

        var detail = ethnicity switch
        {
            EthnicGroup.White => WhiteNotDetailed,
            EthnicGroup.Bme => BmeNotDetailed,
            _ => (int)DetailedEthnicGroup.Unknown,
        };
        AddValid(detail, disability, NoBand, NoStaffGroup, shortlisted, appointed, date);
        return true;
    }

    /// <summary>Adds one application a reader has classified: rejected (false) when appointed without shortlisting, excluded outside the year.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Add(in ApplicationFacts facts, int line)
    {
        MarkColumns(facts.Columns);
        if (!RecordRules.IsAppointedFromShortlist(facts.Shortlisted, facts.Appointed))
        {
            Tally.Reject(line, RecordRules.AppointedFromShortlist);
            return false;
        }

        AddValid(
            (int)facts.EthnicOrigin.DetailedGroup(),
            facts.Disability,
            BandRow(facts.PayBand),
            StaffGroupRow(facts.StaffGroup),
            facts.Shortlisted,
            facts.Appointed,
            facts.Date);
        return true;
    }

    /// <summary>Notes that rows came from an input with the breakdown columns (before the record rules, since it is the input's, not the row's).</summary>
    /// <remarks>A cell is written once, not on every row: a store per row to the same cell would cost more than the check.</remarks>
    private void MarkColumns(ApplicationColumns columns)
    {
        var cells = Cells;
        if ((columns & ApplicationColumns.PayBand) != 0 && cells[PayBandColumnCell] == 0)
        {
            cells[PayBandColumnCell] = 1;
        }

        if ((columns & ApplicationColumns.StaffGroup) != 0 && cells[StaffGroupColumnCell] == 0)
        {
            cells[StaffGroupColumnCell] = 1;
        }
    }

    private void AddValid(int detail, DisabilityGroup disability, int band, int staffGroup, bool shortlisted, bool appointed, LocalDate? date)
    {
        if (date is { } day && !_year.Contains(day))
        {
            Tally.Exclude(ExclusionRule.OutsideReportingYear);
            return;
        }

        var status = (shortlisted ? 2 : 0) + (appointed ? 1 : 0);
        var groups = (((EthnicOf[detail] * Groups) + (int)disability) * Statuses) + status;
        var cells = Cells;
        cells[DetailCell(detail, (int)disability, status)]++;
        cells[PostCell(band, staffGroup) + groups]++;
        Tally.Count();
    }

    private static int PostCell(int band, int staffGroup) => PostStart + (((band * StaffGroupRows) + staffGroup) * RowCells);

    private static int BandRow(Grade? grade) => grade?.Index ?? NoBand;

    private static int StaffGroupRow(StaffGroup? group) => group is null ? NoStaffGroup : group.Number - 1;
}
