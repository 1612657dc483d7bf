using Wres.Core.Workforce;

namespace Wres.Core.Tests.Workforce;

public class WorkforceSettingsTests
{
    [Fact]
    public void Constructor_StaffGroupWithoutSegment_Throws()
    {
        var options = new WorkforceOptions();
        options.StaffGroupSegments.Remove(StaffGroup.HealthcareScientists);

        var error = Assert.Throws<ArgumentException>(() => new WorkforceSettings(options));

        Assert.Equal("options", error.ParamName);
    }

    [Theory]
    [InlineData(AssignmentCategory.Permanent, false)]
    [InlineData(AssignmentCategory.FixedTerm, false)]
    [InlineData(AssignmentCategory.Locum, false)]
    [InlineData(AssignmentCategory.Bank, true)]
    [InlineData(AssignmentCategory.Honorary, true)]
    [InlineData(AssignmentCategory.Other, false)]
    public void IsExcluded_DefaultOptions_BankAndHonoraryOnly(AssignmentCategory category, bool excluded) =>
        Assert.Equal(excluded, WorkforceSettings.Default.IsExcluded(category));

    [Fact]
    public void HasOccupationOverrides_OnlyWhenOneIsGiven()
    {
        var options = new WorkforceOptions();
        options.OccupationCodeSegments["G1A"] = Segment.NonClinical;

        Assert.False(WorkforceSettings.Default.HasOccupationOverrides);
        Assert.True(new WorkforceSettings(options).HasOccupationOverrides);
    }

    [Theory]
    [InlineData("G1A", Segment.NonClinical)]
    [InlineData(" g1a ", Segment.NonClinical)]
    [InlineData("N0A", Segment.Clinical)]
    [InlineData(null, Segment.Clinical)]
    public void SegmentOf_OccupationCode_OverridesTheStaffGroupWhenMapped(string? code, Segment segment)
    {
        var options = new WorkforceOptions();
        options.OccupationCodeSegments[" G1A "] = Segment.NonClinical;
        var settings = new WorkforceSettings(options);

        Assert.Equal(segment, settings.SegmentOf(StaffGroup.NursingAndMidwiferyRegistered, code));
        Assert.True(settings.HasOccupationOverrides);
    }
}
