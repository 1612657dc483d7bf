using Wres.Core.Workforce;

namespace Wres.Core.Tests.Workforce;

public class StaffGroupTests
{
    [Theory]
    [InlineData("01", "Medical and Dental")]
    [InlineData("1", "Medical and Dental")]
    [InlineData("02", "Students")]
    [InlineData("03", "Nursing and Midwifery Registered")]
    [InlineData("04", "Allied Health Professionals")]
    [InlineData("05", "Additional Professional Scientific and Technical")]
    [InlineData("06", "Healthcare Scientists")]
    [InlineData("07", "Additional Clinical Services")]
    [InlineData("08", "Administrative and Clerical")]
    [InlineData("09", "Estates and Ancillary")]
    [InlineData("10", "Supplementary Roles")]
    [InlineData("Medical and Dental", "Medical and Dental")]
    [InlineData("medical & dental", "Medical and Dental")]
    [InlineData("NURSING AND MIDWIFERY REGISTERED", "Nursing and Midwifery Registered")]
    [InlineData("Add Prof Scientific and Technic", "Additional Professional Scientific and Technical")]
    [InlineData("Administrative and Clerical", "Administrative and Clerical")]
    [InlineData("01 Medical and Dental", "Medical and Dental")]
    [InlineData("Students", "Students")]
    [InlineData("Allied Health Professionals", "Allied Health Professionals")]
    [InlineData("Healthcare Scientists", "Healthcare Scientists")]
    [InlineData("Additional Clinical Services", "Additional Clinical Services")]
    [InlineData("Estates and Ancillary", "Estates and Ancillary")]
    [InlineData("Supplementary Roles", "Supplementary Roles")]
    [InlineData("Nursing & Midwifery Registered", "Nursing and Midwifery Registered")]
    [InlineData("Additional Professional Scientific & Technical", "Additional Professional Scientific and Technical")]
    [InlineData("Administrative & Clerical", "Administrative and Clerical")]
    [InlineData("Estates & Ancillary", "Estates and Ancillary")]
    [InlineData("Medical", "Medical and Dental")]
    [InlineData("Medical & Dental Staff", "Medical and Dental")]
    [InlineData("Medical and Dental Staff", "Medical and Dental")]
    [InlineData("Student", "Students")]
    [InlineData("Nursing & Midwifery", "Nursing and Midwifery Registered")]
    [InlineData("Nursing and Midwifery", "Nursing and Midwifery Registered")]
    [InlineData("Registered Nursing and Midwifery", "Nursing and Midwifery Registered")]
    [InlineData("AHP", "Allied Health Professionals")]
    [InlineData("AHPs", "Allied Health Professionals")]
    [InlineData("Allied Health Professional", "Allied Health Professionals")]
    [InlineData("Add Prof Scientific & Technic", "Additional Professional Scientific and Technical")]
    [InlineData("Additional Prof Scientific and Technical", "Additional Professional Scientific and Technical")]
    [InlineData("APST", "Additional Professional Scientific and Technical")]
    [InlineData("Healthcare Scientist", "Healthcare Scientists")]
    [InlineData("Health Care Scientists", "Healthcare Scientists")]
    [InlineData("Additional Clinical Service", "Additional Clinical Services")]
    [InlineData("Add Clinical Services", "Additional Clinical Services")]
    [InlineData("Admin and Clerical", "Administrative and Clerical")]
    [InlineData("Admin & Clerical", "Administrative and Clerical")]
    [InlineData("Administrative & Clerical Staff", "Administrative and Clerical")]
    [InlineData("Estates & Ancillary Staff", "Estates and Ancillary")]
    [InlineData("Estates", "Estates and Ancillary")]
    [InlineData("Supplementary Role", "Supplementary Roles")]
    [InlineData("  10  ", "Supplementary Roles")]
    [InlineData("08   Administrative  and   Clerical", "Administrative and Clerical")]
    [InlineData("5 APST", "Additional Professional Scientific and Technical")]
    public void Parse_CodeOrName_FindsGroup(string value, string name) => Assert.Equal(name, StaffGroup.Parse(value).Name);

    [Theory]
    [InlineData("")]
    [InlineData("00")]
    [InlineData("11")]
    [InlineData("Doctors")]
    [InlineData("01 Students")]
    [InlineData("1.0")]
    [InlineData("001 Medical and Dental")]
    [InlineData("0A Medical and Dental")]
    [InlineData("0: Supplementary Roles")] // ":" is the character after "9": read as a digit it would make code 10
    [InlineData("Doctors and Dentists")]
    public void TryParse_Unrecognised_Fails(string value)
    {
        Assert.False(StaffGroup.TryParse(value, out _));
        Assert.Throws<FormatException>(() => StaffGroup.Parse(value));
    }

    [Fact]
    public void Parse_NotAStaffGroup_SaysWhy() =>
        Assert.Equal(
            "'Doctors' is not an ESR staff group code (01-10) or name.",
            Assert.Throws<FormatException>(() => StaffGroup.Parse("Doctors")).Message);

    [Fact]
    public void TryParse_Null_Fails()
    {
        Assert.False(StaffGroup.TryParse((string?)null, out var group));
        Assert.Null(group);
    }

    [Fact]
    public void All_HasTenGroupsInCodeOrder()
    {
        Assert.Equal(Enumerable.Range(1, 10), StaffGroup.All.Select(g => g.Number));
        Assert.Equal("08", StaffGroup.AdministrativeAndClerical.Code);
        Assert.True(StaffGroup.MedicalAndDental < StaffGroup.SupplementaryRoles);
        Assert.Equal("01 Medical and Dental", StaffGroup.MedicalAndDental.ToString());
    }

    [Fact]
    public void Comparison_OperatorsCompareToAndEquals_AgreeIncludingNull()
    {
        var low = StaffGroup.MedicalAndDental;
        var high = StaffGroup.Students;
        var same = StaffGroup.Parse("1");
        OrderingLaws.Hold(low, high, same, new OrderingLaws.Operators<StaffGroup>(
            (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b, (a, b) => a == b, (a, b) => a != b));
    }

    [Theory]
    [InlineData("01", Segment.MedicalAndDental)]
    [InlineData("02", Segment.Clinical)]
    [InlineData("03", Segment.Clinical)]
    [InlineData("04", Segment.Clinical)]
    [InlineData("05", Segment.Clinical)]
    [InlineData("06", Segment.Clinical)]
    [InlineData("07", Segment.Clinical)]
    [InlineData("08", Segment.NonClinical)]
    [InlineData("09", Segment.NonClinical)]
    [InlineData("10", Segment.NonClinical)]
    public void DefaultSegments_FollowTheRules(string code, Segment segment) =>
        Assert.Equal(segment, new WorkforceOptions().StaffGroupSegments[StaffGroup.Parse(code)]);
}
