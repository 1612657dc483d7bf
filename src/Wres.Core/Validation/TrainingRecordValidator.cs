using FluentValidation;
using Wres.Core.Training;

namespace Wres.Core.Validation;

/// <summary>Validates one <see cref="TrainingRecord"/>: a present employee number and course.</summary>
public sealed class TrainingRecordValidator : AbstractValidator<TrainingRecord>
{
    /// <summary>Creates the validator.</summary>
    public TrainingRecordValidator()
    {
        RuleFor(t => t.EmployeeNumber)
            .Must(RecordRules.IsPresent)
            .WithErrorCode(WresErrorCodes.RequiredValueMissing)
            .OverridePropertyName(ColumnNames.EmployeeNumber)
            .WithMessage(RecordRules.Blank(ColumnNames.EmployeeNumber));
        RuleFor(t => t.Course)
            .Must(RecordRules.IsPresent)
            .WithErrorCode(WresErrorCodes.RequiredValueMissing)
            .OverridePropertyName(ColumnNames.Course)
            .WithMessage(RecordRules.Blank(ColumnNames.Course));
    }
}
