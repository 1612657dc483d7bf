using NodaTime;
using Wres.Core.Casework;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Indicators;
using Wres.Core.Recruitment;
using Wres.Core.Statistics;
using Wres.Core.Tests.Builders;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.Indicators;

public class LikelihoodIndicatorTests
{
    private static readonly WresCalculator Calculator = new();
    private static readonly ReportingYear Year = ReportingYear.EndingIn(2026);

    private static IEnumerable<JobApplication> Applications(EthnicCategory? ethnicity, int shortlisted, int appointed, int notShortlisted = 0)
    {
        for (var i = 0; i < shortlisted; i++)
        {
            yield return Valid.Application($"{ethnicity?.Code}-{i}", ethnicity) with { Appointed = i < appointed, EthnicOrigin = ethnicity };
        }

        for (var i = 0; i < notShortlisted; i++)
        {
            yield return Valid.Application($"{ethnicity?.Code}-n{i}", ethnicity) with { Shortlisted = false, EthnicOrigin = ethnicity };
        }
    }

    private static IEnumerable<StaffAssignment> People(string prefix, EthnicCategory? ethnicity, int count) =>
        Enumerable.Range(0, count).Select(i => Valid.Staff($"{prefix}{i}") with { EthnicOrigin = ethnicity });

    [Fact]
    public void Appointment_ReferenceCase_IsWhiteOverBmeWithStatistics()
    {
        // Rules page reference: 10 of 75 vs 12 of 225 gives RR 2.5, Katz 95% CI 1.1262-5.5499.
        var applications = Applications(EthnicCategory.WhiteBritish, 75, 10, notShortlisted: 40)
            .Concat(Applications(EthnicCategory.AsianPakistani, 225, 12, notShortlisted: 90))
            .Concat(Applications(EthnicCategory.NotStated, 7, 3))
            .ToList();

        var result = Calculator.Calculate(new WresDataset { Applications = applications }, Year).Appointment;

        Assert.Equal(IndicatorStatus.Computed, result.Status);
        Assert.Equal(RatioOrientation.ReferenceOverFocus, result.Orientation);
        Assert.Equal((10, 75), (result.Reference.Events, result.Reference.Base));
        Assert.Equal((12, 225), (result.Focus.Events, result.Focus.Base));
        Assert.Equal((3, 7), (result.Unknown.Events, result.Unknown.Base));
        var rl = result.RelativeLikelihood!;
        Assert.Equal(2.5, rl.Ratio!.Value, 12);
        Assert.Equal(1.1262, rl.Interval!.Value.Lower, 4);
        Assert.Equal(5.5499, rl.Interval!.Value.Upper, 4);
        Assert.Equal(LikelihoodBand.AdverseToFocus, rl.Band);
        Assert.InRange(rl.PValue!.Value, 0.0, 0.05);
    }

    [Fact]
    public void Appointment_UnknownExcludedFromRatio_ChangesNothing()
    {
        var withoutUnknown = Applications(EthnicCategory.WhiteBritish, 20, 5).Concat(Applications(EthnicCategory.BlackCaribbean, 20, 4)).ToList();
        var withUnknown = withoutUnknown.Concat(Applications(null, 50, 50)).ToList();

        var a = Calculator.Calculate(new WresDataset { Applications = withoutUnknown }, Year).Appointment;
        var b = Calculator.Calculate(new WresDataset { Applications = withUnknown }, Year).Appointment;

        Assert.Equal(a.RelativeLikelihood!.Ratio, b.RelativeLikelihood!.Ratio);
        Assert.Equal((50, 50), (b.Unknown.Events, b.Unknown.Base));
    }

    [Fact]
    public void Appointment_AppointedNotShortlisted_IsRejectedNotCounted()
    {
        var applications = Applications(EthnicCategory.WhiteBritish, 10, 5)
            .Append(Valid.Application("bad") with { Shortlisted = false, Appointed = true })
            .ToList();

        var report = Calculator.Calculate(new WresDataset { Applications = applications }, Year);

        Assert.Equal(10, report.Appointment.Reference.Base);
        var quality = Assert.Single(report.DataQuality.Sources);
        Assert.Equal((11, 10, 0, 1), (quality.RowsRead, quality.RowsCounted, quality.RowsExcluded, quality.RowsRejected));
        var issue = Assert.Single(quality.Issues);
        Assert.Equal((11, WresErrorCodes.AppointedNotShortlisted, IssueSeverity.Error), (issue.Line!.Value, issue.Code, issue.Severity));
        Assert.True(report.DataQuality.HasRejections);
    }

    [Fact]
    public void Appointment_OutsideYear_ExcludedByRule_BlankDateIsInYear()
    {
        var applications = new[]
        {
            Valid.Application("1") with { Date = new LocalDate(2025, 3, 31) },
            Valid.Application("2") with { Date = new LocalDate(2025, 4, 1) },
            Valid.Application("3") with { Date = new LocalDate(2026, 3, 31) },
            Valid.Application("4") with { Date = new LocalDate(2026, 4, 1) },
            Valid.Application("5") with { Date = null },
        };

        var report = Calculator.Calculate(new WresDataset { Applications = applications }, Year);

        Assert.Equal(3, report.Appointment.Reference.Base);
        Assert.Equal([new ExclusionCount(ExclusionRule.OutsideReportingYear, null, 2)], report.DataQuality.Sources[0].Exclusions);
    }

    [Theory]
    [InlineData(4, 10, 5, 10, LikelihoodBand.NonAdverse)]      // exactly 0.80
    [InlineData(5, 10, 4, 10, LikelihoodBand.NonAdverse)]      // exactly 1.25
    [InlineData(79, 100, 100, 100, LikelihoodBand.AdverseToReference)]
    [InlineData(126, 200, 100, 200, LikelihoodBand.AdverseToFocus)]
    public void Appointment_FourFifthsBoundaries_AreInclusive(int whiteAppointed, int whiteShortlisted, int bmeAppointed, int bmeShortlisted, LikelihoodBand band)
    {
        var applications = Applications(EthnicCategory.WhiteBritish, whiteShortlisted, whiteAppointed)
            .Concat(Applications(EthnicCategory.BlackAfrican, bmeShortlisted, bmeAppointed)).ToList();

        var result = Calculator.Calculate(new WresDataset { Applications = applications }, Year).Appointment;

        Assert.Equal(band, result.RelativeLikelihood!.Band);
    }

    [Fact]
    public void Appointment_NoBmeAppointed_IsUndefinedWithReason()
    {
        var applications = Applications(EthnicCategory.WhiteBritish, 10, 3).Concat(Applications(EthnicCategory.BlackAfrican, 10, 0)).ToList();

        var rl = Calculator.Calculate(new WresDataset { Applications = applications }, Year).Appointment.RelativeLikelihood!;

        Assert.Null(rl.Ratio);
        Assert.Null(rl.Interval);
        Assert.Equal(UndefinedReason.DenominatorLikelihoodIsZero, rl.UndefinedReason);
        Assert.Equal(LikelihoodBand.Undefined, rl.Band);
        Assert.NotNull(rl.PValue);
    }

    [Fact]
    public void Appointment_NoApplicationsAtAll_ZeroOverZeroIsUndefinedNotOne()
    {
        var rl = Calculator.Calculate(new WresDataset { Applications = [] }, Year).Appointment.RelativeLikelihood!;

        Assert.Null(rl.Ratio);
        Assert.NotEqual(UndefinedReason.None, rl.UndefinedReason);
        Assert.Null(rl.PValue);
    }

    [Fact]
    public void Appointment_NotSupplied_IsNotProvided()
    {
        var result = Calculator.Calculate(new WresDataset { Staff = [Valid.Staff()] }, Year).Appointment;

        Assert.Equal(IndicatorStatus.NotProvided, result.Status);
        Assert.Null(result.RelativeLikelihood);
    }

    [Fact]
    public void FormalProcess_IsBmeOverWhite_PeopleCountedOnce()
    {
        var staff = People("W", EthnicCategory.WhiteBritish, 100).Concat(People("B", EthnicCategory.BlackAfrican, 50)).ToList();
        var cases = new[]
        {
            Valid.Case("C1", "W0"), Valid.Case("C2", "W1"),
            Valid.Case("C3", "B0"), Valid.Case("C4", "B0"), Valid.Case("C5", "B1"), Valid.Case("C6", "B2"),
        };

        var result = Calculator.Calculate(new WresDataset { Staff = staff, Cases = cases }, Year).FormalProcess;

        Assert.Equal(RatioOrientation.FocusOverReference, result.Orientation);
        Assert.Equal((2, 100), (result.Reference.Events, result.Reference.Base));
        Assert.Equal((3, 50), (result.Focus.Events, result.Focus.Base));
        Assert.Equal((3.0 / 50) / (2.0 / 100), result.RelativeLikelihood!.Ratio!.Value, 12);
        Assert.Equal(1, result.YearsPooled);
        Assert.False(result.Rolling);
    }

    [Fact]
    public void FormalProcess_OwnEthnicityWins_EvenNotStated()
    {
        var staff = People("W", EthnicCategory.WhiteBritish, 10).ToList();
        var cases = new[]
        {
            Valid.Case("C1", "W0") with { EthnicOrigin = EthnicCategory.NotStated },
            Valid.Case("C2", "W1") with { EthnicOrigin = EthnicCategory.AsianIndian },
            Valid.Case("C3", "W2"),
        };

        var result = Calculator.Calculate(new WresDataset { Staff = staff, Cases = cases }, Year).FormalProcess;

        Assert.Equal((1, 1, 1), (result.Reference.Events, result.Focus.Events, result.Unknown.Events));
    }

    [Fact]
    public void FormalProcess_CasesDisagreeOnEthnicity_StaffFileDecidesWithWarning()
    {
        var staff = People("W", EthnicCategory.WhiteBritish, 10).Append(Valid.Staff("B0", EthnicCategory.BlackAfrican)).ToList();
        var cases = new[]
        {
            Valid.Case("C1", "B0") with { EthnicOrigin = EthnicCategory.WhiteBritish },
            Valid.Case("C2", "B0") with { EthnicOrigin = EthnicCategory.AsianIndian },
            Valid.Case("C3", "W0") with { EthnicOrigin = EthnicCategory.NotStated },
            Valid.Case("C4", "W0"),
        };

        var report = Calculator.Calculate(new WresDataset { Staff = staff, Cases = cases }, Year);

        Assert.Equal((1, 1, 0), (report.FormalProcess.Reference.Events, report.FormalProcess.Focus.Events, report.FormalProcess.Unknown.Events));
        var issue = Assert.Single(report.DataQuality.Sources.Single(s => s.Source == "disciplinary").Issues);
        Assert.Equal((1, WresErrorCodes.ConflictingCaseEthnicity), (issue.Line!.Value, issue.Code));
    }

    [Fact]
    public void FormalProcess_EmployeeNotInStaffFiles_IsUnknownWithWarning_BankOnlyPersonExcluded()
    {
        var staff = People("W", EthnicCategory.WhiteBritish, 10)
            .Append(Valid.Staff("BANK1", EthnicCategory.BlackCaribbean) with { Category = AssignmentCategory.Bank })
            .ToList();
        var cases = new[] { Valid.Case("C1", "GONE"), Valid.Case("C2", "BANK1") };

        var report = Calculator.Calculate(new WresDataset { Staff = staff, Cases = cases }, Year);

        // §3: the case of a person whose every assignment is bank is in neither the numerator nor the base.
        Assert.Equal((0, 0, 1), (report.FormalProcess.Reference.Events, report.FormalProcess.Focus.Events, report.FormalProcess.Unknown.Events));
        Assert.Equal(0, report.FormalProcess.Focus.Base);
        var quality = report.DataQuality.Sources.Single(s => s.Source == "disciplinary");
        Assert.Equal((2, 1, 1), (quality.RowsRead, quality.RowsCounted, quality.RowsExcluded));
        Assert.Equal(1, Assert.Single(quality.Exclusions, e => e.Rule == ExclusionRule.OutOfScopePerson).Rows);
        var issue = Assert.Single(quality.Issues);
        Assert.Equal((1, WresErrorCodes.CaseEmployeeNotInStaff, IssueSeverity.Warning), (issue.Line!.Value, issue.Code, issue.Severity));
    }

    [Fact]
    public void FormalProcess_JoinFallsBackToPreviousYearStaff()
    {
        var staff = People("W", EthnicCategory.WhiteBritish, 10).ToList();
        var previous = new[] { Valid.Staff("OLD", EthnicCategory.BlackAfrican) };
        var cases = new[] { Valid.Case("C1", "OLD") };

        var report = Calculator.Calculate(new WresDataset { Staff = staff, PreviousStaff = previous, Cases = cases }, Year);

        Assert.Equal(1, report.FormalProcess.Focus.Events);
        Assert.Empty(report.DataQuality.Sources.Single(s => s.Source == "disciplinary").Issues);
    }

    [Fact]
    public void FormalProcess_CapabilityAndIllHealth_ExcludedByNamedRules()
    {
        var staff = People("W", EthnicCategory.WhiteBritish, 10).ToList();
        var cases = new[]
        {
            Valid.Case("C1", "W0"),
            Valid.Case("C2", "W1") with { Type = CaseType.Capability },
            Valid.Case("C3", "W2") with { Type = CaseType.IllHealthCapability },
            Valid.Case("C4", "W3") with { StartDate = new LocalDate(2024, 6, 1) },
        };

        var report = Calculator.Calculate(new WresDataset { Staff = staff, Cases = cases }, Year);

        Assert.Equal(1, report.FormalProcess.Reference.Events);
        var quality = report.DataQuality.Sources.Single(s => s.Source == "disciplinary");
        Assert.Equal(
            [
                new ExclusionCount(ExclusionRule.OutsideReportingYear, null, 1),
                new ExclusionCount(ExclusionRule.CaseTypeOfOtherStandard, "Capability", 1),
                new ExclusionCount(ExclusionRule.CaseTypeOfNeitherStandard, "IllHealthCapability", 1),
            ],
            quality.Exclusions);
        Assert.True(quality.Reconciles);
    }

    [Fact]
    public void FormalProcess_OutsideYearCheckedBeforeCaseType()
    {
        var cases = new[] { Valid.Case("C1", "W0") with { Type = CaseType.Capability, StartDate = new LocalDate(2020, 1, 1) } };

        var report = Calculator.Calculate(new WresDataset { Staff = [Valid.Staff("W0")], Cases = cases }, Year);

        Assert.Equal(ExclusionRule.OutsideReportingYear, Assert.Single(report.DataQuality.Sources.Single(s => s.Source == "disciplinary").Exclusions).Rule);
    }

    [Fact]
    public void FormalProcess_TwoYears_PoolsCountsAndSaysSo()
    {
        var staff = People("W", EthnicCategory.WhiteBritish, 100).Concat(People("B", EthnicCategory.BlackAfrican, 40)).ToList();
        var previousStaff = People("W", EthnicCategory.WhiteBritish, 90).Concat(People("B", EthnicCategory.BlackAfrican, 30)).ToList();
        var lastYear = new LocalDate(2024, 12, 1);
        var cases = new[] { Valid.Case("C1", "W0"), Valid.Case("C2", "B0"), Valid.Case("C3", "B1") };
        var previousCases = new[]
        {
            Valid.Case("P1", "W5") with { StartDate = lastYear },
            Valid.Case("P2", "W6") with { StartDate = lastYear },
            Valid.Case("P3", "B7") with { StartDate = lastYear },
            Valid.Case("P4", "B0") with { StartDate = new LocalDate(2025, 6, 1) },
        };

        var report = Calculator.Calculate(
            new WresDataset { Staff = staff, PreviousStaff = previousStaff, Cases = cases, PreviousCases = previousCases },
            Year);

        var result = report.FormalProcess;
        Assert.True(result.Rolling);
        Assert.Equal(2, result.YearsPooled);
        Assert.Equal((1 + 2, 100 + 90), (result.Reference.Events, result.Reference.Base));
        Assert.Equal((2 + 1, 40 + 30), (result.Focus.Events, result.Focus.Base));
        Assert.Equal(ExclusionRule.OutsideReportingYear, Assert.Single(report.DataQuality.Sources.Single(s => s.Source == "previous-disciplinary").Exclusions).Rule);
    }

    [Fact]
    public void FormalProcess_PreviousCasesWithoutPreviousStaff_SingleYearWithNote()
    {
        var staff = People("W", EthnicCategory.WhiteBritish, 10).ToList();
        var previousCases = new[] { Valid.Case("P1", "W1") with { StartDate = new LocalDate(2024, 12, 1) } };

        var report = Calculator.Calculate(new WresDataset { Staff = staff, Cases = [Valid.Case("C1", "W0")], PreviousCases = previousCases }, Year);

        Assert.False(report.FormalProcess.Rolling);
        Assert.Equal(1, report.FormalProcess.Reference.Events);
        Assert.Equal(WresErrorCodes.PreviousYearNotPooled, Assert.Single(report.DataQuality.Sources.Single(s => s.Source == "previous-disciplinary").Issues).Code);
    }

    [Fact]
    public void FormalProcess_SingleYearOption_DoesNotPool()
    {
        var options = new WresOptions();
        options.Indicators.Indicator3Rolling = RollingMode.SingleYear;
        var staff = People("W", EthnicCategory.WhiteBritish, 10).ToList();

        var report = new WresCalculator(options).Calculate(
            new WresDataset
            {
                Staff = staff,
                PreviousStaff = staff,
                Cases = [Valid.Case("C1", "W0")],
                PreviousCases = [Valid.Case("P1", "W1") with { StartDate = new LocalDate(2024, 12, 1) }],
            },
            Year);

        Assert.False(report.FormalProcess.Rolling);
        Assert.Equal((1, 10), (report.FormalProcess.Reference.Events, report.FormalProcess.Reference.Base));
    }

    [Fact]
    public void FormalProcess_LeaversCountAsEvents_AndHeadcountBasisOptionAddsThemToBase()
    {
        var staff = People("W", EthnicCategory.WhiteBritish, 10).ToList();
        var previous = new[] { Valid.Staff("LEFT", EthnicCategory.WhiteBritish) };
        var dataset = new WresDataset { Staff = staff, PreviousStaff = previous, Cases = [Valid.Case("C1", "LEFT"), Valid.Case("C2", "W0")] };

        var snapshot = Calculator.Calculate(dataset, Year).FormalProcess;
        var options = new WresOptions();
        options.Indicators.HeadcountBasis = HeadcountBasis.SnapshotPlusLeaversWithEvents;
        var withLeavers = new WresCalculator(options).Calculate(dataset, Year).FormalProcess;

        Assert.Equal((2, 10), (snapshot.Reference.Events, snapshot.Reference.Base));
        Assert.Equal((2, 11), (withLeavers.Reference.Events, withLeavers.Reference.Base));
    }

    [Fact]
    public void FormalProcess_WithoutStaff_IsNotProvided() =>
        Assert.Equal(IndicatorStatus.NotProvided, Calculator.Calculate(new WresDataset { Cases = [Valid.Case()] }, Year).FormalProcess.Status);

    [Fact]
    public void FormalProcess_Wdes_CountsCapabilityByJoinedDisability()
    {
        var staff = new[]
        {
            Valid.Staff("D1") with { Disability = DisabilityGroup.Disabled },
            Valid.Staff("D2") with { Disability = DisabilityGroup.Disabled },
            Valid.Staff("N1") with { Disability = DisabilityGroup.NonDisabled },
            Valid.Staff("N2") with { Disability = DisabilityGroup.NonDisabled },
        };
        var cases = new[]
        {
            Valid.Case("C1", "D1") with { Type = CaseType.Capability, EthnicOrigin = EthnicCategory.WhiteBritish },
            Valid.Case("C2", "N1") with { Type = CaseType.Capability },
            Valid.Case("C3", "N2"),
        };

        var report = Calculator.Calculate(new WresDataset { Staff = staff, Cases = cases }, Year, EqualityStandard.Wdes);

        Assert.Equal((1, 2), (report.FormalProcess.Focus.Events, report.FormalProcess.Focus.Base));
        Assert.Equal((1, 2), (report.FormalProcess.Reference.Events, report.FormalProcess.Reference.Base));
        Assert.Equal(ExclusionRule.CaseTypeOfOtherStandard, Assert.Single(report.DataQuality.Sources.Single(s => s.Source == "disciplinary").Exclusions).Rule);
        Assert.Null(report.Training);
    }

    [Fact]
    public void Training_PeopleWithANonMandatoryCourse_OverHeadcount()
    {
        var staff = People("W", EthnicCategory.WhiteBritish, 20).Concat(People("B", EthnicCategory.BlackAfrican, 10)).ToList();
        var training = new[]
        {
            Valid.Training("W0"), Valid.Training("W0") with { Course = "Second course" },
            Valid.Training("W1"),
            Valid.Training("W2") with { Mandatory = true },
            Valid.Training("B0"),
            Valid.Training("B1") with { Date = new LocalDate(2024, 1, 1) },
            Valid.Training("NOBODY"),
        };

        var report = Calculator.Calculate(new WresDataset { Staff = staff, Training = training }, Year);

        var result = report.Training!;
        Assert.Equal(RatioOrientation.ReferenceOverFocus, result.Orientation);
        Assert.Equal((2, 20), (result.Reference.Events, result.Reference.Base));
        Assert.Equal((1, 10), (result.Focus.Events, result.Focus.Base));
        Assert.Equal(1, result.Unknown.Events);
        Assert.Equal((2.0 / 20) / (1.0 / 10), result.RelativeLikelihood!.Ratio!.Value, 12);
        var quality = report.DataQuality.Sources.Single(s => s.Source == "training");
        Assert.Equal((7, 6, 1, 0), (quality.RowsRead, quality.RowsCounted, quality.RowsExcluded, quality.RowsRejected));
        Assert.Equal(WresErrorCodes.TrainingEmployeeNotInStaff, Assert.Single(quality.Issues).Code);
    }
}
