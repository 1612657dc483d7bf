using FluentValidation;

namespace Wres.Core.PayGaps;

/// <summary>Checks <see cref="PayGapOptions"/>; part of <see cref="Validation.WresOptionsValidator"/>.</summary>
internal sealed class PayGapOptionsValidator : AbstractValidator<PayGapOptions>
{
    public PayGapOptionsValidator()
    {
        // Stated on the options object, not on each value: a rule on a value type makes FluentValidation compile its
        // generic rule classes anew for that type, which is slow at start-up.
        RuleFor(o => o)
            .Must(o => o.EthnicityBasis is EthnicityPayGapBasis.WhiteAndBme or EthnicityPayGapBasis.WhiteBritishAndOthers or EthnicityPayGapBasis.DetailedGroups)
            .OverridePropertyName(nameof(PayGapOptions.EthnicityBasis))
            .WithMessage("The ethnicity pay gap basis must be WhiteAndBme, WhiteBritishAndOthers or DetailedGroups.");
        RuleFor(o => o)
            .Must(o => o.DefaultPayPeriodDays is null or (>= 1 and <= PayGapOptions.MaximumPayPeriodDays))
            .OverridePropertyName(nameof(PayGapOptions.DefaultPayPeriodDays))
            .WithMessage("The default pay period must be 1 to 366 days, or not set (the days of the snapshot's month).");
        RuleFor(o => o)
            .Must(o => o.SuppressionThreshold >= 0)
            .OverridePropertyName(nameof(PayGapOptions.SuppressionThreshold))
            .WithMessage("The pay gap suppression threshold must not be negative.");
    }
}
