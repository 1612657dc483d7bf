using Wres.Core.Publication;
using Wres.Reporting.Internal;

namespace Wres.Reporting.Publication;

/// <summary>The words every format uses for what disclosure control did: one home for each sentence.</summary>
internal static class DisclosureWords
{
    /// <summary>What a figure that is not published shows in a table or chart.</summary>
    public const string NotPublished = "*";

    /// <summary>The counts the policy suppresses, in words: <c>7 or fewer</c>, <c>fewer than 5</c>.</summary>
    public static string SmallCount(DisclosureOptions options) => options.Policy == DisclosurePolicy.Threshold
        ? "fewer than " + Numbers.Integer(options.Threshold)
        : Numbers.Integer(options.SuppressUpTo) + " or fewer";

    /// <summary>Why a ratio's statistics are withheld: one of its counts is suppressed.</summary>
    public static string CountSuppressed(DisclosureOptions options) => $"not published: a count behind it is {SmallCount(options)}";

    /// <summary>Why a ratio's statistics are withheld: one of its counts is withheld.</summary>
    public const string CountWithheld = "not published: a count behind it is withheld";

    /// <summary>Why a ratio's statistics are withheld: shown, they would let a suppressed count elsewhere be worked out.</summary>
    public static string WouldGiveBack(DisclosureOptions options) =>
        $"not published: with the counts shown, it would let a count of {SmallCount(options)} be worked out";

    /// <summary>The sentence every format shows once when publishing: what the policy did and what is withheld.</summary>
    public static string Note(DisclosureOptions options)
    {
        var counts = options.Policy == DisclosurePolicy.Threshold
            ? $"counts from 1 to {Numbers.Integer(options.Threshold - 1)} are shown as <{Numbers.Integer(options.Threshold)}, other counts exactly"
            : options.SuppressUpTo > 0
                ? $"counts from 1 to {Numbers.Integer(options.SuppressUpTo)} are shown as *, other counts rounded to the nearest {Numbers.Integer(options.RoundingBase)}"
                : $"counts are rounded to the nearest {Numbers.Integer(options.RoundingBase)}";
        return $"Published with disclosure control: {counts} (0 stays 0; the board's size is exact). "
            + "Every percentage, share and difference is computed from the counts as published, and one that would need a count not shown is not published (*). "
            + $"A count shown as {PublishedCount.WithheldText} is held back so that no count of {SmallCount(options)} can be worked out from the others. "
            + $"Relative likelihoods, their intervals and p-values are computed from the true counts and shown only when none of their counts is {SmallCount(options)} and they cannot give such a count back.";
    }
}
