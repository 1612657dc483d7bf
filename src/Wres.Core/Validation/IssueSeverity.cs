namespace Wres.Core.Validation;

/// <summary>How serious a data-quality issue is.</summary>
public enum IssueSeverity
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>The row (or file) was rejected: it contributes nothing.</summary>
    Error = 1,

    /// <summary>The row was counted, but a value was read as Unknown or Other, or looks wrong.</summary>
    Warning = 2,

    /// <summary>Information about how a value was read.</summary>
    Note = 3,
}
