namespace Wres.Core.Indicators;

/// <summary>Which group's likelihood is the numerator of a relative likelihood.</summary>
/// <remarks>Every indicator is oriented so that a ratio above 1 is adverse to the focus group (BME, disabled).</remarks>
public enum RatioOrientation
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>Reference ÷ focus (White ÷ BME): appointment from shortlisting, access to training.</summary>
    ReferenceOverFocus = 1,

    /// <summary>Focus ÷ reference (BME ÷ White): entry into a formal process.</summary>
    FocusOverReference = 2,
}
