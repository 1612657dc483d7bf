namespace Wres.Core.PayGaps;

/// <summary>A person's sex as the pay file records it, for the gender pay gap.</summary>
/// <remarks>
/// The gender pay gap regulations are binary: men are the reference group and women the focus group.
/// <see cref="Other"/> and <see cref="Unknown"/> are counted (reported with the unknown group) and left out
/// of the gaps.
/// </remarks>
public enum Sex
{
    /// <summary>Not recorded (a blank cell).</summary>
    Unknown = 0,

    /// <summary>Male (<c>Male</c> or <c>M</c>): the reference group.</summary>
    Male = 1,

    /// <summary>Female (<c>Female</c> or <c>F</c>): the focus group.</summary>
    Female = 2,

    /// <summary>Any other value recorded: counted with the unknown group and left out of the gaps.</summary>
    Other = 3,
}
