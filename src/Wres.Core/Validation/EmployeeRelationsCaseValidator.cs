using FluentValidation;
using Wres.Core.Casework;

namespace Wres.Core.Validation;

/// <summary>Validates one <see cref="EmployeeRelationsCase"/>: a present case reference and employee number, and a defined case type.</summary>
public sealed class EmployeeRelationsCaseValidator : AbstractValidator<EmployeeRelationsCase>
{
    /// <summary>Creates the validator.</summary>
    public EmployeeRelationsCaseValidator()
    {
        RuleFor(c => c.CaseReference).Follows(RecordRules.Present(ColumnNames.CaseReference));
        RuleFor(c => c.EmployeeNumber).Follows(RecordRules.Present(ColumnNames.EmployeeNumber));
        RuleFor(c => c.Type).Follows(RecordRules.CaseTypeDefined);
    }
}
