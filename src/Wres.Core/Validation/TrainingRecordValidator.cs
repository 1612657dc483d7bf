using FluentValidation;
using Wres.Core.Training;

namespace Wres.Core.Validation;

/// <summary>Validates one <see cref="TrainingRecord"/>: a present employee number and course.</summary>
public sealed class TrainingRecordValidator : AbstractValidator<TrainingRecord>
{
    /// <summary>Creates the validator.</summary>
    public TrainingRecordValidator()
    {
        RuleFor(t => t.EmployeeNumber).Follows(RecordRules.Present(ColumnNames.EmployeeNumber));
        RuleFor(t => t.Course).Follows(RecordRules.Present(ColumnNames.Course));
    }
}
