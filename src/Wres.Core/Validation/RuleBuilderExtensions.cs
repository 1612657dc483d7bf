using FluentValidation;

namespace Wres.Core.Validation;

/// <summary>States a <see cref="RecordRule{T}"/> in a FluentValidation validator: its test, code, column and message.</summary>
internal static class RuleBuilderExtensions
{
    public static IRuleBuilderOptions<T, TValue> Follows<T, TValue>(this IRuleBuilder<T, TValue> builder, RecordRule<TValue> rule) =>
        builder.Must(rule.Allows).Reports(rule);

    /// <summary>The code, column and message of a rule, on a rule the validator tests its own way (several fields, or a condition).</summary>
    public static IRuleBuilderOptions<T, TValue> Reports<T, TValue, TRule>(this IRuleBuilderOptions<T, TValue> builder, RecordRule<TRule> rule) =>
        builder.WithErrorCode(rule.Code).OverridePropertyName(rule.Column).WithMessage(rule.Message);
}
