using FluentValidation;

namespace Wres.Core.PayGaps;

/// <summary>Checks <see cref="PayGapOptions"/>; part of <see cref="Validation.WresOptionsValidator"/>.</summary>
internal sealed class PayGapOptionsValidator : AbstractValidator<PayGapOptions>
{
    public PayGapOptionsValidator()
    {
        RuleFor(o => o.EthnicityBasis)
            .Must(b => b is EthnicityPayGapBasis.WhiteAndBme or EthnicityPayGapBasis.WhiteBritishAndOthers or EthnicityPayGapBasis.DetailedGroups)
            .WithMessage("The ethnicity pay gap basis must be WhiteAndBme, WhiteBritishAndOthers or DetailedGroups.");
        RuleFor(o => o.DefaultPayPeriodDays)
            .Must(days => days is null or (>= 1 and <= PayGapOptions.MaximumPayPeriodDays))
            .WithMessage("The default pay period must be 1 to 366 days, or not set (the days of the snapshot's month).");
        RuleFor(o => o.SuppressionThreshold)
            .GreaterThanOrEqualTo(0)
            .WithMessage("The pay gap suppression threshold must not be negative.");
    }
}
