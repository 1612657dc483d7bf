using FluentValidation.Results;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.Casework;
using Wres.Core.Survey;
using Wres.Core.Tests.Builders;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.Validation;

public class ValidatorTests
{
    private static string SingleCode(ValidationResult result) => Assert.Single(result.Errors).ErrorCode;

    [Fact]
    public void ValidRecords_PassEveryValidator()
    {
        Assert.True(new StaffAssignmentValidator().Validate(Valid.Staff()).IsValid);
        Assert.True(new JobApplicationValidator().Validate(Valid.Application()).IsValid);
        Assert.True(new EmployeeRelationsCaseValidator().Validate(Valid.Case()).IsValid);
        Assert.True(new TrainingRecordValidator().Validate(Valid.Training()).IsValid);
        Assert.True(new BoardMemberValidator().Validate(Valid.BoardMember()).IsValid);
        Assert.True(new SurveyResultValidator().Validate(Valid.Survey()).IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void StaffAssignment_BlankEmployeeNumber_IsRequiredValueMissing(string employee)
    {
        var result = new StaffAssignmentValidator().Validate(Valid.Staff() with { EmployeeNumber = employee });

        Assert.Equal(WresErrorCodes.RequiredValueMissing, SingleCode(result));
        Assert.Equal("Employee Number", result.Errors[0].PropertyName);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.51)]
    [InlineData(2)]
    public void StaffAssignment_FteOutOfRange_IsFteOutOfRange(double fte) =>
        Assert.Equal(WresErrorCodes.FteOutOfRange, SingleCode(new StaffAssignmentValidator().Validate(Valid.Staff() with { Fte = (decimal)fte })));

    [Theory]
    [InlineData(0)]
    [InlineData(1.5)]
    public void StaffAssignment_FteAtBounds_IsValid(double fte) =>
        Assert.True(new StaffAssignmentValidator().Validate(Valid.Staff() with { Fte = (decimal)fte }).IsValid);

    [Fact]
    public void StaffAssignment_NullStaffGroupOrGrade_IsRequiredValueMissing()
    {
        Assert.Equal(WresErrorCodes.RequiredValueMissing, SingleCode(new StaffAssignmentValidator().Validate(Valid.Staff() with { StaffGroup = null! })));
        Assert.Equal(WresErrorCodes.RequiredValueMissing, SingleCode(new StaffAssignmentValidator().Validate(Valid.Staff() with { Grade = null! })));
    }

    [Fact]
    public void JobApplication_AppointedNotShortlisted_IsAppointedNotShortlisted() =>
        Assert.Equal(
            WresErrorCodes.AppointedNotShortlisted,
            SingleCode(new JobApplicationValidator().Validate(Valid.Application() with { Shortlisted = false, Appointed = true })));

    [Fact]
    public void JobApplication_BlankId_IsRequiredValueMissing() =>
        Assert.Equal(WresErrorCodes.RequiredValueMissing, SingleCode(new JobApplicationValidator().Validate(Valid.Application("") )));

    [Fact]
    public void Case_BlankReferenceEmployeeOrUnknownType_HaveCodes()
    {
        var validator = new EmployeeRelationsCaseValidator();

        Assert.Equal(WresErrorCodes.RequiredValueMissing, SingleCode(validator.Validate(Valid.Case(reference: ""))));
        Assert.Equal(WresErrorCodes.RequiredValueMissing, SingleCode(validator.Validate(Valid.Case(employee: " "))));
        Assert.Equal(WresErrorCodes.UnrecognisedCaseType, SingleCode(validator.Validate(Valid.Case() with { Type = CaseType.Unknown })));
        Assert.Equal(WresErrorCodes.UnrecognisedCaseType, SingleCode(validator.Validate(Valid.Case() with { Type = (CaseType)42 })));
    }

    [Fact]
    public void Training_BlankEmployeeOrCourse_IsRequiredValueMissing()
    {
        var validator = new TrainingRecordValidator();

        Assert.Equal(WresErrorCodes.RequiredValueMissing, SingleCode(validator.Validate(Valid.Training("") )));
        Assert.Equal(WresErrorCodes.RequiredValueMissing, SingleCode(validator.Validate(Valid.Training() with { Course = "" })));
    }

    [Fact]
    public void BoardMember_BlankMember_IsRequiredValueMissing() =>
        Assert.Equal(WresErrorCodes.RequiredValueMissing, SingleCode(new BoardMemberValidator().Validate(Valid.BoardMember(""))));

    [Fact]
    public void Survey_EachRule_HasItsCode()
    {
        var validator = new SurveyResultValidator();

        Assert.Equal(WresErrorCodes.UnknownSurveyIndicator, SingleCode(validator.Validate(Valid.Survey("9"))));
        Assert.Equal(WresErrorCodes.RequiredValueMissing, SingleCode(validator.Validate(Valid.Survey(""))));
        Assert.Equal(WresErrorCodes.UnknownSurveyGroup, SingleCode(validator.Validate(Valid.Survey(group: ComparisonGroup.Unknown))));
        Assert.Equal(WresErrorCodes.PercentOutOfRange, SingleCode(validator.Validate(Valid.Survey() with { Percent = 100.1m })));
        Assert.Equal(WresErrorCodes.NegativeCount, SingleCode(validator.Validate(Valid.Survey() with { Respondents = -1 })));
        Assert.Equal(WresErrorCodes.InconsistentSurveyCounts, SingleCode(validator.Validate(Valid.Survey() with { Respondents = 10, Positive = 11 })));
        Assert.Equal(WresErrorCodes.InconsistentSurveyCounts, SingleCode(validator.Validate(Valid.Survey() with { Positive = 3 })));
        Assert.True(validator.Validate(Valid.Survey() with { Respondents = 10, Positive = 10 }).IsValid);
    }

    [Fact]
    public void Survey_WdesValidator_AcceptsWdesMetricsOnly()
    {
        var validator = new SurveyResultValidator(EqualityStandard.Wdes);

        Assert.True(validator.Validate(Valid.Survey("4a(ii)")).IsValid);
        Assert.Equal(WresErrorCodes.UnknownSurveyIndicator, SingleCode(validator.Validate(Valid.Survey("4"))));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SurveyResultValidator(EqualityStandard.Unknown));
    }

    [Fact]
    public void ErrorCodes_AreUniqueAndWellFormed()
    {
        var codes = typeof(WresErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^WRES[0-3][0-9]{2}$", c));
    }

    private static readonly Gen<StaffAssignment> HostileStaff =
        from employee in Gen.Elements("1", "", " ", "E-1", "\t")
        from fte in Gen.Elements<decimal?>(null, -1m, 0m, 0.5m, 1.5m, 1.500001m, 99m)
        from staffGroup in Gen.Elements<StaffGroup?>(null, StaffGroup.Students)
        from grade in Gen.Elements<Grade?>(null, Grade.Band4)
        select Valid.Staff() with { EmployeeNumber = employee, Fte = fte, StaffGroup = staffGroup!, Grade = grade! };

    [Property(MaxTest = 300)]
    public Property StaffValidator_AgreesWithEngineRules() =>
        Prop.ForAll(HostileStaff.ToArbitrary(), record =>
            Agrees(new StaffAssignmentValidator().Validate(record), EngineRejection(record)));

    /// <summary>What the calculator makes of one assignment: the rule it broke, or none.</summary>
    private static RuleViolation? EngineRejection(StaffAssignment record)
    {
        var quality = WorkforceSnapshot.FromAssignments([record]).Quality;
        return quality.RowsRejected == 0 ? null : new RuleViolation(quality.Issues[0].Code, quality.Issues[0].Column!, quality.Issues[0].Message);
    }

    private static readonly Gen<SurveyResult> HostileSurvey =
        from indicator in Gen.Elements("5", "8", "9", "", "4a(i)")
        from grp in Gen.Elements(ComparisonGroup.Unknown, ComparisonGroup.Reference, ComparisonGroup.Focus)
        from percent in Gen.Elements(-1m, 0m, 50m, 100m, 100.5m)
        from respondents in Gen.Elements<int?>(null, -1, 0, 10)
        from positive in Gen.Elements<int?>(null, -2, 0, 5, 11)
        select new SurveyResult { Indicator = indicator, Group = grp, Percent = percent, Respondents = respondents, Positive = positive };

    [Property(MaxTest = 300)]
    public Property SurveyValidator_AgreesWithEngineRules() =>
        Prop.ForAll(HostileSurvey.ToArbitrary(), record =>
            Agrees(new SurveyResultValidator().Validate(record), RecordRules.Check(record, EqualityStandard.Wres)));

    [Property(MaxTest = 100)]
    public Property ApplicationValidator_AgreesWithEngineRules() =>
        Prop.ForAll(
            Gen.Elements("A", "", " ").ToArbitrary(),
            ArbMap.Default.ArbFor<bool>(),
            ArbMap.Default.ArbFor<bool>(),
            (id, shortlisted, appointed) =>
            {
                var record = Valid.Application(id) with { Shortlisted = shortlisted, Appointed = appointed };
                return Agrees(new JobApplicationValidator().Validate(record), RecordRules.Check(record));
            });

    /// <summary>The validator and the engine accept the same records, and the engine's code is the validator's first.</summary>
    private static bool Agrees(ValidationResult result, RuleViolation? violation) =>
        violation is null
            ? result.IsValid
            : !result.IsValid && result.Errors[0].ErrorCode == violation.Value.Code && result.Errors[0].PropertyName == violation.Value.Column
                && result.Errors[0].ErrorMessage == violation.Value.Message;
}
