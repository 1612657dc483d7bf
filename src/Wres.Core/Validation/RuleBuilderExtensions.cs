using FluentValidation;

namespace Wres.Core.Validation;

/// <summary>
/// States a <see cref="RecordRule{T}"/> in a FluentValidation validator: its test, code and message. The failure's
/// property name stays the C# property's (as ASP.NET Core model state expects); the message names the CSV column, and
/// the column is the failure's <see cref="FluentValidation.Results.ValidationFailure.CustomState"/>.
/// </summary>
internal static class RuleBuilderExtensions
{
    public static IRuleBuilderOptions<T, TValue> Follows<T, TValue>(this IRuleBuilder<T, TValue> builder, RecordRule<TValue> rule) =>
        builder.Must(rule.Allows).Reports(rule);

    /// <summary>The code, message and column of a rule, on a rule the validator tests its own way (several fields, or a condition).</summary>
    public static IRuleBuilderOptions<T, TValue> Reports<T, TValue, TRule>(this IRuleBuilderOptions<T, TValue> builder, RecordRule<TRule> rule) =>
        builder.WithErrorCode(rule.Code).WithMessage(rule.Message).WithState(_ => rule.Column);
}
