namespace Wres.Core.Validation;

/// <summary>
/// One rule on a value of an input record: the stable code and the column a broken rule is reported with, the
/// message the rejected row gets, and the test. Every rule lives once, in <see cref="RecordRules"/>; the
/// validators, the calculator and the readers all apply it from there.
/// </summary>
/// <typeparam name="T">The value the rule tests: a field of a record, or the fields it relates.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RecordRule<T>
{
    private readonly Func<T, bool> _test;

    internal RecordRule(string code, string column, string message, Func<T, bool> test)
    {
        Code = code;
        Column = column;
        Message = message;
        _test = test;
    }

    /// <summary>The stable code of a row that breaks the rule, one of <see cref="WresErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The column the finding names, as the input contract spells it (<c>FTE</c>, <c>Employee Number</c>).</summary>
    public string Column { get; }

    /// <summary>The message of a row that breaks the rule: a sentence a workforce analyst can act on, naming no value.</summary>
    public string Message { get; }

    /// <summary>Whether a value meets the rule.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the rule holds.</returns>
    public bool Allows(T value) => _test(value);

    /// <summary>The code, column and message.</summary>
    /// <returns>For example <c>WRES105 FTE: FTE must be between 0 and 1.5.</c></returns>
    public override string ToString() => $"{Code} {Column}: {Message}";

    internal RuleViolation Violation => new(Code, Column, Message);
}
