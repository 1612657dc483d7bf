using Wres.Core.Internal;
using Wres.Core.Statistics;
using Wres.Core.Survey;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.Indicators;

/// <summary>Computes every indicator from a completed set of accumulators.</summary>
internal static class ReportBuilder
{
    public static WresReport Build(WresAccumulator accumulator, string? organisation)
    {
        var standard = accumulator.Standard;
        var characteristic = standard == EqualityStandard.Wdes ? ProtectedCharacteristic.Disability : ProtectedCharacteristic.Ethnicity;
        var settings = accumulator.Settings;

        // Computing a report changes nothing in the accumulator: findings that only appear when the
        // inputs are joined go to copies of the tallies.
        var findings = new Findings(accumulator);
        var resolution = Resolver.Resolve(
            characteristic,
            accumulator.StaffPart,
            findings.Staff,
            accumulator.PreviousStaffPart,
            findings.PreviousStaff,
            accumulator.CasesPart,
            findings.Cases,
            accumulator.PreviousCasesPart,
            findings.PreviousCases,
            accumulator.TrainingPart,
            findings.Training);
        var workforce = resolution.Staff is { } counts ? new WorkforceSnapshot(counts, findings.Staff!.ToQuality()) : null;
        var previousWorkforce = resolution.PreviousStaff is { } previousCounts ? new WorkforceSnapshot(previousCounts, findings.PreviousStaff!.ToQuality()) : null;
        var workforceTally = workforce?.Tally(characteristic);

        var representation = workforce is null
            ? new RepresentationResult("1", IndicatorStatus.NotProvided, [])
            : Representation.Build(workforce, standard);

        var report = new WresReport(
            standard,
            organisation,
            accumulator.Year,
            standard == EqualityStandard.Wdes ? "Non-disabled" : "White",
            standard == EqualityStandard.Wdes ? "Disabled" : settings.BmeLabel,
            workforceTally,
            Selection(workforce),
            representation,
            Appointment(accumulator, characteristic, settings),
            FormalProcess(accumulator, findings, resolution, characteristic, settings, workforce, previousWorkforce),
            standard == EqualityStandard.Wres ? TrainingAccess(accumulator, resolution, characteristic, settings, workforce) : null,
            SurveyResults(accumulator),
            Board(accumulator, characteristic, standard, workforceTally),
            Quality(accumulator, findings, workforce, previousWorkforce));
        return report;
    }

    private static IReadOnlyDictionary<SelectionRule, int> Selection(WorkforceSnapshot? workforce)
    {
        var selection = new Dictionary<SelectionRule, int>();
        if (workforce is null)
        {
            return selection;
        }

        foreach (var rule in Enum.GetValues<SelectionRule>())
        {
            if (rule != SelectionRule.Unknown)
            {
                selection[rule] = workforce.PeopleDecidedBy(rule);
            }
        }

        return selection;
    }

    private static LikelihoodIndicatorResult Appointment(WresAccumulator accumulator, ProtectedCharacteristic characteristic, CalculatorSettings settings)
    {
        if (accumulator.RecruitmentPart is not { } recruitment)
        {
            return LikelihoodIndicatorResult.NotProvided("2", RatioOrientation.ReferenceOverFocus);
        }

        var (shortlisted, appointed) = recruitment.Totals(characteristic);
        var indicator = Likelihood("2", RatioOrientation.ReferenceOverFocus, appointed, shortlisted, settings, yearsPooled: 1);
        return AppointmentBreakdowns.Add(indicator, recruitment, characteristic, settings);
    }

    private static LikelihoodIndicatorResult FormalProcess(
        WresAccumulator accumulator,
        Findings findings,
        Resolution resolution,
        ProtectedCharacteristic characteristic,
        CalculatorSettings settings,
        WorkforceSnapshot? workforce,
        WorkforceSnapshot? previousWorkforce)
    {
        if (accumulator.CasesPart is null || workforce is null)
        {
            return LikelihoodIndicatorResult.NotProvided("3", RatioOrientation.FocusOverReference);
        }

        var headcount = Base(workforce.Tally(characteristic), resolution.CaseLeavers, settings);
        var rolling = settings.Rolling == RollingMode.WhenAvailable
            && accumulator.PreviousCasesPart is not null
            && previousWorkforce is not null;
        if (!rolling)
        {
            findings.PreviousCases?.AddFileFinding(
                WresErrorCodes.PreviousYearNotPooled,
                IssueSeverity.Note,
                settings.Rolling == RollingMode.SingleYear
                    ? "Last year's cases were read but not pooled: indicator 3 is set to a single year."
                    : "Last year's cases were read but not pooled: last year's staff file was not supplied, so last year's headcount is unknown.");
            return Likelihood("3", RatioOrientation.FocusOverReference, resolution.CaseEvents, headcount, settings, yearsPooled: 1);
        }

        var previousHeadcount = Base(previousWorkforce!.Tally(characteristic), resolution.PreviousCaseLeavers, settings);
        return Likelihood("3", RatioOrientation.FocusOverReference, resolution.CaseEvents + resolution.PreviousCaseEvents, headcount + previousHeadcount, settings, yearsPooled: 2);
    }

    private static LikelihoodIndicatorResult TrainingAccess(
        WresAccumulator accumulator,
        Resolution resolution,
        ProtectedCharacteristic characteristic,
        CalculatorSettings settings,
        WorkforceSnapshot? workforce)
    {
        if (accumulator.TrainingPart is null || workforce is null)
        {
            return LikelihoodIndicatorResult.NotProvided("4", RatioOrientation.ReferenceOverFocus);
        }

        var headcount = Base(workforce.Tally(characteristic), resolution.TrainingLeavers, settings);
        return Likelihood("4", RatioOrientation.ReferenceOverFocus, resolution.TrainingEvents, headcount, settings, yearsPooled: 1);
    }

    private static GroupTally Base(GroupTally workforce, GroupTally leaversWithEvents, CalculatorSettings settings) =>
        settings.HeadcountBasis == HeadcountBasis.SnapshotPlusLeaversWithEvents ? workforce + leaversWithEvents : workforce;

    private static LikelihoodIndicatorResult Likelihood(string id, RatioOrientation orientation, GroupTally events, GroupTally @base, CalculatorSettings settings, int yearsPooled)
    {
        var reference = Proportion.Of(events.Reference, @base.Reference);
        var focus = Proportion.Of(events.Focus, @base.Focus);
        var unknown = Proportion.Of(events.Unknown, @base.Unknown);
        var ratio = orientation == RatioOrientation.ReferenceOverFocus
            ? RelativeLikelihood.Compute(reference, focus, settings.Statistics)
            : RelativeLikelihood.Compute(focus, reference, settings.Statistics);
        var parity = PeopleToParity.Compute(reference.Events, reference.Base, focus.Events, focus.Base, orientation, settings.Statistics.UpperThreshold);
        return new LikelihoodIndicatorResult(id, IndicatorStatus.Computed, orientation, reference, focus, unknown, ratio, yearsPooled, parity);
    }

    private static IReadOnlyList<SurveyIndicatorResult> SurveyResults(WresAccumulator accumulator)
    {
        var measures = SurveyMeasure.For(accumulator.Standard);
        var results = new SurveyIndicatorResult[measures.Count];
        for (var i = 0; i < measures.Count; i++)
        {
            var measure = measures[i];
            var reference = accumulator.SurveyPart?.Find(measure, ComparisonGroup.Reference);
            var focus = accumulator.SurveyPart?.Find(measure, ComparisonGroup.Focus);
            var status = reference is null && focus is null ? IndicatorStatus.NotProvided : IndicatorStatus.Computed;
            results[i] = new SurveyIndicatorResult(measure, status, PercentOf(reference), PercentOf(focus), reference?.Respondents, focus?.Respondents);
        }

        return results;
    }

    /// <summary>The percentage: from the counts when both are given (never from the rounded published figure), else as published.</summary>
    internal static decimal? PercentOf(SurveyResult? result) => result switch
    {
        null => null,
        { Respondents: > 0 and var respondents, Positive: { } positive } => positive * 100m / respondents,
        _ => result.Percent,
    };

    private static BoardResult Board(WresAccumulator accumulator, ProtectedCharacteristic characteristic, EqualityStandard standard, GroupTally? workforce)
    {
        var id = standard == EqualityStandard.Wdes ? "10" : "9";
        var workforcePercent = workforce?.PercentOf(ComparisonGroup.Focus);
        if (accumulator.BoardPart is not { } board)
        {
            var empty = new BoardSubset(default, null);
            return new BoardResult(id, IndicatorStatus.NotProvided, empty, empty, empty, empty, empty);
        }

        BoardSubset Subset(bool? voting, bool? executive) => new(board.Members(characteristic, voting, executive), workforcePercent);
        return new BoardResult(
            id,
            IndicatorStatus.Computed,
            Subset(voting: null, executive: null),
            Subset(voting: true, executive: null),
            Subset(voting: false, executive: null),
            Subset(voting: null, executive: true),
            Subset(voting: null, executive: false));
    }

    private static DataQualityReport Quality(WresAccumulator accumulator, Findings findings, WorkforceSnapshot? workforce, WorkforceSnapshot? previousWorkforce)
    {
        var sources = new List<SourceQuality>();
        void Add(SourceQuality? quality)
        {
            if (quality is not null)
            {
                sources.Add(quality);
            }
        }

        Add(workforce?.Quality);
        Add(accumulator.RecruitmentPart?.Tally.ToQuality());
        Add(findings.Cases?.ToQuality());
        Add(findings.Training?.ToQuality());
        Add(accumulator.BoardPart?.Tally.ToQuality());
        Add(accumulator.SurveyPart?.Tally.ToQuality());
        Add(previousWorkforce?.Quality);
        Add(findings.PreviousCases?.ToQuality());
        return new DataQualityReport(sources);
    }

    /// <summary>Copies of the tallies that take the findings of joining the inputs.</summary>
    private sealed class Findings(WresAccumulator accumulator)
    {
        public SourceTally? Staff { get; } = accumulator.StaffPart?.Tally.Clone();

        public SourceTally? PreviousStaff { get; } = accumulator.PreviousStaffPart?.Tally.Clone();

        public SourceTally? Cases { get; } = accumulator.CasesPart?.Tally.Clone();

        public SourceTally? PreviousCases { get; } = accumulator.PreviousCasesPart?.Tally.Clone();

        public SourceTally? Training { get; } = accumulator.TrainingPart?.Tally.Clone();
    }
}
