using FluentValidation;
using Wres.Core.Recruitment;

namespace Wres.Core.Validation;

/// <summary>Validates one <see cref="JobApplication"/>: a present id, and no appointment without shortlisting.</summary>
public sealed class JobApplicationValidator : AbstractValidator<JobApplication>
{
    /// <summary>Creates the validator.</summary>
    public JobApplicationValidator()
    {
        RuleFor(a => a.ApplicationId)
            .Must(RecordRules.IsPresent)
            .WithErrorCode(WresErrorCodes.RequiredValueMissing)
            .OverridePropertyName(ColumnNames.ApplicationId)
            .WithMessage(RecordRules.Blank(ColumnNames.ApplicationId));
        RuleFor(a => a.Appointed)
            .Must((application, appointed) => !appointed || application.Shortlisted)
            .WithErrorCode(WresErrorCodes.AppointedNotShortlisted)
            .OverridePropertyName(ColumnNames.Appointed)
            .WithMessage(RecordRules.AppointedMessage);
    }
}
