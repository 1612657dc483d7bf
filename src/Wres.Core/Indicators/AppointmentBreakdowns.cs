using Wres.Core.Ethnicity;
using Wres.Core.Internal;
using Wres.Core.Recruitment;
using Wres.Core.Statistics;
using Wres.Core.Workforce;

namespace Wres.Core.Indicators;

/// <summary>
/// Indicator 2 broken down (issue 11): by the post's pay band and staff group whenever the recruitment input has the
/// columns, each row with the indicator's own statistics; and, for the WRES, by the detailed ethnic groups.
/// </summary>
internal static class AppointmentBreakdowns
{
    /// <summary>
    /// The pay band rows in the order indicator 1 shows them: the Agenda for Change bands (Under Band 1 to VSM), the
    /// medical grade groups, Other, then blank or not recognised (<see langword="null"/>).
    /// </summary>
    private static readonly Grade?[] BandOrder =
    [
        .. Grade.BandRows.Where(grade => grade != Grade.Other),
        .. Grade.MedicalRows.Where(grade => grade != Grade.Other),
        Grade.Other,
        null,
    ];

    /// <summary>The staff groups by name, then blank or not recognised (<see langword="null"/>).</summary>
    private static readonly StaffGroup?[] StaffGroupOrder =
    [
        .. StaffGroup.All.OrderBy(group => group.Name, StringComparer.Ordinal),
        null,
    ];

    /// <summary>The indicator with its breakdowns.</summary>
    public static LikelihoodIndicatorResult Add(
        LikelihoodIndicatorResult indicator,
        RecruitmentAccumulator recruitment,
        ProtectedCharacteristic characteristic,
        CalculatorSettings settings)
    {
        var byPayBand = recruitment.HasPayBandColumn ? Rows(BandOrder, characteristic, settings, recruitment.ByPayBand, BandLabel, band => band, _ => null) : null;
        var byStaffGroup = recruitment.HasStaffGroupColumn ? Rows(StaffGroupOrder, characteristic, settings, recruitment.ByStaffGroup, StaffGroupLabel, _ => null, group => group) : null;
        var byDetailedGroup = characteristic == ProtectedCharacteristic.Ethnicity && recruitment.HasDetailedGroups ? Detail(recruitment) : null;
        return indicator.WithBreakdowns(byPayBand, byStaffGroup, byDetailedGroup);
    }

    private static List<LikelihoodBreakdownRow> Rows<TKey>(
        IEnumerable<TKey?> keys,
        ProtectedCharacteristic characteristic,
        CalculatorSettings settings,
        Func<TKey?, ProtectedCharacteristic, (GroupTally Shortlisted, GroupTally Appointed, int Applications)> counts,
        Func<TKey?, string> label,
        Func<TKey?, Grade?> payBand,
        Func<TKey?, StaffGroup?> staffGroup)
        where TKey : class
    {
        var rows = new List<LikelihoodBreakdownRow>();
        foreach (var key in keys)
        {
            var (shortlisted, appointed, applications) = counts(key, characteristic);
            if (applications == 0)
            {
                continue;
            }

            var reference = Proportion.Of(appointed.Reference, shortlisted.Reference);
            var focus = Proportion.Of(appointed.Focus, shortlisted.Focus);
            rows.Add(new LikelihoodBreakdownRow(
                label(key),
                payBand(key),
                staffGroup(key),
                reference,
                focus,
                Proportion.Of(appointed.Unknown, shortlisted.Unknown),
                RelativeLikelihood.Compute(reference, focus, settings.Statistics)));
        }

        return rows;
    }

    private static DetailedGroupLikelihood[] Detail(RecruitmentAccumulator recruitment)
    {
        var groups = Enum.GetValues<DetailedEthnicGroup>();
        var detail = new DetailedGroupLikelihood[groups.Length];
        for (var i = 0; i < groups.Length; i++)
        {
            var (shortlisted, appointed) = recruitment.Detail(groups[i]);
            detail[i] = new DetailedGroupLikelihood(groups[i], Proportion.Of(appointed, shortlisted));
        }

        return detail;
    }

    private static string BandLabel(Grade? grade) => grade?.ReportLabel ?? LikelihoodBreakdownRow.NotRecognisedLabel;

    private static string StaffGroupLabel(StaffGroup? group) => group?.Name ?? LikelihoodBreakdownRow.NotRecognisedLabel;
}
