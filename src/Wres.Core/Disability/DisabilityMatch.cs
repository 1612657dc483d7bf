namespace Wres.Core.Disability;

/// <summary>How <see cref="DisabilityClassifier"/> read a raw disability value.</summary>
public enum DisabilityMatch
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary><c>Yes</c> or <c>No</c>.</summary>
    Declared = 1,

    /// <summary>A recognised non-answer such as <c>Not Declared</c> or <c>Prefer Not To Answer</c>.</summary>
    NotDeclared = 2,

    /// <summary>The value is empty or white space.</summary>
    Blank = 3,

    /// <summary>Any other value; counted as Unknown and reported.</summary>
    Unrecognised = 4,
}
