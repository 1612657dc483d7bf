using FluentValidation;
using Wres.Core.Ethnicity;
using Wres.Core.Workforce;

namespace Wres.Core.Validation;

/// <summary>Checks a <see cref="WresOptions"/> before anything is computed with it.</summary>
public sealed class WresOptionsValidator : AbstractValidator<WresOptions>
{
    /// <summary>Creates the validator.</summary>
    public WresOptionsValidator()
    {
        RuleFor(o => o.MaxIssuesPerSource).GreaterThanOrEqualTo(0);
        RuleFor(o => o.Ethnicity.BmeLabel)
            .Must(label => !string.IsNullOrWhiteSpace(label))
            .OverridePropertyName("Ethnicity.BmeLabel")
            .WithMessage("The BME display label must not be blank.");
        RuleFor(o => o.Ethnicity.LocalCodes)
            .Must(codes => codes.All(c => c is not null && c.Kind == EthnicCodeKind.Local))
            .OverridePropertyName("Ethnicity.LocalCodes")
            .WithMessage("Local codes must be created with EthnicCategory.Local.")
            .Must(codes => codes.Where(c => c is not null).Select(c => c.Code).Distinct(StringComparer.Ordinal).Count() == codes.Count)
            .OverridePropertyName("Ethnicity.LocalCodes")
            .WithMessage("A local code is registered twice.");
        RuleFor(o => o.Ethnicity.ExtraLabels)
            .Must(labels => labels.All(l => !string.IsNullOrWhiteSpace(l.Key) && l.Value is not null))
            .OverridePropertyName("Ethnicity.ExtraLabels")
            .WithMessage("Extra labels must be non-blank and map to a category.");
        RuleFor(o => o.Workforce.StaffGroupSegments)
            .Must(map => StaffGroup.All.All(g => map.TryGetValue(g, out var s) && IsSegment(s)))
            .OverridePropertyName("Workforce.StaffGroupSegments")
            .WithMessage("Every staff group 01-10 must be mapped to NonClinical, Clinical or MedicalAndDental.");
        RuleFor(o => o.Workforce.OccupationCodeSegments)
            .Must(map => map.All(p => !string.IsNullOrWhiteSpace(p.Key) && IsSegment(p.Value)))
            .OverridePropertyName("Workforce.OccupationCodeSegments")
            .WithMessage("Occupation code overrides must name a non-blank code and a defined segment.");
        RuleFor(o => o.Workforce.ExcludedCategories)
            .Must(set => set.All(c => c != AssignmentCategory.Unknown && Enum.IsDefined(c)))
            .OverridePropertyName("Workforce.ExcludedCategories")
            .WithMessage("Excluded assignment categories must be defined categories.");
    }

    private static bool IsSegment(Segment segment) =>
        segment is Segment.NonClinical or Segment.Clinical or Segment.MedicalAndDental;
}
