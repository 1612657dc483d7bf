using System.Runtime.CompilerServices;
using NodaTime;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Internal;
using Wres.Core.Validation;

namespace Wres.Core.Recruitment;

/// <summary>
/// Counts applications into cells (ethnic group × disability group × shortlisted × appointed).
/// Mergeable by adding cells; allocation-free per row.
/// </summary>
internal sealed class RecruitmentAccumulator(ReportingYear year, SourceTally tally)
    : CountingPart(tally, Groups * Groups * 4), IRecordPart<JobApplication>
{
    private const int Groups = 3;
    private readonly ReportingYear _year = year;

    public bool Add(JobApplication application, int line)
    {
        if (RecordRules.Check(application) is { } violation)
        {
            Tally.Reject(line, violation.Column, violation.Code, violation.Message);
            return false;
        }

        AddValid(application.EthnicOrigin?.Group ?? EthnicGroup.Unknown, application.Disability, application.Shortlisted, application.Appointed, application.Date);
        return true;
    }

    /// <summary>Adds one application a reader has classified: rejected (false) when appointed without shortlisting, excluded outside the year.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Add(EthnicGroup ethnicity, DisabilityGroup disability, bool shortlisted, bool appointed, LocalDate? date, int line)
    {
        if (!RecordRules.IsAppointedFromShortlist(shortlisted, appointed))
        {
            Tally.Reject(line, RecordRules.AppointedFromShortlist);
            return false;
        }

        AddValid(ethnicity, disability, shortlisted, appointed, date);
        return true;
    }

    private void AddValid(EthnicGroup ethnicity, DisabilityGroup disability, bool shortlisted, bool appointed, LocalDate? date)
    {
        if (date is { } day && !_year.Contains(day))
        {
            Tally.Exclude(ExclusionRule.OutsideReportingYear);
            return;
        }

        Cells[Index((int)ethnicity, (int)disability, shortlisted, appointed)]++;
        Tally.Count();
    }

    /// <summary>Shortlisted applications (the base) and appointed ones (the events) by group.</summary>
    public (GroupTally Shortlisted, GroupTally Appointed) Totals(ProtectedCharacteristic characteristic)
    {
        Span<int> shortlisted = stackalloc int[Groups];
        Span<int> appointed = stackalloc int[Groups];
        for (var e = 0; e < Groups; e++)
        {
            for (var d = 0; d < Groups; d++)
            {
                var group = characteristic == ProtectedCharacteristic.Disability ? d : e;
                shortlisted[group] += Cells[Index(e, d, true, false)] + Cells[Index(e, d, true, true)];
                appointed[group] += Cells[Index(e, d, true, true)];
            }
        }

        return (new GroupTally(shortlisted[1], shortlisted[2], shortlisted[0]), new GroupTally(appointed[1], appointed[2], appointed[0]));
    }

    private static int Index(int ethnicity, int disability, bool shortlisted, bool appointed) =>
        (((ethnicity * Groups) + disability) * 4) + (shortlisted ? 2 : 0) + (appointed ? 1 : 0);
}
