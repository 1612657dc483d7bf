namespace Wres.Reporting.Contract;

/// <summary>What a field of the contract must hold, in the words of the reader's messages (<c>"…" is not a count</c>).</summary>
internal static class ContractExpectation
{
    public const string Count = "a count";
    public const string Number = "a number";
    public const string Text = "text";
    public const string Boolean = "true or false";
    public const string WholeNumber = "a whole number";
    public const string Object = "an object";
    public const string List = "a list";
    public const string Kind = "one of the kinds representation, likelihood, survey and board";

    /// <summary>Whether a message is one of these expectations (thrown by the contract's own converters).</summary>
    public static bool IsOne(string message) => message is Count or Number or Text or Boolean or WholeNumber or Object or List or Kind;
}
