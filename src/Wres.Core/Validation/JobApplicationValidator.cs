using FluentValidation;
using Wres.Core.Recruitment;

namespace Wres.Core.Validation;

/// <summary>Validates one <see cref="JobApplication"/>: a present id, and no appointment without shortlisting.</summary>
public sealed class JobApplicationValidator : AbstractValidator<JobApplication>
{
    /// <summary>Creates the validator.</summary>
    public JobApplicationValidator()
    {
        RuleFor(a => a.ApplicationId).Follows(RecordRules.Present(ColumnNames.ApplicationId));
        RuleFor(a => a.Appointed)
            .Must((application, appointed) => RecordRules.AppointedFromShortlist.Allows((application.Shortlisted, appointed)))
            .Reports(RecordRules.AppointedFromShortlist);
    }
}
