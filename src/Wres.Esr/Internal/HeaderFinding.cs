using Wres.Core.Validation;

namespace Wres.Esr.Internal;

/// <summary>A finding about a file's header (a lookalike column not used, an optional column absent), with no line.</summary>
internal readonly record struct HeaderFinding(string Code, IssueSeverity Severity, string? Column, string Message);
