using FluentValidation;
using Wres.Core.Workforce;

namespace Wres.Core.Validation;

/// <summary>Validates one <see cref="StaffAssignment"/>: a present employee number, staff group and grade, and an FTE from 0 to 1.5.</summary>
public sealed class StaffAssignmentValidator : AbstractValidator<StaffAssignment>
{
    /// <summary>Creates the validator.</summary>
    public StaffAssignmentValidator()
    {
        RuleFor(a => a.EmployeeNumber)
            .Must(RecordRules.IsPresent)
            .WithErrorCode(WresErrorCodes.RequiredValueMissing)
            .OverridePropertyName(ColumnNames.EmployeeNumber)
            .WithMessage(RecordRules.Blank(ColumnNames.EmployeeNumber));
        RuleFor(a => a.StaffGroup)
            .NotNull()
            .WithErrorCode(WresErrorCodes.RequiredValueMissing)
            .OverridePropertyName(ColumnNames.StaffGroup)
            .WithMessage(RecordRules.Blank(ColumnNames.StaffGroup));
        RuleFor(a => a.Grade)
            .NotNull()
            .WithErrorCode(WresErrorCodes.RequiredValueMissing)
            .OverridePropertyName(ColumnNames.PayBand)
            .WithMessage(RecordRules.Blank(ColumnNames.PayBand));
        RuleFor(a => a.Fte)
            .Must(RecordRules.IsValidFte)
            .WithErrorCode(WresErrorCodes.FteOutOfRange)
            .OverridePropertyName(ColumnNames.Fte)
            .WithMessage(RecordRules.FteMessage);
    }
}
