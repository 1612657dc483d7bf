using Wres.Core.Validation;

namespace Wres.Core.Recruitment;

/// <summary>
/// Counts applications into cells (ethnic group × disability group × shortlisted × appointed).
/// Mergeable by adding cells; allocation-free per row.
/// </summary>
internal sealed class RecruitmentAccumulator
{
    private const int Groups = 3;
    private readonly int[] _cells = new int[Groups * Groups * 4];
    private readonly ReportingYear _year;

    public RecruitmentAccumulator(ReportingYear year, SourceTally tally)
    {
        _year = year;
        Tally = tally;
    }

    public SourceTally Tally { get; }

    public void Add(JobApplication application, int line)
    {
        if (RecordRules.Check(application) is { } violation)
        {
            Tally.Rejected(line, violation.Column, violation.Code, violation.Message);
            return;
        }

        if (application.Date is { } date && !_year.Contains(date))
        {
            Tally.Excluded(ExclusionRule.OutsideReportingYear);
            return;
        }

        AddRow((int)(application.EthnicOrigin?.Group ?? Ethnicity.EthnicGroup.Unknown), (int)application.Disability, application.Shortlisted, application.Appointed);
    }

    /// <summary>Adds one valid, in-year application.</summary>
    public void AddRow(int ethnicity, int disability, bool shortlisted, bool appointed)
    {
        _cells[Index(ethnicity, disability, shortlisted, appointed)]++;
        Tally.Counted();
    }

    public void Merge(RecruitmentAccumulator other, int lineOffset = 0)
    {
        for (var i = 0; i < _cells.Length; i++)
        {
            _cells[i] += other._cells[i];
        }

        Tally.Merge(other.Tally, lineOffset);
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
                shortlisted[group] += _cells[Index(e, d, true, false)] + _cells[Index(e, d, true, true)];
                appointed[group] += _cells[Index(e, d, true, true)];
            }
        }

        return (new GroupTally(shortlisted[1], shortlisted[2], shortlisted[0]), new GroupTally(appointed[1], appointed[2], appointed[0]));
    }

    private static int Index(int ethnicity, int disability, bool shortlisted, bool appointed) =>
        (((ethnicity * Groups) + disability) * 4) + (shortlisted ? 2 : 0) + (appointed ? 1 : 0);
}
