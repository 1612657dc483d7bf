using Wres.Core.Board;
using Wres.Core.Casework;
using Wres.Core.Recruitment;
using Wres.Core.Survey;
using Wres.Core.Training;
using Wres.Core.Workforce;

namespace Wres.Core.Validation;

/// <summary>
/// The business rules on single typed records, in one place. The FluentValidation validators state
/// these rules with the same predicates, codes and messages; the calculation engine applies them
/// without allocating, and rejects a record at its first broken rule.
/// </summary>
internal static class RecordRules
{
    public const decimal MaximumFte = 1.5m;

    public static bool IsPresent(string? value) => !string.IsNullOrWhiteSpace(value);

    public static bool IsValidFte(decimal? fte) =>
        fte is not { } value
        || (StaffFacts.TryExactUnits(value, out var units) ? units <= MaximumFteUnits : value >= 0m && value <= MaximumFte);

    /// <summary><see cref="MaximumFte"/> in ten-thousandths (a test holds the two together).</summary>
    public const int MaximumFteUnits = 15_000;

    public static bool IsValidPercent(decimal percent) => percent is >= 0m and <= 100m;

    public static bool IsNonNegative(int? count) => count is null or >= 0;

    public static bool HasConsistentCounts(SurveyResult result) =>
        result.Positive is null || (result.Respondents is not null && result.Positive <= result.Respondents);

    public static string Blank(string column) => $"{column} is blank; it is required.";

    public const string FteMessage = "FTE must be between 0 and 1.5.";

    public const string AppointedMessage = "The application is marked appointed but not shortlisted: an appointment must come from the shortlist.";

    public const string PercentMessage = "Percent must be between 0 and 100.";

    public const string CountsMessage = "Positive must not exceed Respondents, and needs Respondents to be given.";

    public static string NegativeMessage(string column) => $"{column} must not be negative.";

    public static string UnknownIndicatorMessage(EqualityStandard standard) =>
        $"The indicator is not one of the {standard.ToString().ToUpperInvariant()} staff survey measures ({string.Join(", ", SurveyMeasure.For(standard).Select(m => m.Id))}).";

    public const string UnknownGroupMessage = "The group must be the standard's reference or focus group.";

    public static RuleViolation? Check(StaffAssignment assignment)
    {
        if (!IsPresent(assignment.EmployeeNumber))
        {
            return new(WresErrorCodes.RequiredValueMissing, ColumnNames.EmployeeNumber, Blank(ColumnNames.EmployeeNumber));
        }

        if (assignment.StaffGroup is null)
        {
            return new(WresErrorCodes.RequiredValueMissing, ColumnNames.StaffGroup, Blank(ColumnNames.StaffGroup));
        }

        if (assignment.Grade is null)
        {
            return new(WresErrorCodes.RequiredValueMissing, ColumnNames.PayBand, Blank(ColumnNames.PayBand));
        }

        if (!IsValidFte(assignment.Fte))
        {
            return new(WresErrorCodes.FteOutOfRange, ColumnNames.Fte, FteMessage);
        }

        return null;
    }

    public static RuleViolation? Check(JobApplication application)
    {
        if (!IsPresent(application.ApplicationId))
        {
            return new(WresErrorCodes.RequiredValueMissing, ColumnNames.ApplicationId, Blank(ColumnNames.ApplicationId));
        }

        if (application.Appointed && !application.Shortlisted)
        {
            return new(WresErrorCodes.AppointedNotShortlisted, ColumnNames.Appointed, AppointedMessage);
        }

        return null;
    }

    public static RuleViolation? Check(EmployeeRelationsCase @case)
    {
        if (!IsPresent(@case.CaseReference))
        {
            return new(WresErrorCodes.RequiredValueMissing, ColumnNames.CaseReference, Blank(ColumnNames.CaseReference));
        }

        if (!IsPresent(@case.EmployeeNumber))
        {
            return new(WresErrorCodes.RequiredValueMissing, ColumnNames.EmployeeNumber, Blank(ColumnNames.EmployeeNumber));
        }

        if (!Enum.IsDefined(@case.Type) || @case.Type == CaseType.Unknown)
        {
            return new(WresErrorCodes.UnrecognisedCaseType, ColumnNames.CaseType, "The case type must be Disciplinary, Capability or Ill-health capability.");
        }

        return null;
    }

    public static RuleViolation? Check(TrainingRecord record)
    {
        if (!IsPresent(record.EmployeeNumber))
        {
            return new(WresErrorCodes.RequiredValueMissing, ColumnNames.EmployeeNumber, Blank(ColumnNames.EmployeeNumber));
        }

        if (!IsPresent(record.Course))
        {
            return new(WresErrorCodes.RequiredValueMissing, ColumnNames.Course, Blank(ColumnNames.Course));
        }

        return null;
    }

    public static RuleViolation? Check(BoardMember member)
    {
        if (!IsPresent(member.Member))
        {
            return new(WresErrorCodes.RequiredValueMissing, ColumnNames.Member, Blank(ColumnNames.Member));
        }

        return null;
    }

    public static RuleViolation? Check(SurveyResult result, EqualityStandard standard)
    {
        if (!IsPresent(result.Indicator))
        {
            return new(WresErrorCodes.RequiredValueMissing, ColumnNames.Indicator, Blank(ColumnNames.Indicator));
        }

        if (!SurveyMeasure.TryFind(standard, result.Indicator, out _))
        {
            return new(WresErrorCodes.UnknownSurveyIndicator, ColumnNames.Indicator, UnknownIndicatorMessage(standard));
        }

        if (result.Group is not (ComparisonGroup.Reference or ComparisonGroup.Focus))
        {
            return new(WresErrorCodes.UnknownSurveyGroup, ColumnNames.Group, UnknownGroupMessage);
        }

        if (!IsValidPercent(result.Percent))
        {
            return new(WresErrorCodes.PercentOutOfRange, ColumnNames.Percent, PercentMessage);
        }

        if (!IsNonNegative(result.Respondents))
        {
            return new(WresErrorCodes.NegativeCount, ColumnNames.Respondents, NegativeMessage(ColumnNames.Respondents));
        }

        if (!IsNonNegative(result.Positive))
        {
            return new(WresErrorCodes.NegativeCount, ColumnNames.Positive, NegativeMessage(ColumnNames.Positive));
        }

        if (!HasConsistentCounts(result))
        {
            return new(WresErrorCodes.InconsistentSurveyCounts, ColumnNames.Positive, CountsMessage);
        }

        return null;
    }
}
