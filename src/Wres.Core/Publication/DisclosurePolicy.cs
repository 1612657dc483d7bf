namespace Wres.Core.Publication;

/// <summary>How counts are protected in tables meant to leave the organisation.</summary>
public enum DisclosurePolicy
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary><b>Default</b>: counts 1 to 7 shown as <c>*</c>, other counts rounded to the nearest 5.</summary>
    RoundToFive = 1,

    /// <summary>Counts from 1 up to the threshold shown as <c>&lt;5</c> (or <c>&lt;10</c>); other counts exact.</summary>
    Threshold = 2,
}
