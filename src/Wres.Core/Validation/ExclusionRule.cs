namespace Wres.Core.Validation;

/// <summary>A documented scope rule that sets a valid row aside.</summary>
public enum ExclusionRule
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>The row's date falls outside the reporting year (checked first).</summary>
    OutsideReportingYear = 1,

    /// <summary>The assignment's category is out of scope (<b>Default</b> bank and honorary).</summary>
    ExcludedAssignmentCategory = 2,

    /// <summary>The case type belongs to the other standard (capability for the WRES, disciplinary for the WDES).</summary>
    CaseTypeOfOtherStandard = 3,

    /// <summary>The case type belongs to neither standard (ill-health capability).</summary>
    CaseTypeOfNeitherStandard = 4,

    /// <summary>A staff survey row for the other standard's groups (disabled / non-disabled in a WRES report, or White / BME in a WDES report).</summary>
    SurveyRowOfOtherStandard = 5,

    /// <summary>An honorary (unpaid) assignment in the pay file: not a relevant employee under the pay gap regulations.</summary>
    HonoraryAssignment = 6,
}
