using FluentValidation;
using Wres.Core.Survey;

namespace Wres.Core.Validation;

/// <summary>
/// Validates one <see cref="SurveyResult"/> for a standard: a measure the standard reports, one of its
/// two groups, a percentage from 0 to 100, and consistent counts.
/// </summary>
public sealed class SurveyResultValidator : AbstractValidator<SurveyResult>
{
    /// <summary>Creates the validator for the WRES.</summary>
    public SurveyResultValidator()
        : this(EqualityStandard.Wres)
    {
    }

    /// <summary>Creates the validator for a standard.</summary>
    /// <param name="standard">The standard whose measures are valid.</param>
    public SurveyResultValidator(EqualityStandard standard)
    {
        if (standard is not (EqualityStandard.Wres or EqualityStandard.Wdes))
        {
            throw new ArgumentOutOfRangeException(nameof(standard), standard, "Not a defined standard.");
        }

        RuleFor(r => r.Indicator)
            .Must(RecordRules.IsPresent)
            .WithErrorCode(WresErrorCodes.RequiredValueMissing)
            .OverridePropertyName(ColumnNames.Indicator)
            .WithMessage(RecordRules.Blank(ColumnNames.Indicator))
            .DependentRules(() =>
                RuleFor(r => r.Indicator)
                    .Must(id => SurveyMeasure.TryFind(standard, id, out _))
                    .WithErrorCode(WresErrorCodes.UnknownSurveyIndicator)
                    .OverridePropertyName(ColumnNames.Indicator)
                    .WithMessage(RecordRules.UnknownIndicatorMessage(standard)));
        RuleFor(r => r.Group)
            .Must(g => g is ComparisonGroup.Reference or ComparisonGroup.Focus)
            .WithErrorCode(WresErrorCodes.UnknownSurveyGroup)
            .OverridePropertyName(ColumnNames.Group)
            .WithMessage(RecordRules.UnknownGroupMessage);
        RuleFor(r => r.Percent)
            .Must(RecordRules.IsValidPercent)
            .WithErrorCode(WresErrorCodes.PercentOutOfRange)
            .OverridePropertyName(ColumnNames.Percent)
            .WithMessage(RecordRules.PercentMessage);
        RuleFor(r => r.Respondents)
            .Must(RecordRules.IsNonNegative)
            .WithErrorCode(WresErrorCodes.NegativeCount)
            .OverridePropertyName(ColumnNames.Respondents)
            .WithMessage(RecordRules.NegativeMessage(ColumnNames.Respondents));
        RuleFor(r => r.Positive)
            .Must(RecordRules.IsNonNegative)
            .WithErrorCode(WresErrorCodes.NegativeCount)
            .OverridePropertyName(ColumnNames.Positive)
            .WithMessage(RecordRules.NegativeMessage(ColumnNames.Positive));
        RuleFor(r => r)
            .Must(RecordRules.HasConsistentCounts)
            .When(r => RecordRules.IsNonNegative(r.Respondents) && RecordRules.IsNonNegative(r.Positive))
            .WithErrorCode(WresErrorCodes.InconsistentSurveyCounts)
            .OverridePropertyName(ColumnNames.Positive)
            .WithMessage(RecordRules.CountsMessage);
    }
}
