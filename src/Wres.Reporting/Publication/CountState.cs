namespace Wres.Reporting.Publication;

/// <summary>How a count appears in a report.</summary>
internal enum CountState
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>Shown: exactly (not publishing, a zero, the board's size), or as the disclosure policy rounds it.</summary>
    Shown = 1,

    /// <summary>Suppressed by the disclosure policy (<c>*</c>, <c>&lt;5</c>): a count from 1 to the policy's limit.</summary>
    Suppressed = 2,

    /// <summary>
    /// Withheld (secondary suppression): a count the policy would show, held back so that a suppressed count cannot be
    /// worked out from the others. Says nothing about its size.
    /// </summary>
    Withheld = 3,
}
