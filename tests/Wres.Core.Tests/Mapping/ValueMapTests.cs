using Wres.Core.Casework;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Mapping;
using Wres.Core.PayGaps;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.Mapping;

public class ValueMapTests
{
    [Fact]
    public void Create_KnownValues_ResolveIgnoringCaseAndSpaces()
    {
        var mapping = new ValueMapping();
        mapping.Ethnicity["Kashmiri"] = "l";
        mapping.Grade["AfC 5"] = "Band 5";
        mapping.Grade["Clinical Fellow"] = "Other";
        mapping.StaffGroup["Nursing"] = "03";
        mapping.CaseType["Conduct Hearing"] = "Disciplinary";
        mapping.CaseType["Attendance"] = "Excluded";
        mapping.CaseType["Poor Work"] = "capability";
        mapping.CaseType["Long-term sick"] = "IllHealth";
        mapping.AssignmentCategory["Zero Hours"] = "Bank";
        mapping.AssignmentCategory["Secondment"] = "InScope";
        mapping.AssignmentCategory["Visiting"] = "Honorary";
        mapping.Disability["Y - Disabled"] = "Yes";
        mapping.Disability["N - Not disabled"] = "No";
        mapping.Disability["Maybe"] = "Unknown";
        mapping.Sex["Woman"] = "female";
        mapping.Sex["Man"] = "Male";
        mapping.Sex["Non-binary"] = "Other";
        mapping.Sex["Prefer not to say"] = "Unknown";

        var map = ValueMap.Create(mapping);

        Assert.True(map.TryGetEthnicity("KASHMIRI", out var ethnicity));
        Assert.Equal(EthnicCategory.AsianOther, ethnicity);
        Assert.True(map.TryGetGrade("afc   5 ", out var grade));
        Assert.Same(Grade.Band5, grade);
        Assert.True(map.TryGetGrade("clinical fellow", out grade));
        Assert.Same(Grade.Other, grade);
        Assert.True(map.TryGetStaffGroup("nursing", out var group));
        Assert.Same(StaffGroup.NursingAndMidwiferyRegistered, group);
        Assert.True(map.TryGetCaseType("conduct hearing", out var type));
        Assert.Equal(CaseType.Disciplinary, type);
        Assert.True(map.TryGetCaseType("ATTENDANCE", out type));
        Assert.Equal(CaseType.Other, type);
        Assert.True(map.TryGetCaseType("Poor Work", out type));
        Assert.Equal(CaseType.Capability, type);
        Assert.True(map.TryGetCaseType("Long-term sick", out type));
        Assert.Equal(CaseType.IllHealthCapability, type);
        Assert.True(map.TryGetAssignmentCategory("zero hours", out var category));
        Assert.Equal(AssignmentCategory.Bank, category);
        Assert.True(map.TryGetAssignmentCategory("Secondment", out category));
        Assert.Equal(AssignmentCategory.Permanent, category);
        Assert.True(map.TryGetAssignmentCategory("Visiting", out category));
        Assert.Equal(AssignmentCategory.Honorary, category);
        Assert.True(map.TryGetDisability("y - disabled", out var disability));
        Assert.Equal(DisabilityGroup.Disabled, disability);
        Assert.True(map.TryGetDisability("N - Not disabled", out disability));
        Assert.Equal(DisabilityGroup.NonDisabled, disability);
        Assert.True(map.TryGetDisability("Maybe", out disability));
        Assert.Equal(DisabilityGroup.Unknown, disability);
        Assert.True(map.TryGetSex(" WOMAN", out var sex));
        Assert.Equal(Sex.Female, sex);
        Assert.True(map.TryGetSex("man", out sex));
        Assert.Equal(Sex.Male, sex);
        Assert.True(map.TryGetSex("Non-binary", out sex));
        Assert.Equal(Sex.Other, sex);
        Assert.True(map.TryGetSex("prefer  not to say", out sex));
        Assert.Equal(Sex.Unknown, sex);
        Assert.False(map.TryGetSex("F", out _));
        Assert.False(map.TryGetGrade("Band 5", out _));
        Assert.False(map.IsEmpty);
    }

    [Fact]
    public void TryCreate_UnknownTargets_NameEveryKey()
    {
        var mapping = new ValueMapping();
        mapping.Ethnicity["Kashmiri"] = "Q";
        mapping.Grade["AfC 5"] = "Band 55";
        mapping.StaffGroup["Nursing"] = "11";
        mapping.CaseType["Attendance"] = "Ignore";
        mapping.AssignmentCategory["Zero Hours"] = "Casual";
        mapping.Disability["Y"] = "Disabled";
        mapping.Sex["Woman"] = "W";

        Assert.False(ValueMap.TryCreate(mapping, null, out var map, out var problems));

        Assert.Null(map);
        Assert.Equal(
            [
                "values.ethnicity: 'Kashmiri' is mapped to 'Q', which is not an NHS ethnic category code (A-S, Z, 99, an extended code) or a registered local code.",
                "values.grade: 'AfC 5' is mapped to 'Band 55', which is not a pay band or grade the rules accept (Band 1 ... Band 9, Band 8a-8d, VSM, Other, a medical grade).",
                "values.staffGroup: 'Nursing' is mapped to '11', which is not an ESR staff group code (01-10) or name.",
                "values.caseType: 'Attendance' is mapped to 'Ignore', which is not Disciplinary, Capability, IllHealth or Excluded.",
                "values.assignmentCategory: 'Zero Hours' is mapped to 'Casual', which is not InScope, Bank or Honorary.",
                "values.disability: 'Y' is mapped to 'Disabled', which is not Yes, No or Unknown.",
                "values.sex: 'Woman' is mapped to 'W', which is not Male, Female, Other or Unknown.",
            ],
            problems);
        Assert.Throws<ArgumentException>(() => ValueMap.Create(mapping));
    }

    [Fact]
    public void Create_LocalCode_CanBeATarget()
    {
        var manx = EthnicCategory.Local("CZ", "White - Manx", EthnicGroup.White);
        var mapping = new ValueMapping();
        mapping.Ethnicity["Manx"] = "cz";

        Assert.True(ValueMap.Create(mapping, [manx]).TryGetEthnicity("Manx", out var category));
        Assert.Same(manx, category);
        Assert.False(ValueMap.TryCreate(mapping, null, out _, out _));
    }

    [Fact]
    public void Validator_UnknownMappedValueOrFile_FailsWithTheKey()
    {
        var options = new WresOptions();
        options.Mapping.Values.Grade["AfC 5"] = "Band 55";
        options.Mapping.Columns["staf"] = new Dictionary<string, string> { ["Pers No"] = "Employee Number" };

        var result = new WresOptionsValidator().Validate(options);

        Assert.Contains(result.Errors, e => e.PropertyName == "Mapping.Values" && e.ErrorMessage.StartsWith("values.grade: 'AfC 5'", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.PropertyName == "Mapping.Columns" && e.ErrorMessage.StartsWith("columns.staf is not an input file", StringComparison.Ordinal));
        Assert.Throws<FluentValidation.ValidationException>(() => new WresCalculator(options));
    }

    [Fact]
    public void Validator_DefaultMapping_IsValid() => Assert.True(new WresOptionsValidator().Validate(new WresOptions()).IsValid);
}
