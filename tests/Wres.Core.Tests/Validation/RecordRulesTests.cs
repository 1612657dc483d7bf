using FluentValidation.Results;
using Wres.Core.Casework;
using Wres.Core.Tests.Builders;
using Wres.Core.Validation;

namespace Wres.Core.Tests.Validation;

/// <summary>The rule table: each rule's code, column and message pinned, its test at the boundaries, and the validators reporting it word for word.</summary>
public class RecordRulesTests
{
    public static TheoryData<string, string, string, string> Rules => new()
    {
        { RecordRules.Present("Employee Number").ToString(), "WRES101", "Employee Number", "Employee Number is blank; it is required." },
        { RecordRules.Present("Mandatory").ToString(), "WRES101", "Mandatory", "Mandatory is blank; it is required." },
        { RecordRules.StaffGroupPresent.ToString(), "WRES101", "Staff Group", "Staff Group is blank; it is required." },
        { RecordRules.PayBandPresent.ToString(), "WRES101", "Pay Band", "Pay Band is blank; it is required." },
        { RecordRules.FteInRange.ToString(), "WRES105", "FTE", "FTE must be between 0 and 1.5." },
        { RecordRules.AppointedFromShortlist.ToString(), "WRES108", "Appointed", "The application is marked appointed but not shortlisted: an appointment must come from the shortlist." },
        { RecordRules.CaseTypeDefined.ToString(), "WRES107", "Case Type", "The case type must be Disciplinary, Capability or Ill-health capability." },
        { RecordRules.KnownSurveyIndicator(EqualityStandard.Wres).ToString(), "WRES111", "Indicator", "The indicator is not one of the WRES staff survey measures (5, 6, 7, 8)." },
        { RecordRules.SurveyGroupKnown.ToString(), "WRES112", "Group", "The group must be the standard's reference or focus group." },
        { RecordRules.PercentInRange.ToString(), "WRES109", "Percent", "Percent must be between 0 and 100." },
        { RecordRules.NotNegative("Respondents").ToString(), "WRES114", "Respondents", "Respondents must not be negative." },
        { RecordRules.SurveyCountsConsistent.ToString(), "WRES110", "Positive", "Positive must not exceed Respondents, and needs Respondents to be given." },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_CodeColumnAndMessage_AreTheContracts(string rule, string code, string column, string message) =>
        Assert.Equal($"{code} {column}: {message}", rule);

    [Fact]
    public void Present_SameColumnTwice_IsTheSameRule() =>
        Assert.Same(RecordRules.Present("Employee Number"), RecordRules.Present("Employee Number"));

    [Fact]
    public void KnownSurveyIndicator_Wdes_NamesTheWdesMeasures()
    {
        var rule = RecordRules.KnownSurveyIndicator(EqualityStandard.Wdes);

        Assert.StartsWith("The indicator is not one of the WDES staff survey measures (", rule.Message, StringComparison.Ordinal);
        Assert.True(rule.Allows("4a(ii)"));
        Assert.False(rule.Allows("4"));
        Assert.Throws<ArgumentOutOfRangeException>(() => RecordRules.KnownSurveyIndicator(EqualityStandard.Unknown));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData(" \t", false)]
    [InlineData("x", true)]
    public void Present_Allows_NonBlankText(string? value, bool allowed) =>
        Assert.Equal(allowed, RecordRules.Present("Course").Allows(value));

    [Theory]
    [InlineData(null, true)]
    [InlineData("0", true)]
    [InlineData("1.5", true)]
    [InlineData("1.5000001", false)]
    [InlineData("-0.0001", false)]
    public void FteInRange_Allows_NothingOrZeroToOneAndAHalf(string? text, bool allowed) =>
        Assert.Equal(allowed, RecordRules.FteInRange.Allows(text is null ? null : decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(false, false, true)]
    [InlineData(true, false, true)]
    [InlineData(true, true, true)]
    [InlineData(false, true, false)]
    public void AppointedFromShortlist_Allows_AnyButAppointedUnshortlisted(bool shortlisted, bool appointed, bool allowed) =>
        Assert.Equal(allowed, RecordRules.AppointedFromShortlist.Allows((shortlisted, appointed)));

    [Theory]
    [InlineData(null, null, true)]
    [InlineData(10, null, true)]
    [InlineData(10, 10, true)]
    [InlineData(10, 11, false)]
    [InlineData(null, 3, false)]
    public void SurveyCountsConsistent_Allows_PositiveWithinRespondents(int? respondents, int? positive, bool allowed) =>
        Assert.Equal(allowed, RecordRules.SurveyCountsConsistent.Allows((respondents, positive)));

    [Fact]
    public void CaseTypeDefined_RejectsUnknownAndUndefined()
    {
        Assert.True(RecordRules.CaseTypeDefined.Allows(CaseType.Capability));
        Assert.False(RecordRules.CaseTypeDefined.Allows(CaseType.Unknown));
        Assert.False(RecordRules.CaseTypeDefined.Allows((CaseType)42));
    }

    [Fact]
    public void Validators_ReportTheRulesWordForWord()
    {
        static ValidationFailure Single(ValidationResult result) => Assert.Single(result.Errors);

        var fte = Single(new StaffAssignmentValidator().Validate(Valid.Staff() with { Fte = 2m }));
        var appointed = Single(new JobApplicationValidator().Validate(Valid.Application() with { Shortlisted = false, Appointed = true }));
        var counts = Single(new SurveyResultValidator().Validate(Valid.Survey() with { Respondents = 1, Positive = 2 }));
        var course = Single(new TrainingRecordValidator().Validate(Valid.Training() with { Course = " " }));

        Assert.Equal((RecordRules.FteInRange.Code, RecordRules.FteInRange.Column, RecordRules.FteInRange.Message), (fte.ErrorCode, fte.PropertyName, fte.ErrorMessage));
        Assert.Equal((RecordRules.AppointedFromShortlist.Code, RecordRules.AppointedFromShortlist.Column, RecordRules.AppointedFromShortlist.Message), (appointed.ErrorCode, appointed.PropertyName, appointed.ErrorMessage));
        Assert.Equal((RecordRules.SurveyCountsConsistent.Code, RecordRules.SurveyCountsConsistent.Column, RecordRules.SurveyCountsConsistent.Message), (counts.ErrorCode, counts.PropertyName, counts.ErrorMessage));
        Assert.Equal(("WRES101", "Course", "Course is blank; it is required."), (course.ErrorCode, course.PropertyName, course.ErrorMessage));
    }

    [Fact]
    public void Check_BrokenRecord_IsTheValidatorsFirstFailure()
    {
        var record = Valid.Case(reference: " ") with { Type = CaseType.Unknown };

        var violation = RecordRules.Check(record);

        Assert.Equal(RecordRules.Present("Case Reference").Message, violation!.Value.Message);
        Assert.Equal(violation.Value.Message, new EmployeeRelationsCaseValidator().Validate(record).Errors[0].ErrorMessage);
    }
}
