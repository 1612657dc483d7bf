using FluentValidation;
using Wres.Core.Board;

namespace Wres.Core.Validation;

/// <summary>Validates one <see cref="BoardMember"/>: a present member name or id.</summary>
public sealed class BoardMemberValidator : AbstractValidator<BoardMember>
{
    /// <summary>Creates the validator.</summary>
    public BoardMemberValidator() => RuleFor(m => m.Member).Follows(RecordRules.Present(ColumnNames.Member));
}
