namespace Wres.Core.Workforce;

/// <summary>How <see cref="Grade.Classify(ReadOnlySpan{char})"/> read a raw pay band or grade value.</summary>
public enum GradeMatch
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>A recognised band, grade or explicit non-AfC value.</summary>
    Recognised = 1,

    /// <summary><c>Band 8</c> without a range: ambiguous, counted as <see cref="Grade.Other"/> and reported.</summary>
    Ambiguous = 2,

    /// <summary>Not recognised: counted as <see cref="Grade.Other"/> and reported, never dropped.</summary>
    Unrecognised = 3,

    /// <summary>The value was blank: counted as <see cref="Grade.Other"/> and reported.</summary>
    Blank = 4,
}
