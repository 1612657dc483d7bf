namespace Wres.Core.Validation;

/// <summary>A record rule a typed record broke: the code, the column it is about and the message.</summary>
internal readonly record struct RuleViolation(string Code, string Column, string Message);
