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

    /// <summary>
    /// The case is not a formal disciplinary, capability or ill-health process (a grievance, bullying and harassment,
    /// an appeal); the case types are listed with their counts.
    /// </summary>
    OtherCaseType = 6,

    /// <summary>The assignment ended before the snapshot date (its end date), or its status says the person has left (<c>Terminate…</c>, <c>Ex-…</c>).</summary>
    Leaver = 7,

    /// <summary>
    /// A case or a course of a person whose every assignment in the staff file is out of scope (bank-only or
    /// honorary-only): not part of the workforce the standard measures, so in neither the numerator nor the base.
    /// </summary>
    OutOfScopePerson = 8,

    /// <summary>An honorary (unpaid) assignment in the pay file: not a relevant employee under the pay gap regulations.</summary>
    HonoraryAssignment = 9,
}
