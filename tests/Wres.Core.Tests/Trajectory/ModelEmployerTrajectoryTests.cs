using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.Ethnicity;
using Wres.Core.Trajectory;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.Trajectory;

/// <summary>Rules §8, the Model Employer trajectory, worked by hand.</summary>
public class ModelEmployerTrajectoryTests
{
    private static readonly EthnicCategory White = EthnicCategory.Parse("A");
    private static readonly EthnicCategory Bme = EthnicCategory.Parse("N");

    /// <summary>
    /// 1,000 staff, 250 BME (25%) and 50 Unknown: Band 8a 40 (4 BME, clinical 30 and non-clinical 10), Band 8b 10 (0 BME),
    /// Band 9 10 (6 BME), the rest Band 5.
    /// </summary>
    private static WresReport Report(EqualityStandard standard = EqualityStandard.Wres)
    {
        var staff = new List<StaffAssignment>();
        void Add(int count, EthnicCategory? ethnicity, Grade grade, string group = "03")
        {
            for (var i = 0; i < count; i++)
            {
                staff.Add(new() { EmployeeNumber = $"E{staff.Count}", EthnicOrigin = ethnicity, StaffGroup = StaffGroup.Parse(group), Grade = grade });
            }
        }

        Add(3, Bme, Grade.Band8A);
        Add(27, White, Grade.Band8A);
        Add(1, Bme, Grade.Band8A, group: "02");
        Add(9, White, Grade.Band8A, group: "02");
        Add(10, White, Grade.Band8B);
        Add(6, Bme, Grade.Band9);
        Add(4, White, Grade.Band9);
        Add(240, Bme, Grade.Band5);
        Add(650, White, Grade.Band5);
        Add(50, null, Grade.Band5);
        return new WresCalculator().Calculate(new WresDataset { Staff = staff }, ReportingYear.EndingIn(2026), standard);
    }

    private static ModelEmployerBand Band(ModelEmployerTrajectory trajectory, Grade band) => trajectory.Bands.Single(b => b.Band == band);

    [Fact]
    public void ThisYearAsBaseline_HandWorked()
    {
        var trajectory = ModelEmployerTrajectory.Compute(Report(), new ModelEmployerOptions())!;

        Assert.Equal((2028, 2026, 2026, 250, 1_000), (trajectory.TargetYear, trajectory.BaselineYear, trajectory.YearEnding, trajectory.ShareFocus, trajectory.ShareBase));

        // 8a: target ceil(0.25 × 40) = 10; from 4: 2027 4 + ceil(6/2) = 7, 2028 10; gap next year's 7 − 4 = 3.
        var band8A = Band(trajectory, Grade.Band8A);
        Assert.Equal((40, 4, 4, 10, 3), (band8A.Headcount, band8A.Bme, band8A.BaselineBme, band8A.Target, band8A.Gap));
        Assert.Equal([new(2027, 7), new(2028, 10)], band8A.Milestones);

        // 8b: target ceil(2.5) = 3; 2027 ceil(3/2) = 2; gap 2.
        var band8B = Band(trajectory, Grade.Band8B);
        Assert.Equal((3, 2), (band8B.Target, band8B.Gap));
        Assert.Equal([new(2027, 2), new(2028, 3)], band8B.Milestones);

        // Band 9 is ahead: target ceil(2.5) = 3 from 6; 2027 6 + ceil(-1.5) = 5, 2028 3; gap 5 − 6 = -1.
        var band9 = Band(trajectory, Grade.Band9);
        Assert.Equal((3, -1), (band9.Target, band9.Gap));
        Assert.Equal([new(2027, 5), new(2028, 3)], band9.Milestones);

        // A band with nobody in it has a target of 0.
        Assert.Equal((0, 0, 0), (Band(trajectory, Grade.Vsm).Headcount, Band(trajectory, Grade.Vsm).Target, Band(trajectory, Grade.Vsm).Gap));
    }

    [Fact]
    public void EarlierBaseline_GapIsThisYearsMilestone()
    {
        var trajectory = ModelEmployerTrajectory.Compute(Report(), new ModelEmployerOptions(), 2025, new Dictionary<Grade, int> { [Grade.Band8A] = 2 })!;

        // 8a from 2 in 2025 to 10 in 2028: 2026 2 + ceil(8/3) = 5, 2027 2 + ceil(16/3) = 8, 2028 10; gap 5 − 4 = 1.
        var band8A = Band(trajectory, Grade.Band8A);
        Assert.Equal([new(2026, 5), new(2027, 8), new(2028, 10)], band8A.Milestones);
        Assert.Equal((2, 1), (band8A.BaselineBme, band8A.Gap));

        // 8b has no baseline count: it starts from this year's 0: 2026 ceil(3/3) = 1; gap 1.
        Assert.Equal(1, Band(trajectory, Grade.Band8B).Gap);
    }

    [Fact]
    public void KnownEthnicityBasis_ShareOfKnownStaff()
    {
        var options = new ModelEmployerOptions { ShareBasis = TargetShareBasis.KnownEthnicity };

        var trajectory = ModelEmployerTrajectory.Compute(Report(), options)!;

        // 250 of 950 known: 8a (all 40 known) ceil(250 × 40 / 950) = ceil(10.53) = 11.
        Assert.Equal((250, 950, 11), (trajectory.ShareFocus, trajectory.ShareBase, Band(trajectory, Grade.Band8A).Target));
    }

    [Fact]
    public void TargetYearPassed_GapIsTheTarget()
    {
        var trajectory = ModelEmployerTrajectory.Compute(Report(), new ModelEmployerOptions { TargetYear = 2026 })!;

        var band8A = Band(trajectory, Grade.Band8A);
        Assert.Empty(band8A.Milestones);
        Assert.Equal(10 - 4, band8A.Gap);
    }

    [Fact]
    public void Wdes_IsNull() =>
        Assert.Null(ModelEmployerTrajectory.Compute(Report(EqualityStandard.Wdes), new ModelEmployerOptions()));

    [Fact]
    public void BaselineAfterThisYear_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ModelEmployerTrajectory.Compute(Report(), new ModelEmployerOptions(), 2027));

    [Property(MaxTest = 300)]
    public Property Milestones_MoveMonotonicallyFromTheBaselineToTheTarget() =>
        Prop.ForAll(Gen.Choose(0, 500).ToArbitrary(), Gen.Choose(2020, 2025).ToArbitrary(), (start, baseline) =>
        {
            var trajectory = ModelEmployerTrajectory.Compute(Report(), new ModelEmployerOptions(), baseline, new Dictionary<Grade, int> { [Grade.Band8A] = start })!;
            var band = Band(trajectory, Grade.Band8A);
            var values = band.Milestones.Select(m => m.Bme).Prepend(start).ToArray();
            var rising = band.Target >= start;
            var monotonic = values.Zip(values.Skip(1)).All(p => rising ? p.Second >= p.First : p.Second <= p.First);
            return monotonic && band.Milestones[^1] == new ModelEmployerMilestone(2028, band.Target)
                && band.Milestones.Select(m => m.YearEnding).SequenceEqual(Enumerable.Range(baseline + 1, 2028 - baseline));
        });
}
