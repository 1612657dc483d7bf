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
        // Refuses a standard that is not defined (ArgumentOutOfRangeException), before any rule is stated.
        var knownIndicator = RecordRules.KnownSurveyIndicator(standard);
        var notNegativeRespondents = RecordRules.NotNegative(ColumnNames.Respondents);
        var notNegativePositive = RecordRules.NotNegative(ColumnNames.Positive);
        RuleFor(r => r.Indicator)
            .Follows(RecordRules.Present(ColumnNames.Indicator))
            .DependentRules(() => RuleFor(r => r.Indicator).Follows(knownIndicator));
        RuleFor(r => r.Group).Follows(RecordRules.SurveyGroupKnown);
        RuleFor(r => r.Percent).Follows(RecordRules.PercentInRange);
        RuleFor(r => r.Respondents).Follows(notNegativeRespondents);
        RuleFor(r => r.Positive).Follows(notNegativePositive);
        RuleFor(r => r)
            .Must(r => RecordRules.SurveyCountsConsistent.Allows((r.Respondents, r.Positive)))
            .When(r => notNegativeRespondents.Allows(r.Respondents) && notNegativePositive.Allows(r.Positive))
            .Reports(RecordRules.SurveyCountsConsistent)
            .OverridePropertyName(nameof(SurveyResult.Positive));
    }
}
