using Wres.Core.Casework;
using Wres.Core.Tests.Builders;
using Wres.Core.Validation;

namespace Wres.Core.Tests.Validation;

/// <summary>
/// The engine's own checks (<see cref="RecordRules"/>): a record breaking one rule names that rule, a record breaking
/// several names the first the validator states, and the rules built for a column keep their boundaries.
/// </summary>
public class FirstBrokenRuleTests
{
    public static TheoryData<EmployeeRelationsCase, string> Cases => new()
    {
        { Valid.Case(employee: ""), "Employee Number" },
        { Valid.Case() with { Type = CaseType.Unknown }, "Case Type" },
        { Valid.Case(employee: "") with { Type = CaseType.Unknown }, "Employee Number" },
        { Valid.Case(reference: "", employee: "") with { Type = CaseType.Unknown }, "Case Reference" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_Case_NamesTheFirstBrokenRuleAsTheValidatorDoes(EmployeeRelationsCase @case, string column)
    {
        var violation = RecordRules.Check(@case);

        Assert.Equal(column, violation!.Value.Column);
        Assert.Equal(violation.Value.Message, new EmployeeRelationsCaseValidator().Validate(@case).Errors[0].ErrorMessage);
    }

    [Theory]
    [InlineData("", "Leadership", "Employee Number")]
    [InlineData("10000001", " ", "Course")]
    [InlineData(" ", "", "Employee Number")]
    public void Check_Training_NamesTheFirstBrokenRuleAsTheValidatorDoes(string employee, string course, string column)
    {
        var record = Valid.Training(employee) with { Course = course };

        var violation = RecordRules.Check(record);

        Assert.Equal(column, violation!.Value.Column);
        Assert.Equal(violation.Value.Message, new TrainingRecordValidator().Validate(record).Errors[0].ErrorMessage);
    }

    [Fact]
    public void NotNegative_TheSurveyColumns_AreTheSharedRulesAndAnyOtherColumnAllowsZero()
    {
        Assert.Same(RecordRules.NotNegative(ColumnNames.Respondents), RecordRules.NotNegative("Respondents"));
        Assert.Same(RecordRules.NotNegative(ColumnNames.Positive), RecordRules.NotNegative("Positive"));
        Assert.NotSame(RecordRules.NotNegative("Positive"), RecordRules.NotNegative("Respondents"));
        Assert.Equal("Positive", RecordRules.NotNegative("Positive").Column);

        var other = RecordRules.NotNegative("Headcount");
        Assert.Equal(("Headcount", WresErrorCodes.NegativeCount), (other.Column, other.Code));
        Assert.True(other.Allows(0));
        Assert.True(other.Allows(null));
        Assert.False(other.Allows(-1));
    }

    [Fact]
    public void SurveyValidator_NegativeRespondents_IsOneErrorNotAlsoInconsistentCounts()
    {
        // The counts are compared only when both are valid: -1 respondents with 5 positive is one error, not two.
        var errors = new SurveyResultValidator().Validate(Valid.Survey() with { Respondents = -1, Positive = 5 }).Errors;

        var error = Assert.Single(errors);
        Assert.Equal((WresErrorCodes.NegativeCount, (object)"Respondents"), (error.ErrorCode, error.CustomState));
    }

    [Fact]
    public void HasRejections_NoRowRejected_IsFalse_OneRejected_IsTrue()
    {
        var calculator = new WresCalculator();
        var clean = calculator.Calculate(new WresDataset { Staff = [Valid.Staff("1")], Applications = [Valid.Application()] }, ReportingYear.EndingIn(2026));
        var rejected = calculator.Calculate(new WresDataset { Staff = [Valid.Staff("1")], Applications = [Valid.Application("")] }, ReportingYear.EndingIn(2026));

        Assert.False(clean.DataQuality.HasRejections);
        Assert.True(rejected.DataQuality.HasRejections);
    }
}
