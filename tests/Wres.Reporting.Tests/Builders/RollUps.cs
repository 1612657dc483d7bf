using Wres.Core;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.RollUp;
using Wres.Core.Workforce;

namespace Wres.Reporting.Tests.Builders;

/// <summary>
/// Roll-ups computed by the real calculator: two organisations whose figures a test can rely on, and the board and
/// survey that belong to the whole.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>RXX02</c> (filled first): the staff, recruitment, cases and training of <see cref="Reports.FullDataset"/>
/// (163 people; indicator 2 White 12 of 60, BME 3 of 40, ratio 2.6666666666666665).</item>
/// <item><c>RXX01</c>: 3 White and 2 BME people (employee numbers <c>S1</c> to <c>S5</c>; no one else has them),
/// clinical Band 5: counts small enough that publishing suppresses them.</item>
/// <item>Unassigned: the full dataset's board and survey, which describe the whole.</item>
/// </list>
/// Organisations are reported in ordinal order of their codes, so <c>RXX01</c> comes first.
/// </remarks>
internal static class RollUps
{
    public const string Name = "Example Integrated Care System";
    public const int SmallWhite = 3;
    public const int SmallBme = 2;

    public static RollUpReport Two(EqualityStandard standard = EqualityStandard.Wres, string? name = Name) =>
        Fill(new WresCalculator().CreateRollUp(Reports.Year, standard), standard, small: SmallWhite).ToReport(name);

    /// <summary>
    /// Last year's roll-up, read back as <c>--compare-with</c> reads it: only <c>RXX01</c>, with one White person
    /// fewer (so its headcount changes by +1 this year), and no <c>RXX02</c> (so that organisation is not compared).
    /// </summary>
    public static PreviousReport LastYear(EqualityStandard standard = EqualityStandard.Wres)
    {
        var rollUp = new WresCalculator().CreateRollUp(YearPair.LastYear, standard);
        rollUp.For("RXX01").AddStaff(Small(SmallWhite - 1));
        return PreviousReport.Parse(Schemas.Json(rollUp.ToReport(Name)));
    }

    private static WresRollUp Fill(WresRollUp rollUp, EqualityStandard standard, int small)
    {
        var full = Reports.FullDataset(standard);
        var large = rollUp.For("RXX02");
        large.AddStaff(full.Staff!);
        large.AddApplications(full.Applications!);
        large.AddCases(full.Cases!);
        large.AddPreviousStaff(full.PreviousStaff!);
        large.AddPreviousCases(full.PreviousCases!);
        large.AddTraining(full.Training!);
        rollUp.For("RXX01").AddStaff(Small(small));
        rollUp.Unassigned.AddBoard(full.Board!);
        rollUp.Unassigned.AddSurvey(full.Survey!);
        return rollUp;
    }

    private static List<StaffAssignment> Small(int white)
    {
        var staff = new List<StaffAssignment>();
        for (var i = 1; i <= white + SmallBme; i++)
        {
            var isWhite = i <= white;
            staff.Add(new StaffAssignment
            {
                EmployeeNumber = $"S{i}",
                EthnicOrigin = isWhite ? EthnicCategory.WhiteBritish : EthnicCategory.AsianIndian,
                Disability = isWhite ? DisabilityGroup.NonDisabled : DisabilityGroup.Disabled,
                StaffGroup = StaffGroup.NursingAndMidwiferyRegistered,
                Grade = Grade.Band5,
                Fte = 1.0m,
            });
        }

        return staff;
    }
}
