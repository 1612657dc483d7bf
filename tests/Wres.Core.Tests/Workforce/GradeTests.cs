using Wres.Core.Workforce;

namespace Wres.Core.Tests.Workforce;

public class GradeTests
{
    public static TheoryData<string, string> BandSpellings() => new()
    {
        { "Under Band 1", "Under Band 1" },
        { "Band 1", "Band 1" },
        { "Band 2", "Band 2" },
        { "Band 3", "Band 3" },
        { "Band 4", "Band 4" },
        { "Band 5", "Band 5" },
        { "band 5", "Band 5" },
        { "Agenda for Change Band 5", "Band 5" },
        { "AfC Band 5", "Band 5" },
        { "Band 6", "Band 6" },
        { "Band 7", "Band 7" },
        { "Band 8a", "Band 8a" },
        { "Band 8A", "Band 8a" },
        { "Band 8 - Range A", "Band 8a" },
        { "Band 8 - Range B", "Band 8b" },
        { "Band 8 - Range C", "Band 8c" },
        { "Band 8 - Range D", "Band 8d" },
        { "Band 8 Range B", "Band 8b" },
        { "Band 8-Range C", "Band 8c" },
        { "Band 8d", "Band 8d" },
        { "Band 9", "Band 9" },
        { "AfC Band 9", "Band 9" },
        { "Very Senior Manager", "VSM" },
        { "VSM", "VSM" },
        { "Non AfC Grade", "Other" },
        { "Personal Salary", "Other" },
        { "Consultant", "Consultant" },
        { "Specialty Doctor", "Non-consultant career grade" },
        { "Associate Specialist", "Non-consultant career grade" },
        { "Staff Grade", "Non-consultant career grade" },
        { "Specialist", "Non-consultant career grade" },
        { "Foundation Year 1", "Trainee grade" },
        { "Core Training", "Trainee grade" },
        { "Specialty Registrar", "Trainee grade" },
        { "Specialist Registrar", "Trainee grade" },
        { "Senior House Officer", "Trainee grade" },
        { "Trust Grade", "Other" },
        { "Clinical Assistant", "Other" },
        { "Hospital Practitioner", "Other" },

        // Real exports (rules §7): two-digit bands, trailing spaces, medical grades with their stage.
        { "Band 05", "Band 5" },
        { "Band 5 ", "Band 5" },
        { "AfC Band 05", "Band 5" },
        { "Band 01", "Band 1" },
        { "Band 09", "Band 9" },
        { "Band 08 - Range A", "Band 8a" },
        { "Agenda for Change Band 07", "Band 7" },
        { "Foundation Year 2", "Trainee grade" },
        { "FY1", "Trainee grade" },
        { "FY2", "Trainee grade" },
        { "Core Trainee", "Trainee grade" },
        { "CT1", "Trainee grade" },
        { "CT3", "Trainee grade" },
        { "StR", "Trainee grade" },
        { "ST1", "Trainee grade" },
        { "ST8", "Trainee grade" },
        { "Specialty Registrar ST3", "Trainee grade" },
        { "Specialty Registrar (ST6)", "Trainee grade" },
        { "Specialty Registrar - ST4", "Trainee grade" },
        { "Core Trainee CT2", "Trainee grade" },
        { "Foundation Doctor FY1", "Trainee grade" },
        { "SHO", "Trainee grade" },

        // Every band prefix, the separators of Band 8's range, and every trainee stage prefix.
        { "NHS AfC Band 5", "Band 5" },
        { "A4C Band 6", "Band 6" },
        { "Band5", "Band 5" },
        { "Band 005", "Band 5" },
        { "Band 8 – Range B", "Band 8b" },
        { "Band 8: Range C", "Band 8c" },
        { "Band 8 range d", "Band 8d" },
        { "Band 8 a", "Band 8a" },
        { "Specialty Registrar ST10", "Trainee grade" },
        { "Foundation Year 1 F1", "Trainee grade" },
        { "Specialist Registrar SpR3", "Trainee grade" },
        { "Specialty Registrar StR4", "Trainee grade" },
        { "Registrar HT2", "Trainee grade" },
        { "GP Registrar GPST1", "Trainee grade" },
        { "Core Trainee [CT1]", "Trainee grade" },
    };

    [Theory]
    [MemberData(nameof(BandSpellings))]
    public void Classify_EsrSpelling_IsRecognised(string value, string expected)
    {
        var result = Grade.Classify(value);

        Assert.Equal(GradeMatch.Recognised, result.Match);
        Assert.Equal(expected, result.Grade.Name);
        Assert.Equal(expected, Grade.Parse(value).Name);
    }

    /// <summary>Every spelling in the table of named grades, one row each, so that a typo in the table fails.</summary>
    public static TheoryData<string, string> NamedGradeSpellings() => new()
    {
        { "VSM", "VSM" },
        { "Very Senior Manager", "VSM" },
        { "Very Senior Managers", "VSM" },
        { "Very Senior Manager (VSM)", "VSM" },
        { "Executive Senior Manager", "VSM" },
        { "Other", "Other" },
        { "Non AfC Grade", "Other" },
        { "Non-AfC Grade", "Other" },
        { "Non AfC", "Other" },
        { "Non-AfC", "Other" },
        { "Non Agenda for Change", "Other" },
        { "Personal Salary", "Other" },
        { "Ad Hoc Salary", "Other" },
        { "Ad-hoc Salary", "Other" },
        { "Local Pay", "Other" },
        { "Local Pay Scale", "Other" },
        { "Spot Salary", "Other" },
        { "Non-Medical Other", "Other" },
        { "Trust Grade", "Other" },
        { "Trust Doctor", "Other" },
        { "Trust Grade Doctor", "Other" },
        { "Locally Employed Doctor", "Other" },
        { "LED", "Other" },
        { "Clinical Assistant", "Other" },
        { "Hospital Practitioner", "Other" },
        { "Clinical Fellow", "Other" },
        { "Clinical Attachment", "Other" },
        { "Medical Other", "Other" },
        { "Consultant", "Consultant" },
        { "Consultants", "Consultant" },
        { "Medical Consultant", "Consultant" },
        { "Consultant (Medical)", "Consultant" },
        { "Dental Consultant", "Consultant" },
        { "Specialty Doctor", "Non-consultant career grade" },
        { "Speciality Doctor", "Non-consultant career grade" },
        { "Specialty Doctor 2021", "Non-consultant career grade" },
        { "Specialist", "Non-consultant career grade" },
        { "Specialist 2021", "Non-consultant career grade" },
        { "Associate Specialist", "Non-consultant career grade" },
        { "Associate Specialist 2008", "Non-consultant career grade" },
        { "Staff Grade", "Non-consultant career grade" },
        { "Staff Grade Practitioner", "Non-consultant career grade" },
        { "Non-consultant career grade", "Non-consultant career grade" },
        { "Non consultant career grade", "Non-consultant career grade" },
        { "NCCG", "Non-consultant career grade" },
        { "SAS Doctor", "Non-consultant career grade" },
        { "Foundation Year 1", "Trainee grade" },
        { "Foundation Year 2", "Trainee grade" },
        { "FY1", "Trainee grade" },
        { "FY2", "Trainee grade" },
        { "F1", "Trainee grade" },
        { "F2", "Trainee grade" },
        { "Foundation Doctor", "Trainee grade" },
        { "Foundation House Officer 1", "Trainee grade" },
        { "Foundation House Officer 2", "Trainee grade" },
        { "Core Training", "Trainee grade" },
        { "Core Trainee", "Trainee grade" },
        { "CT1", "Trainee grade" },
        { "CT2", "Trainee grade" },
        { "CT3", "Trainee grade" },
        { "Specialty Registrar", "Trainee grade" },
        { "Speciality Registrar", "Trainee grade" },
        { "Specialty Registrar (Core Training)", "Trainee grade" },
        { "Specialty Registrar (Fixed Term)", "Trainee grade" },
        { "Specialty Trainee", "Trainee grade" },
        { "StR", "Trainee grade" },
        { "ST1", "Trainee grade" },
        { "ST2", "Trainee grade" },
        { "ST3", "Trainee grade" },
        { "ST4", "Trainee grade" },
        { "ST5", "Trainee grade" },
        { "ST6", "Trainee grade" },
        { "ST7", "Trainee grade" },
        { "ST8", "Trainee grade" },
        { "Specialist Registrar", "Trainee grade" },
        { "SpR", "Trainee grade" },
        { "Senior House Officer", "Trainee grade" },
        { "SHO", "Trainee grade" },
        { "House Officer", "Trainee grade" },
        { "Pre-registration House Officer", "Trainee grade" },
        { "PRHO", "Trainee grade" },
        { "Registrar", "Trainee grade" },
        { "Senior Registrar", "Trainee grade" },
        { "GP Registrar", "Trainee grade" },
        { "GP Specialty Registrar", "Trainee grade" },
        { "Trainee", "Trainee grade" },
        { "Doctor in Training", "Trainee grade" },
    };

    [Theory]
    [MemberData(nameof(NamedGradeSpellings))]
    public void Classify_NamedGradeSpelling_IsRecognised(string value, string expected)
    {
        var grade = Grade.All.Single(g => g.Name == expected);

        Assert.Equal(new GradeClassification(grade, GradeMatch.Recognised), Grade.Classify(value));
        Assert.Equal(new GradeClassification(grade, GradeMatch.Recognised), Grade.Classify(value.ToUpperInvariant()));
    }

    [Fact]
    public void Classify_UnderBand1_IsNotBand1() => Assert.Same(Grade.UnderBand1, Grade.Classify("Under Band 1").Grade);

    [Theory]
    [InlineData("Band 8")]
    [InlineData("band 8 -")]
    [InlineData("Band 8 - Range")]
    public void Classify_Band8WithoutRange_IsAmbiguousOther(string value)
    {
        var result = Grade.Classify(value);

        Assert.Equal(GradeMatch.Ambiguous, result.Match);
        Assert.Same(Grade.Other, result.Grade);
        Assert.False(Grade.TryParse(value, out _));
        Assert.Throws<FormatException>(() => Grade.Parse(value));
    }

    [Theory]
    [InlineData("Band 8", "'Band 8' is ambiguous: Band 8 needs a range (8a, 8b, 8c or 8d).")]
    [InlineData("Grade Z", "'Grade Z' is not a recognised pay band or grade.")]
    [InlineData("", "'' is not a recognised pay band or grade.")]
    public void Parse_NotAGrade_SaysWhy(string value, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => Grade.Parse(value)).Message);

    [Fact]
    public void TryParse_Null_Fails()
    {
        Assert.False(Grade.TryParse(null, out var grade));
        Assert.Null(grade);
    }

    [Theory]
    [InlineData("Band 10")]
    [InlineData("Band 8e")]
    [InlineData("Band 0")]
    [InlineData("Grade Z")]
    [InlineData("Band 5 and a half")]
    [InlineData("Under Band 2")]
    [InlineData("Band 00")]
    [InlineData("Band 050")]
    [InlineData("Consultant ST3")]
    [InlineData("Specialty Registrar ST")]
    [InlineData("Specialty Registrar XY3")]
    [InlineData("Specialty Registrar ST123")]
    [InlineData("Specialty Registrar 3")]
    [InlineData("Specialty Registrar ST3X")]
    [InlineData("Specialty Registrar -")]
    [InlineData("Under Band 10")]
    [InlineData("Band")]
    [InlineData("Band x")]
    [InlineData("AfC AfC Band 5")]
    [InlineData("Band 8ab")]
    [InlineData("Band 8 - Range E")]
    public void Classify_Unrecognised_IsOtherAndReported(string value)
    {
        var result = Grade.Classify(value);

        Assert.Equal(GradeMatch.Unrecognised, result.Match);
        Assert.Same(Grade.Other, result.Grade);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Classify_Blank_IsOtherAndBlank(string value) =>
        Assert.Equal(new GradeClassification(Grade.Other, GradeMatch.Blank), Grade.Classify(value));

    [Fact]
    public void BandRows_AreInReportOrder()
    {
        Assert.Equal(
            ["Under Band 1", "Band 1", "Band 2", "Band 3", "Band 4", "Band 5", "Band 6", "Band 7", "Band 8a", "Band 8b", "Band 8c", "Band 8d", "Band 9", "VSM", "Other"],
            Grade.BandRows.Select(g => g.ReportLabel));
        Assert.Equal(["Consultants", "Non-consultant career grades", "Trainee grades", "Other"], Grade.MedicalRows.Select(g => g.ReportLabel));
    }

    [Fact]
    public void Ordering_RanksOtherAndMedicalBelowUnderBand1AndVsmHighest()
    {
        Assert.True(Grade.Other < Grade.UnderBand1);
        Assert.True(Grade.Consultant < Grade.UnderBand1);
        Assert.True(Grade.UnderBand1 < Grade.Band1);
        Assert.True(Grade.Band7 < Grade.Band8A);
        Assert.True(Grade.Band8D < Grade.Band9);
        Assert.True(Grade.Band9 < Grade.Vsm);
        var sorted = Grade.All.OrderBy(g => g).ToList();
        Assert.Same(Grade.Vsm, sorted[^1]);
        Assert.Equal(Grade.All.Count, sorted.Distinct().Count());
    }

    [Fact]
    public void Comparison_OperatorsCompareToAndEquals_AgreeIncludingNull()
    {
        var low = Grade.Band5;
        var high = Grade.Band6;
        var same = Grade.Parse("Band 05");
        OrderingLaws.Hold(low, high, same, new OrderingLaws.Operators<Grade>(
            (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b, (a, b) => a == b, (a, b) => a != b));

        // Other and the medical grades share rank 0: report order decides.
        Assert.True(Grade.Other < Grade.Consultant);
        Assert.True(Grade.Consultant < Grade.NonConsultantCareerGrade);
        Assert.True(Grade.NonConsultantCareerGrade < Grade.Trainee);
        Assert.True(Grade.Trainee < Grade.UnderBand1);
    }

    [Fact]
    public void RowIn_MapsGradesOutsideTheirSegmentToOther()
    {
        Assert.Same(Grade.Band5, Grade.Band5.RowIn(Segment.Clinical));
        Assert.Same(Grade.Other, Grade.Band5.RowIn(Segment.MedicalAndDental));
        Assert.Same(Grade.Consultant, Grade.Consultant.RowIn(Segment.MedicalAndDental));
        Assert.Same(Grade.Other, Grade.Consultant.RowIn(Segment.NonClinical));
        Assert.Same(Grade.Other, Grade.Other.RowIn(Segment.MedicalAndDental));
    }
}
