using Wres.Core.Statistics;
using Wres.Core.Survey;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Reporting.Internal;

/// <summary>The words every human-readable format uses for the report's enums.</summary>
internal static class Labels
{
    /// <summary>The machine name of a segment in JSON and CSV: the enum name, or <c>All</c> for the whole workforce.</summary>
    public static string SegmentKey(Segment? segment) => segment?.ToString() ?? "All";

    /// <summary>The heading of a segment.</summary>
    public static string SegmentHeading(Segment? segment) => segment switch
    {
        Segment.NonClinical => "Non-clinical staff",
        Segment.Clinical => "Clinical staff",
        Segment.MedicalAndDental => "Medical and dental staff",
        null => "Whole workforce",
        _ => "Unassigned staff",
    };

    /// <summary>What a selection rule means.</summary>
    public static string SelectionRuleText(SelectionRule rule) => rule switch
    {
        SelectionRule.OnlyAssignment => "Only one in-scope assignment",
        SelectionRule.PrimaryAssignment => "Primary assignment",
        SelectionRule.HighestFte => "Highest FTE",
        SelectionRule.HighestBand => "Highest band",
        SelectionRule.LowestAssignmentNumber => "Lowest assignment number",
        SelectionRule.DuplicateAssignmentNumber => "Duplicate assignment number",
        _ => rule.ToString(),
    };

    /// <summary>What an exclusion rule means.</summary>
    public static string ExclusionRuleText(ExclusionRule rule) => rule switch
    {
        ExclusionRule.OutsideReportingYear => "Outside the reporting year",
        ExclusionRule.SurveyRowOfOtherStandard => "Survey row of the other standard",
        ExclusionRule.ExcludedAssignmentCategory => "Out-of-scope assignment category",
        ExclusionRule.CaseTypeOfOtherStandard => "Case type of the other standard",
        ExclusionRule.CaseTypeOfNeitherStandard => "Case type of neither standard",
        ExclusionRule.OtherCaseType => "Not a disciplinary, capability or ill-health case",
        ExclusionRule.Leaver => "Left before the snapshot date",
        ExclusionRule.OutOfScopePerson => "Person with only out-of-scope assignments",
        ExclusionRule.HonoraryAssignment => "Honorary (unpaid) assignment",
        _ => rule.ToString(),
    };

    /// <summary>The interval method in words.</summary>
    public static string IntervalMethodText(IntervalMethod method) => method switch
    {
        IntervalMethod.KatzLog => "Katz log method",
        IntervalMethod.KoopmanScore => "Koopman score method",
        _ => method.ToString(),
    };

    /// <summary>The p-value method in words.</summary>
    public static string PValueMethodText(PValueMethod method) => method switch
    {
        PValueMethod.FisherExact => "Fisher's exact test, two-sided",
        PValueMethod.FisherMidP => "Fisher's exact test, mid-p, two-sided",
        _ => method.ToString(),
    };

    /// <summary>Which way a survey measure points, in words.</summary>
    public static string DirectionText(SurveyDirection direction) => direction switch
    {
        SurveyDirection.HigherIsWorse => "higher is worse",
        SurveyDirection.HigherIsBetter => "higher is better",
        _ => "direction not set",
    };
}
