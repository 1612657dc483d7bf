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
    public void Parse_CodeOrName_FindsGroup(string value, string name) => Assert.Equal(name, StaffGroup.Parse(value).Name);

    [Theory]
    [InlineData("")]
    [InlineData("00")]
    [InlineData("11")]
    [InlineData("Doctors")]
    [InlineData("01 Students")]
    [InlineData("1.0")]
    public void TryParse_Unrecognised_Fails(string value)
    {
        Assert.False(StaffGroup.TryParse(value, out _));
        Assert.Throws<FormatException>(() => StaffGroup.Parse(value));
    }

    [Fact]
    public void All_HasTenGroupsInCodeOrder()
    {
        Assert.Equal(Enumerable.Range(1, 10), StaffGroup.All.Select(g => g.Number));
        Assert.Equal("08", StaffGroup.AdministrativeAndClerical.Code);
        Assert.True(StaffGroup.MedicalAndDental < StaffGroup.SupplementaryRoles);
        Assert.Equal("01 Medical and Dental", StaffGroup.MedicalAndDental.ToString());
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
