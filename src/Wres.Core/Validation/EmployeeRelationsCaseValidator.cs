using FluentValidation;
using Wres.Core.Casework;

namespace Wres.Core.Validation;

/// <summary>Validates one <see cref="EmployeeRelationsCase"/>: a present case reference and employee number, and a defined case type.</summary>
public sealed class EmployeeRelationsCaseValidator : AbstractValidator<EmployeeRelationsCase>
{
    /// <summary>Creates the validator.</summary>
    public EmployeeRelationsCaseValidator()
    {
        RuleFor(c => c.CaseReference)
            .Must(RecordRules.IsPresent)
            .WithErrorCode(WresErrorCodes.RequiredValueMissing)
            .OverridePropertyName(ColumnNames.CaseReference)
            .WithMessage(RecordRules.Blank(ColumnNames.CaseReference));
        RuleFor(c => c.EmployeeNumber)
            .Must(RecordRules.IsPresent)
            .WithErrorCode(WresErrorCodes.RequiredValueMissing)
            .OverridePropertyName(ColumnNames.EmployeeNumber)
            .WithMessage(RecordRules.Blank(ColumnNames.EmployeeNumber));
        RuleFor(c => c.Type)
            .Must(type => type != CaseType.Unknown && Enum.IsDefined(type))
            .WithErrorCode(WresErrorCodes.UnrecognisedCaseType)
            .OverridePropertyName(ColumnNames.CaseType)
            .WithMessage("The case type must be Disciplinary, Capability or Ill-health capability.");
    }
}
