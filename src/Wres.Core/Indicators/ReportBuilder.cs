using Wres.Core.Casework;
using Wres.Core.Internal;
using Wres.Core.Statistics;
using Wres.Core.Survey;
using Wres.Core.Training;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.Indicators;

/// <summary>Computes every indicator from a completed set of accumulators.</summary>
internal static class ReportBuilder
{
    private const string NotInStaffCase = "The case names an employee that neither staff file holds; the case is counted with Unknown ethnicity.";
    private const string NotInStaffCaseDisability = "The case names an employee that neither staff file holds; the case is counted with Unknown disability.";
    private const string NotInStaffTraining = "The course names an employee that the staff files do not hold; the person is counted with Unknown ethnicity.";
    private const string NotInStaffTrainingDisability = "The course names an employee that the staff files do not hold; the person is counted with Unknown disability.";
    private const string ConflictingCases = "This person's cases in the year record both a White and a BME ethnic origin; the staff file decides.";

    public static WresReport Build(WresAccumulator accumulator, string? organisation)
    {
        var standard = accumulator.Standard;
        var characteristic = standard == EqualityStandard.Wdes ? ProtectedCharacteristic.Disability : ProtectedCharacteristic.Ethnicity;
        var settings = accumulator.Settings;

        // Computing a report changes nothing in the accumulator: findings that only appear when the
        // inputs are joined go to copies of the tallies.
        var findings = new Findings(accumulator);
        var workforce = accumulator.StaffPart is { } staff ? WorkforceSnapshot.Complete(staff) : null;
        var previousWorkforce = accumulator.PreviousStaffPart is { } previousStaff ? WorkforceSnapshot.Complete(previousStaff) : null;
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
            FormalProcess(accumulator, findings, characteristic, settings, workforce, previousWorkforce),
            standard == EqualityStandard.Wres ? TrainingAccess(accumulator, findings, characteristic, settings, workforce) : null,
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
        return Likelihood("2", RatioOrientation.ReferenceOverFocus, appointed, shortlisted, settings, yearsPooled: 1);
    }

    private static LikelihoodIndicatorResult FormalProcess(
        WresAccumulator accumulator,
        Findings findings,
        ProtectedCharacteristic characteristic,
        CalculatorSettings settings,
        WorkforceSnapshot? workforce,
        WorkforceSnapshot? previousWorkforce)
    {
        if (accumulator.CasesPart is not { } cases || workforce is null)
        {
            return LikelihoodIndicatorResult.NotProvided("3", RatioOrientation.FocusOverReference);
        }

        var (events, leavers) = CountCases(cases, findings.Cases!, characteristic, accumulator.StaffPart!, accumulator.PreviousStaffPart);
        var headcount = Base(workforce.Tally(characteristic), leavers, settings);

        var rolling = settings.Rolling == RollingMode.WhenAvailable
            && accumulator.PreviousCasesPart is not null
            && previousWorkforce is not null;
        if (!rolling)
        {
            if (findings.PreviousCases is { } unused)
            {
                unused.FileIssue(
                    WresErrorCodes.PreviousYearNotPooled,
                    IssueSeverity.Note,
                    settings.Rolling == RollingMode.SingleYear
                        ? "Last year's cases were read but not pooled: indicator 3 is set to a single year."
                        : "Last year's cases were read but not pooled: last year's staff file was not supplied, so last year's headcount is unknown.");
            }

            return Likelihood("3", RatioOrientation.FocusOverReference, events, headcount, settings, yearsPooled: 1);
        }

        var (previousEvents, previousLeavers) = CountCases(accumulator.PreviousCasesPart!, findings.PreviousCases!, characteristic, accumulator.PreviousStaffPart!, accumulator.StaffPart);
        var previousHeadcount = Base(previousWorkforce!.Tally(characteristic), previousLeavers, settings);
        return Likelihood("3", RatioOrientation.FocusOverReference, events + previousEvents, headcount + previousHeadcount, settings, yearsPooled: 2);
    }

    private static LikelihoodIndicatorResult TrainingAccess(
        WresAccumulator accumulator,
        Findings findings,
        ProtectedCharacteristic characteristic,
        CalculatorSettings settings,
        WorkforceSnapshot? workforce)
    {
        if (accumulator.TrainingPart is not { } training || workforce is null)
        {
            return LikelihoodIndicatorResult.NotProvided("4", RatioOrientation.ReferenceOverFocus);
        }

        var (events, leavers) = CountTraining(training, findings.Training!, characteristic, accumulator.StaffPart!, accumulator.PreviousStaffPart);
        var headcount = Base(workforce.Tally(characteristic), leavers, settings);
        return Likelihood("4", RatioOrientation.ReferenceOverFocus, events, headcount, settings, yearsPooled: 1);
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
        return new LikelihoodIndicatorResult(id, IndicatorStatus.Computed, orientation, reference, focus, unknown, ratio, yearsPooled);
    }

    /// <summary>
    /// People entering the process, each once, by group; and those of them not in the year's workforce.
    /// A case's ethnicity is its own when recorded, else the person's from the staff file, then last
    /// year's; disability always comes from the staff files.
    /// </summary>
    private static (GroupTally Events, GroupTally Leavers) CountCases(
        CaseAccumulator cases,
        SourceTally tally,
        ProtectedCharacteristic characteristic,
        Workforce.WorkforceAccumulator primary,
        Workforce.WorkforceAccumulator? secondary)
    {
        Span<int> events = stackalloc int[3];
        Span<int> leavers = stackalloc int[3];
        for (var person = 0; person < cases.People; person++)
        {
            ref readonly var state = ref cases.Person(person);
            var employee = cases.Employee(person);
            var found = Join(employee, characteristic, primary, secondary, out var staffGroup, out var inWorkforce);
            int group;
            if (characteristic == ProtectedCharacteristic.Disability)
            {
                group = found ? staffGroup : 0;
                if (!found)
                {
                    tally.Warning(state.FirstLine, ColumnNames.EmployeeNumber, WresErrorCodes.CaseEmployeeNotInStaff, NotInStaffCaseDisability);
                }
            }
            else
            {
                var groups = state.OwnGroups;
                if (state.NeedsJoin)
                {
                    groups |= (byte)(1 << (found ? staffGroup : 0));
                    if (!found)
                    {
                        tally.Warning(state.FirstLine, ColumnNames.EmployeeNumber, WresErrorCodes.CaseEmployeeNotInStaff, NotInStaffCase);
                    }
                }

                group = (groups & 0b110) switch
                {
                    0b010 => 1,
                    0b100 => 2,
                    0b110 => found ? staffGroup : 0,
                    _ => 0,
                };
                if ((groups & 0b110) == 0b110)
                {
                    tally.Warning(state.FirstLine, ColumnNames.EthnicOrigin, WresErrorCodes.ConflictingCaseEthnicity, ConflictingCases);
                }
            }

            events[group]++;
            if (!inWorkforce)
            {
                leavers[group]++;
            }
        }

        return (new GroupTally(events[1], events[2], events[0]), new GroupTally(leavers[1], leavers[2], leavers[0]));
    }

    private static (GroupTally Events, GroupTally Leavers) CountTraining(
        TrainingAccumulator training,
        SourceTally tally,
        ProtectedCharacteristic characteristic,
        Workforce.WorkforceAccumulator primary,
        Workforce.WorkforceAccumulator? secondary)
    {
        Span<int> events = stackalloc int[3];
        Span<int> leavers = stackalloc int[3];
        for (var person = 0; person < training.People; person++)
        {
            var found = Join(training.Employee(person), characteristic, primary, secondary, out var group, out var inWorkforce);
            if (!found)
            {
                tally.Warning(
                    training.FirstLine(person),
                    ColumnNames.EmployeeNumber,
                    WresErrorCodes.TrainingEmployeeNotInStaff,
                    characteristic == ProtectedCharacteristic.Disability ? NotInStaffTrainingDisability : NotInStaffTraining);
            }

            events[group]++;
            if (!inWorkforce)
            {
                leavers[group]++;
            }
        }

        return (new GroupTally(events[1], events[2], events[0]), new GroupTally(leavers[1], leavers[2], leavers[0]));
    }

    /// <summary>Looks a person up in the year's staff file, then the other year's.</summary>
    private static bool Join(
        ReadOnlySpan<byte> employee,
        ProtectedCharacteristic characteristic,
        Workforce.WorkforceAccumulator primary,
        Workforce.WorkforceAccumulator? secondary,
        out int group,
        out bool inWorkforce)
    {
        if (primary.TryGetPerson(employee, out var ethnicity, out var disability, out inWorkforce)
            || (secondary is not null && secondary.TryGetPerson(employee, out ethnicity, out disability, out _)))
        {
            group = characteristic == ProtectedCharacteristic.Disability ? disability : ethnicity;
            return true;
        }

        inWorkforce = false;
        group = 0;
        return false;
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
            return new BoardResult(id, IndicatorStatus.NotProvided, empty, empty, empty);
        }

        return new BoardResult(
            id,
            IndicatorStatus.Computed,
            new BoardSubset(board.Members(characteristic, votingOnly: false, executiveOnly: false), workforcePercent),
            new BoardSubset(board.Members(characteristic, votingOnly: true, executiveOnly: false), workforcePercent),
            new BoardSubset(board.Members(characteristic, votingOnly: false, executiveOnly: true), workforcePercent));
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
        public SourceTally? Cases { get; } = accumulator.CasesPart?.Tally.Clone();

        public SourceTally? PreviousCases { get; } = accumulator.PreviousCasesPart?.Tally.Clone();

        public SourceTally? Training { get; } = accumulator.TrainingPart?.Tally.Clone();
    }
}
