using FluentValidation;
using Wres.Core.Workforce;

namespace Wres.Core.Validation;

/// <summary>Validates one <see cref="StaffAssignment"/>: a present employee number, staff group and grade, and an FTE from 0 to 1.5.</summary>
public sealed class StaffAssignmentValidator : AbstractValidator<StaffAssignment>
{
    /// <summary>Creates the validator.</summary>
    public StaffAssignmentValidator()
    {
        RuleFor(a => a.EmployeeNumber).Follows(RecordRules.Present(ColumnNames.EmployeeNumber));
        RuleFor(a => a.StaffGroup).Follows(RecordRules.StaffGroupPresent);
        RuleFor(a => a.Grade).Follows(RecordRules.PayBandPresent);
        RuleFor(a => a.Fte).Follows(RecordRules.FteInRange);
    }
}
