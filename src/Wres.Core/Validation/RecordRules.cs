using System.Collections.Frozen;
using Wres.Core.Board;
using Wres.Core.Casework;
using Wres.Core.Ingestion;
using Wres.Core.Recruitment;
using Wres.Core.Survey;
using Wres.Core.Training;
using Wres.Core.Workforce;

namespace Wres.Core.Validation;

/// <summary>
/// Every rule on a single input record, each stated once with its code, column, message and test. The
/// FluentValidation validators (<see cref="StaffAssignmentValidator"/> and the others) state these rules; the
/// calculator applies them to typed records, rejecting a record at its first broken rule; and a reader applies them
/// to the values it parses (Wres.Esr does), so a row is rejected with the same code and message whichever way it
/// comes in.
/// </summary>
/// <example>
/// A reader checking a parsed FTE:
/// <code>
/// if (!RecordRules.FteInRange.Allows(fte))
/// {
///     tally.Reject(line, RecordRules.FteInRange.Column, RecordRules.FteInRange.Code, RecordRules.FteInRange.Message);
/// }
/// </code>
/// </example>
public static class RecordRules
{
    /// <summary>The largest whole-time equivalent an assignment may have.</summary>
    internal const decimal MaximumFte = 1.5m;

    /// <summary><see cref="MaximumFte"/> in ten-thousandths (a test holds the two together).</summary>
    internal const int MaximumFteUnits = 15_000;

    private static readonly RecordRule<string?> EmployeeNumberPresent = NewPresent(ColumnNames.EmployeeNumber);

    private static readonly RecordRule<string?> ApplicationIdPresent = NewPresent(ColumnNames.ApplicationId);

    private static readonly RecordRule<string?> CaseReferencePresent = NewPresent(ColumnNames.CaseReference);

    private static readonly RecordRule<string?> CoursePresent = NewPresent(ColumnNames.Course);

    private static readonly RecordRule<string?> MemberPresent = NewPresent(ColumnNames.Member);

    private static readonly RecordRule<string?> IndicatorPresent = NewPresent(ColumnNames.Indicator);

    /// <summary>The presence rules of the typed records, by column; a reader's other required columns get theirs made when asked.</summary>
    private static readonly FrozenDictionary<string, RecordRule<string?>> PresentByColumn =
        new[] { EmployeeNumberPresent, ApplicationIdPresent, CaseReferencePresent, CoursePresent, MemberPresent, IndicatorPresent }
            .ToFrozenDictionary(rule => rule.Column, StringComparer.Ordinal);

    private static readonly RecordRule<int?> RespondentsNotNegative = NewNotNegative(ColumnNames.Respondents);

    private static readonly RecordRule<int?> PositiveNotNegative = NewNotNegative(ColumnNames.Positive);

    private static readonly RecordRule<string?> WresIndicator = NewKnownIndicator(EqualityStandard.Wres);

    private static readonly RecordRule<string?> WdesIndicator = NewKnownIndicator(EqualityStandard.Wdes);

    /// <summary>A required text value is present: not blank (<see cref="WresErrorCodes.RequiredValueMissing"/>).</summary>
    /// <param name="column">The column, as the input contract names it.</param>
    /// <returns>The rule.</returns>
    public static RecordRule<string?> Present(string column)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        return PresentByColumn.TryGetValue(column, out var rule) ? rule : NewPresent(column);
    }

    /// <summary>An assignment names its staff group (<see cref="WresErrorCodes.RequiredValueMissing"/>).</summary>
    public static RecordRule<StaffGroup?> StaffGroupPresent { get; } =
        new(WresErrorCodes.RequiredValueMissing, ColumnNames.StaffGroup, Blank(ColumnNames.StaffGroup), HasStaffGroup);

    /// <summary>An assignment names its pay band or grade (<see cref="WresErrorCodes.RequiredValueMissing"/>).</summary>
    public static RecordRule<Grade?> PayBandPresent { get; } =
        new(WresErrorCodes.RequiredValueMissing, ColumnNames.PayBand, Blank(ColumnNames.PayBand), HasPayBand);

    /// <summary>A whole-time equivalent, when given, is from 0 to 1.5 (<see cref="WresErrorCodes.FteOutOfRange"/>).</summary>
    public static RecordRule<decimal?> FteInRange { get; } =
        new(WresErrorCodes.FteOutOfRange, ColumnNames.Fte, "FTE must be between 0 and 1.5.", IsValidFte);

    /// <summary>An application is appointed only from the shortlist (<see cref="WresErrorCodes.AppointedNotShortlisted"/>).</summary>
    public static RecordRule<(bool Shortlisted, bool Appointed)> AppointedFromShortlist { get; } =
        new(WresErrorCodes.AppointedNotShortlisted, ColumnNames.Appointed,
            "The application is marked appointed but not shortlisted: an appointment must come from the shortlist.",
            application => IsAppointedFromShortlist(application.Shortlisted, application.Appointed));

    /// <summary>A case has a defined type (<see cref="WresErrorCodes.UnrecognisedCaseType"/>).</summary>
    public static RecordRule<CaseType> CaseTypeDefined { get; } =
        new(WresErrorCodes.UnrecognisedCaseType, ColumnNames.CaseType,
            "The case type must be Disciplinary, Capability or Ill-health capability.",
            type => type != CaseType.Unknown && Enum.IsDefined(type));

    /// <summary>A survey result names one of the standard's measures (<see cref="WresErrorCodes.UnknownSurveyIndicator"/>).</summary>
    /// <param name="standard">The standard whose measures are known.</param>
    /// <returns>The rule.</returns>
    public static RecordRule<string?> KnownSurveyIndicator(EqualityStandard standard) => standard switch
    {
        EqualityStandard.Wres => WresIndicator,
        EqualityStandard.Wdes => WdesIndicator,
        _ => throw new ArgumentOutOfRangeException(nameof(standard), standard, "Not a defined standard."),
    };

    /// <summary>A survey result is for the standard's reference or focus group (<see cref="WresErrorCodes.UnknownSurveyGroup"/>).</summary>
    public static RecordRule<ComparisonGroup> SurveyGroupKnown { get; } =
        new(WresErrorCodes.UnknownSurveyGroup, ColumnNames.Group, "The group must be the standard's reference or focus group.",
            group => group is ComparisonGroup.Reference or ComparisonGroup.Focus);

    /// <summary>A survey percentage is from 0 to 100 (<see cref="WresErrorCodes.PercentOutOfRange"/>).</summary>
    public static RecordRule<decimal> PercentInRange { get; } =
        new(WresErrorCodes.PercentOutOfRange, ColumnNames.Percent, "Percent must be between 0 and 100.", percent => percent is >= 0m and <= 100m);

    /// <summary>A count, when given, is not negative (<see cref="WresErrorCodes.NegativeCount"/>).</summary>
    /// <param name="column">The column: <c>Respondents</c> or <c>Positive</c>.</param>
    /// <returns>The rule.</returns>
    public static RecordRule<int?> NotNegative(string column)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        return column == ColumnNames.Respondents ? RespondentsNotNegative
            : column == ColumnNames.Positive ? PositiveNotNegative
            : NewNotNegative(column);
    }

    /// <summary>
    /// The positive answers of a survey result do not exceed its respondents, and come with them
    /// (<see cref="WresErrorCodes.InconsistentSurveyCounts"/>).
    /// </summary>
    public static RecordRule<(int? Respondents, int? Positive)> SurveyCountsConsistent { get; } =
        new(WresErrorCodes.InconsistentSurveyCounts, ColumnNames.Positive, "Positive must not exceed Respondents, and needs Respondents to be given.",
            counts => counts.Positive is null || (counts.Respondents is not null && counts.Positive <= counts.Respondents));

    internal static bool IsPresent(string? value) => !string.IsNullOrWhiteSpace(value);

    /// <summary>The test of <see cref="StaffGroupPresent"/>, for the per-row path.</summary>
    internal static bool HasStaffGroup(StaffGroup? group) => group is not null;

    /// <summary>The test of <see cref="PayBandPresent"/>, for the per-row path.</summary>
    internal static bool HasPayBand(Grade? grade) => grade is not null;

    /// <summary>The test of <see cref="AppointedFromShortlist"/>, for the per-row path.</summary>
    internal static bool IsAppointedFromShortlist(bool shortlisted, bool appointed) => !appointed || shortlisted;

    internal static bool IsValidFte(decimal? fte) => IsValidFte(fte, out _);

    /// <summary>The FTE rule and, for a valid FTE, its value in ten-thousandths (-1 when not given or invalid), in one look at the value: for the per-row path.</summary>
    internal static bool IsValidFte(decimal? fte, out int units)
    {
        if (fte is not { } value)
        {
            units = -1;
            return true;
        }

        if (FteUnits.TryExact(value, out units))
        {
            return units <= MaximumFteUnits;
        }

        // Stryker disable once Equality : equivalent, an FTE of exactly 0 is exact (TryExact) and never reaches this line
        var valid = value >= 0m && value <= MaximumFte;
        // Stryker disable once Unary : equivalent, the units of an invalid FTE are never read
        units = valid ? FteUnits.Of(value) : -1;
        return valid;
    }

    internal static string Blank(string column) => $"{column} is blank; it is required.";

    private static RecordRule<string?> NewPresent(string column) => new(WresErrorCodes.RequiredValueMissing, column, Blank(column), IsPresent);

    private static RecordRule<int?> NewNotNegative(string column) =>
        new(WresErrorCodes.NegativeCount, column, NegativeMessage(column), count => count is null or >= 0);

    /// <summary>The message for a negative value in <paramref name="column"/>.</summary>
    internal static string NegativeMessage(string column) => $"{column} must not be negative.";

    private static RecordRule<string?> NewKnownIndicator(EqualityStandard standard) =>
        new(WresErrorCodes.UnknownSurveyIndicator, ColumnNames.Indicator,
            $"The indicator is not one of the {standard.ToString().ToUpperInvariant()} staff survey measures ({string.Join(", ", SurveyMeasure.For(standard).Select(m => m.Id))}).",
            indicator => SurveyMeasure.TryFind(standard, indicator, out _));

    /// <summary>The first rule a staff row breaks (typed or read), in the order the validator states them: its UTF-8 employee number, trimmed, and its facts.</summary>
    /// <remarks><paramref name="fteUnits"/> is the FTE in ten-thousandths (-1 when not given), worked out by the FTE rule on the way.</remarks>
    internal static RuleViolation? Check(ReadOnlySpan<byte> employee, in StaffFacts facts, out int fteUnits)
    {
        fteUnits = -1;
        return employee.IsEmpty ? EmployeeNumberPresent.Violation
            : !HasStaffGroup(facts.StaffGroup) ? StaffGroupPresent.Violation
            : !HasPayBand(facts.Grade) ? PayBandPresent.Violation
            : IsValidFte(facts.Fte, out fteUnits) ? null : FteInRange.Violation;
    }

    internal static RuleViolation? Check(JobApplication application) =>
        Broken(ApplicationIdPresent, application.ApplicationId)
        ?? Broken(AppointedFromShortlist, (application.Shortlisted, application.Appointed));

    internal static RuleViolation? Check(EmployeeRelationsCase @case) =>
        Broken(CaseReferencePresent, @case.CaseReference)
        ?? Broken(EmployeeNumberPresent, @case.EmployeeNumber)
        ?? Broken(CaseTypeDefined, @case.Type);

    internal static RuleViolation? Check(TrainingRecord record) =>
        Broken(EmployeeNumberPresent, record.EmployeeNumber)
        ?? Broken(CoursePresent, record.Course);

    internal static RuleViolation? Check(BoardMember member) => Broken(MemberPresent, member.Member);

    internal static RuleViolation? Check(SurveyResult result, EqualityStandard standard) =>
        Broken(IndicatorPresent, result.Indicator)
        ?? Broken(KnownSurveyIndicator(standard), result.Indicator)
        ?? Broken(SurveyGroupKnown, result.Group)
        ?? Broken(PercentInRange, result.Percent)
        ?? Broken(RespondentsNotNegative, result.Respondents)
        ?? Broken(PositiveNotNegative, result.Positive)
        ?? Broken(SurveyCountsConsistent, (result.Respondents, result.Positive));

    private static RuleViolation? Broken<T>(RecordRule<T> rule, T value) => rule.Allows(value) ? null : rule.Violation;
}
