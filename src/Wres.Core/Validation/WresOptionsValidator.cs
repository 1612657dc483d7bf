using FluentValidation;
using Wres.Core.Ethnicity;
using Wres.Core.Indicators;
using Wres.Core.Mapping;
using Wres.Core.PayGaps;
using Wres.Core.Publication;
using Wres.Core.Statistics;
using Wres.Core.Trajectory;
using Wres.Core.Workforce;

namespace Wres.Core.Validation;

/// <summary>Checks a <see cref="WresOptions"/> before anything is computed with it.</summary>
public sealed class WresOptionsValidator : AbstractValidator<WresOptions>
{
    /// <summary>
    /// One instance for the engine's own checks: a validator's rules are compiled when it is created, which is slow,
    /// and a created validator is safe to share between threads.
    /// </summary>
    internal static WresOptionsValidator Shared { get; } = new();

    /// <summary>Creates the validator.</summary>
    public WresOptionsValidator()
    {
        // Rules on a value (an int, an enum) are stated on the object holding it: each value type would otherwise make
        // FluentValidation's generic rule classes compile anew, which cost about half a second at start-up.
        RuleFor(o => o)
            .Must(o => o.MaxIssuesPerSource >= 0)
            .OverridePropertyName(nameof(WresOptions.MaxIssuesPerSource))
            .WithMessage("MaxIssuesPerSource must not be negative.");
        RuleFor(o => o.Ethnicity.BmeLabel)
            .Must(label => !string.IsNullOrWhiteSpace(label))
            .OverridePropertyName("Ethnicity.BmeLabel")
            .WithMessage("The BME display label must not be blank.");
        RuleFor(o => o.Ethnicity.LocalCodes)
            .Must(codes => codes.All(c => c is not null && c.Kind == EthnicCodeKind.Local))
            .OverridePropertyName("Ethnicity.LocalCodes")
            .WithMessage("Local codes must be created with EthnicCategory.Local.")
            .Must(codes => codes.Where(c => c is not null).Select(c => c.Code).Distinct(StringComparer.Ordinal).Count() == codes.Count(c => c is not null))
            .OverridePropertyName("Ethnicity.LocalCodes")
            .WithMessage("A local code is registered twice.");
        RuleFor(o => o.Ethnicity.ExtraLabels)
            .Must(labels => labels.All(l => !string.IsNullOrWhiteSpace(l.Key) && l.Value is not null))
            .OverridePropertyName("Ethnicity.ExtraLabels")
            .WithMessage("Extra labels must be non-blank and map to a category.");
        RuleFor(o => o.Mapping.Columns)
            .Custom((files, context) =>
            {
                foreach (var (file, columns) in files)
                {
                    if (!MappingFile.FileKeys.Contains(file, StringComparer.OrdinalIgnoreCase))
                    {
                        context.AddFailure("Mapping.Columns", $"columns.{file} is not an input file; the files are {string.Join(", ", MappingFile.FileKeys)}.");
                    }
                    else if (columns is null || columns.Any(c => string.IsNullOrWhiteSpace(c.Key) || string.IsNullOrWhiteSpace(c.Value)))
                    {
                        context.AddFailure("Mapping.Columns", $"columns.{file}: every header must be non-blank and map to a column.");
                    }
                }
            });
        RuleFor(o => o.Mapping.Values)
            .Custom((values, context) =>
            {
                if (!ValueMap.TryCreate(values, context.InstanceToValidate.Ethnicity.LocalCodes, out _, out var problems))
                {
                    foreach (var problem in problems)
                    {
                        context.AddFailure("Mapping.Values", problem);
                    }
                }
            });
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
        RuleFor(o => o.Statistics)
            .Must(m => m.Interval is IntervalMethod.KatzLog or IntervalMethod.KoopmanScore)
            .OverridePropertyName("Statistics.Interval")
            .WithMessage("The interval method must be KatzLog or KoopmanScore.");
        RuleFor(o => o.Statistics)
            .Must(m => m.PValue is PValueMethod.FisherExact or PValueMethod.FisherMidP)
            .OverridePropertyName("Statistics.PValue")
            .WithMessage("The p-value method must be FisherExact or FisherMidP.");
        RuleFor(o => o.Statistics)
            .Must(s => s.LowerThreshold > 0m && s.LowerThreshold <= 1m && s.UpperThreshold >= 1m)
            .OverridePropertyName("Statistics.LowerThreshold")
            .WithMessage("The four-fifths thresholds must satisfy 0 < lower ≤ 1 ≤ upper.");
        RuleFor(o => o.Statistics)
            .Must(s => s.SmallCellThreshold >= 0 && s.SmallBaseThreshold >= 0)
            .OverridePropertyName("Statistics.SmallCellThreshold")
            .WithMessage("Small-number thresholds must not be negative.");
        RuleFor(o => o.Indicators)
            .Must(m => m.Indicator3Rolling is RollingMode.WhenAvailable or RollingMode.SingleYear)
            .OverridePropertyName("Indicators.Indicator3Rolling")
            .WithMessage("Indicator 3 rolling must be WhenAvailable or SingleYear.");
        RuleFor(o => o.Indicators)
            .Must(b => b.HeadcountBasis is HeadcountBasis.Snapshot or HeadcountBasis.SnapshotPlusLeaversWithEvents)
            .OverridePropertyName("Indicators.HeadcountBasis")
            .WithMessage("The headcount basis must be Snapshot or SnapshotPlusLeaversWithEvents.");
        RuleFor(o => o.ModelEmployer)
            .Must(m => m.TargetYear is >= 2000 and <= 2100)
            .OverridePropertyName("ModelEmployer.TargetYear")
            .WithMessage("The Model Employer target year must be a year from 2000 to 2100.");
        RuleFor(o => o.ModelEmployer)
            .Must(b => b.ShareBasis is TargetShareBasis.AllStaff or TargetShareBasis.KnownEthnicity)
            .OverridePropertyName("ModelEmployer.ShareBasis")
            .WithMessage("The Model Employer share basis must be AllStaff or KnownEthnicity.");
        RuleFor(o => o.ModelEmployer.Bands)
            .Must(b => b.Count > 0 && b.All(g => g is not null && g != Grade.Other && Grade.BandRows.Contains(g)) && b.Distinct().Count() == b.Count)
            .OverridePropertyName("ModelEmployer.Bands")
            .WithMessage("The Model Employer bands must be one or more distinct Agenda for Change bands (Under Band 1 to VSM).");
        RuleFor(o => o.Disclosure)
            .Must(d => d.Policy is DisclosurePolicy.RoundToFive or DisclosurePolicy.Threshold
                && d.SuppressUpTo >= 0 && d.RoundingBase >= 1 && d.Threshold >= 1)
            .OverridePropertyName("Disclosure")
            .WithMessage("Disclosure control needs a defined policy, SuppressUpTo ≥ 0, RoundingBase ≥ 1 and Threshold ≥ 1.");
        RuleFor(o => o.PayGaps).SetValidator(new PayGapOptionsValidator());
    }

    private static bool IsSegment(Segment segment) =>
        segment is Segment.NonClinical or Segment.Clinical or Segment.MedicalAndDental;
}
