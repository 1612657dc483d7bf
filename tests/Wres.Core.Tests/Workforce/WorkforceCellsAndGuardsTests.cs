using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Ingestion;
using Wres.Core.Tests.Builders;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.Workforce;

/// <summary>
/// The workforce's counting cells keep every combination of detailed group and disability apart; a leaver is set aside
/// by its rule; the staff group codes, the Band 8 range spellings and the options copy are pinned; null arguments are
/// refused by name.
/// </summary>
public class WorkforceCellsAndGuardsTests
{
    private static readonly DisabilityGroup[] Disabilities = [DisabilityGroup.Unknown, DisabilityGroup.NonDisabled, DisabilityGroup.Disabled];

    [Fact]
    public void Tallies_EveryDetailedGroupWithEveryDisability_AreCountedApart()
    {
        // Detailed group g has g + 1 people (1 to 9), with disabilities cycling, in two bands of two segments.
        EthnicCategory?[] categories =
        [
            EthnicCategory.WhiteBritish, EthnicCategory.WhiteIrish, EthnicCategory.WhiteOther, EthnicCategory.MixedOther, EthnicCategory.AsianIndian,
            EthnicCategory.BlackAfrican, EthnicCategory.Chinese, EthnicCategory.OtherEthnicGroup, EthnicCategory.NotStated,
        ];
        var staff = new List<StaffAssignment>();
        for (var g = 0; g < categories.Length; g++)
        {
            for (var i = 0; i <= g; i++)
            {
                var medical = i % 2 == 1;
                staff.Add(Valid.Staff($"{g}-{i}", categories[g], medical ? Grade.Consultant : Grade.Band6) with
                {
                    Disability = Disabilities[(g + i) % 3],
                    StaffGroup = medical ? StaffGroup.MedicalAndDental : StaffGroup.NursingAndMidwiferyRegistered,
                });
            }
        }

        var workforce = WorkforceSnapshot.FromAssignments(staff);
        var detail = workforce.DetailedTally();

        for (var g = 0; g < categories.Length; g++)
        {
            Assert.Equal(g + 1, detail[(DetailedEthnicGroup)g]);
        }

        Assert.Equal(new GroupTally(1 + 2 + 3, 4 + 5 + 6 + 7 + 8, 9), detail.Groups);
        var disabled = staff.Count(s => s.Disability == DisabilityGroup.Disabled);
        var nonDisabled = staff.Count(s => s.Disability == DisabilityGroup.NonDisabled);
        Assert.Equal(new GroupTally(nonDisabled, disabled, staff.Count - disabled - nonDisabled), workforce.Tally(ProtectedCharacteristic.Disability));
        Assert.Equal(
            staff.Count(s => s.Grade == Grade.Consultant),
            workforce.DetailedTally(Segment.MedicalAndDental).Total);
        Assert.Equal(
            staff.Count(s => s.Grade == Grade.Band6 && s.EthnicOrigin == EthnicCategory.Chinese),
            workforce.DetailedTally(Segment.Clinical, Grade.Band6)[DetailedEthnicGroup.Chinese]);
    }

    [Fact]
    public void AddStaff_Leaver_IsExcludedByTheLeaverRule_AndARejectedRowReturnsFalse()
    {
        var accumulator = new WresCalculator().CreateAccumulator(ReportingYear.EndingIn(2026));
        var staff = accumulator.OpenInput(InputPart.Staff, "staff.csv");
        var facts = new StaffFacts { Ethnicity = EthnicGroup.White, StaffGroup = StaffGroup.AlliedHealthProfessionals, Grade = Grade.Band5, IsPrimary = true, Category = AssignmentCategory.Permanent };

        Assert.True(staff.AddStaff("1"u8, "1-1"u8, facts with { HasLeft = true }, 2));
        Assert.True(staff.AddStaff("2"u8, "2-1"u8, facts, 3));
        Assert.False(staff.AddStaff("3"u8, "3-1"u8, facts with { Grade = null! }, 4));

        var report = accumulator.ToReport();
        var quality = report.DataQuality.Sources.Single();
        Assert.Equal((3, 1, 1, 1), (quality.RowsRead, quality.RowsCounted, quality.RowsExcluded, quality.RowsRejected));
        Assert.Equal([new ExclusionCount(ExclusionRule.Leaver, null, 1)], quality.Exclusions);
        Assert.Equal(1, report.Workforce!.Value.Total);
    }

    [Fact]
    public void StaffGroup_Codes_AreTheTwoDigitEsrCodes()
    {
        Assert.Equal(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10"], StaffGroup.All.Select(g => g.Code));
        Assert.Equal(StaffGroup.All, StaffGroup.All.Select(g => StaffGroup.Parse(g.Code)));
    }

    [Theory]
    [InlineData("Band 8 Range - A", "Band 8a")]
    [InlineData("Band 8 range: d", "Band 8d")]
    public void Grade_Band8RangeWithASeparatorAfterIt_IsRecognised(string value, string expected) =>
        Assert.Equal(expected, Grade.Parse(value).Name);

    [Theory]
    [InlineData("Bond 5")]
    [InlineData("Zone 6")]
    public void Grade_AWordLikeBand_IsNotABand(string value) =>
        Assert.Equal(GradeMatch.Unrecognised, Grade.Classify(value).Match);

    [Fact]
    public void Grade_AStageWithNoGradeBeforeIt_IsTheTableOrNothing()
    {
        // A stage alone is a trainee grade only when the grade table lists it (ST3); the stage rule, which strips a
        // stage after a grade, leaves any other alone (GPST4, SpR2) unrecognised.
        Assert.Equal(Grade.Trainee, Grade.Classify("ST3").Grade);
        Assert.Equal(GradeMatch.Unrecognised, Grade.Classify("GPST4").Match);
        Assert.Equal(GradeMatch.Unrecognised, Grade.Classify("SpR2").Match);
    }

    [Fact]
    public void CopyTo_ATargetWithOtherSettings_HoldsOnlyTheSource()
    {
        var source = new WorkforceOptions();
        source.StaffGroupSegments.Remove(StaffGroup.Students);
        source.OccupationCodeSegments["C01"] = Segment.NonClinical;
        var target = new WorkforceOptions();
        target.OccupationCodeSegments["Z99"] = Segment.Clinical;

        source.CopyTo(target);

        Assert.Equal(source.StaffGroupSegments.OrderBy(p => p.Key.Number), target.StaffGroupSegments.OrderBy(p => p.Key.Number));
        Assert.Equal([new KeyValuePair<string, Segment>("C01", Segment.NonClinical)], target.OccupationCodeSegments);
    }

    [Fact]
    public void NullArguments_AreRefusedByName()
    {
        var workforce = WorkforceSnapshot.FromAssignments([Valid.Staff()]);

        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => Grade.Parse(null!)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => StaffGroup.Parse(null!)).ParamName);
        Assert.Equal("assignments", Assert.Throws<ArgumentNullException>(() => WorkforceSnapshot.FromAssignments(null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => WorkforceSnapshot.FromAssignments([], null!)).ParamName);
        Assert.Equal("assignments", Assert.Throws<ArgumentNullException>(() => WorkforceSnapshot.FromAssignments([Valid.Staff(), null!])).ParamName);
        Assert.Equal("row", Assert.Throws<ArgumentNullException>(() => workforce.DetailedTally(Segment.Clinical, null!)).ParamName);
        Assert.Equal("row", Assert.Throws<ArgumentNullException>(() => workforce.Tally(ProtectedCharacteristic.Ethnicity, Segment.Clinical, null!)).ParamName);
    }

    [Theory]
    [InlineData(null, "E1")]
    [InlineData("", "E1")]
    [InlineData("  ", "E1")]
    [InlineData("E1-2", "E1-2")]
    public void EffectiveAssignmentNumber_BlankIsTheEmployeeNumber(string? assignment, string effective) =>
        Assert.Equal(effective, (Valid.Staff("E1") with { AssignmentNumber = assignment }).EffectiveAssignmentNumber);

    [Fact]
    public void Settings_NullOptions_AreRefused() =>
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new WorkforceSettings(null!)).ParamName);
}
