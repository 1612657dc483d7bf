namespace Wres.Core.Ethnicity;

/// <summary>How <see cref="EthnicityClassifier"/> recognised a raw ethnicity value.</summary>
public enum EthnicityMatch
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>The leading token is a national, extended or registered local code (the normal ESR form).</summary>
    Code = 1,

    /// <summary>The whole value matched a known label; worth a data-quality note, since codes are expected.</summary>
    Label = 2,

    /// <summary>The value is empty or white space: ethnicity not recorded.</summary>
    Blank = 3,

    /// <summary>A non-blank value that is neither a code nor a known label; counted as Unknown and reported.</summary>
    Unrecognised = 4,

    /// <summary>The whole value is one the organisation mapped (<see cref="EthnicityOptions.ExtraLabels"/>, the mapping file); mapped values beat built-in ones.</summary>
    Mapped = 5,
}
