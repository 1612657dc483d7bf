using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Indicators;
using Wres.Core.Recruitment;
using Wres.Core.Statistics;
using Wres.Core.Tests.Builders;
using Wres.Core.Tests.Generators;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.Indicators;

/// <summary>Indicator 2 by the post's pay band and staff group, and by the detailed ethnic groups (issue 11).</summary>
public class AppointmentBreakdownsTests
{
    private static readonly WresCalculator Calculator = new();
    private static readonly ReportingYear Year = ReportingYear.EndingIn(2026);

    /// <summary>
    /// <paramref name="shortlisted"/> shortlisted applications of one category for one post, the first
    /// <paramref name="appointed"/> appointed, and <paramref name="notShortlisted"/> more not shortlisted.
    /// </summary>
    private static IEnumerable<JobApplication> Applications(
        EthnicCategory? ethnicity, Grade? grade, StaffGroup? staffGroup, int shortlisted, int appointed, int notShortlisted = 0, DisabilityGroup disability = DisabilityGroup.Unknown)
    {
        var post = $"{grade?.Name}/{staffGroup?.Code}/{ethnicity?.Code}/{disability}";
        for (var i = 0; i < shortlisted + notShortlisted; i++)
        {
            yield return Valid.Application($"{post}/{i}", ethnicity) with
            {
                EthnicOrigin = ethnicity,
                Shortlisted = i < shortlisted,
                Appointed = i < appointed,
                Grade = grade,
                StaffGroup = staffGroup,
                Disability = disability,
            };
        }
    }

    /// <summary>
    /// Band 5 nursing: White 10 of 75 (50 White British, 25 White Northern Irish), BME 12 of 225 (100 Indian, 25
    /// Chinese, 100 African), the rules page's reference case. Band 8a admin: White 2 of 6, BME 0 of 4. Consultants:
    /// BME 1 of 3, no White shortlisted. One White application with neither band nor staff group, appointed.
    /// Unknown 1 of 2 (Band 5). Not shortlisted: 40 White, 90 BME.
    /// </summary>
    private static List<JobApplication> HandWorked(bool wdes = false)
    {
        DisabilityGroup Reference() => wdes ? DisabilityGroup.NonDisabled : DisabilityGroup.Unknown;
        DisabilityGroup Focus() => wdes ? DisabilityGroup.Disabled : DisabilityGroup.Unknown;
        var nursing = StaffGroup.NursingAndMidwiferyRegistered;
        var admin = StaffGroup.AdministrativeAndClerical;
        var medical = StaffGroup.MedicalAndDental;
        return
        [
            .. Applications(EthnicCategory.WhiteBritish, Grade.Band5, nursing, 50, 6, notShortlisted: 40, Reference()),
            .. Applications(EthnicCategory.Parse("C2"), Grade.Band5, nursing, 25, 4, disability: Reference()),
            .. Applications(EthnicCategory.AsianIndian, Grade.Band5, nursing, 100, 5, notShortlisted: 90, Focus()),
            .. Applications(EthnicCategory.Chinese, Grade.Band5, nursing, 25, 3, disability: Focus()),
            .. Applications(EthnicCategory.BlackAfrican, Grade.Band5, nursing, 100, 4, disability: Focus()),
            .. Applications(EthnicCategory.NotStated, Grade.Band5, nursing, 2, 1),
            .. Applications(EthnicCategory.WhiteIrish, Grade.Band8A, admin, 6, 2, disability: Reference()),
            .. Applications(EthnicCategory.MixedOther, Grade.Band8A, admin, 4, 0, disability: Focus()),
            .. Applications(EthnicCategory.BlackCaribbean, Grade.Consultant, medical, 3, 1, disability: Focus()),
            .. Applications(EthnicCategory.WhiteBritish, null, null, 1, 1, disability: Reference()),
        ];
    }

    private static LikelihoodIndicatorResult Appointment(IReadOnlyList<JobApplication> applications, EqualityStandard standard = EqualityStandard.Wres) =>
        Calculator.Calculate(new WresDataset { Applications = applications }, Year, standard).Appointment;

    private static void AssertRow(LikelihoodBreakdownRow row, string label, (int, int) white, (int, int) bme, (int, int) unknown)
    {
        Assert.Equal(label, row.Label);
        Assert.Equal(white, (row.Reference.Events, row.Reference.Base));
        Assert.Equal(bme, (row.Focus.Events, row.Focus.Base));
        Assert.Equal(unknown, (row.Unknown.Events, row.Unknown.Base));

        // The row's statistics are the indicator's own, on the row's counts.
        var expected = RelativeLikelihood.Compute(row.Reference, row.Focus);
        var actual = row.RelativeLikelihood;
        Assert.Equal((expected.Ratio, expected.Interval, expected.PValue, expected.Band, expected.SmallNumbers, expected.UndefinedReason),
            (actual.Ratio, actual.Interval, actual.PValue, actual.Band, actual.SmallNumbers, actual.UndefinedReason));
        Assert.Same(row.Reference, actual.Numerator);
    }

    [Fact]
    public void ByPayBand_HandWorked_RowsInBandOrderWithTheirCountsAndStatistics()
    {
        var result = Appointment(HandWorked());

        var rows = result.ByPayBand!;
        Assert.Equal(["Band 5", "Band 8a", "Consultants", LikelihoodBreakdownRow.NotRecognisedLabel], rows.Select(r => r.Label));
        AssertRow(rows[0], "Band 5", (10, 75), (12, 225), (1, 2));
        AssertRow(rows[1], "Band 8a", (2, 6), (0, 4), (0, 0));
        AssertRow(rows[2], "Consultants", (0, 0), (1, 3), (0, 0));
        AssertRow(rows[3], LikelihoodBreakdownRow.NotRecognisedLabel, (1, 1), (0, 0), (0, 0));
        Assert.Equal([Grade.Band5, Grade.Band8A, Grade.Consultant, null], rows.Select(r => r.PayBand));

        // Band 5 is the rules page's reference: 10 of 75 against 12 of 225 is 2.5, Katz 95% CI 1.1262 to 5.5499.
        var band5 = rows[0].RelativeLikelihood;
        Assert.Equal(2.5, band5.Ratio!.Value, 12);
        Assert.Equal(1.1262, band5.Interval!.Value.Lower, 4);
        Assert.Equal(5.5499, band5.Interval!.Value.Upper, 4);
        Assert.Equal(LikelihoodBand.AdverseToFocus, band5.Band);
        Assert.InRange(band5.PValue!.Value, 0.0, 0.05);

        // No ratio where the BME likelihood is 0 (8a) or no White applicant was shortlisted (consultants); a p-value only with both bases.
        Assert.Equal((null, UndefinedReason.DenominatorLikelihoodIsZero, LikelihoodBand.Undefined), (rows[1].RelativeLikelihood.Ratio, rows[1].RelativeLikelihood.UndefinedReason, rows[1].RelativeLikelihood.Band));
        Assert.NotNull(rows[1].RelativeLikelihood.PValue);
        Assert.Equal((null, UndefinedReason.NumeratorGroupHasNoBase), (rows[2].RelativeLikelihood.Ratio, rows[2].RelativeLikelihood.UndefinedReason));
        Assert.Null(rows[2].RelativeLikelihood.PValue);
        Assert.True(rows[1].RelativeLikelihood.SmallNumbers);
        Assert.False(rows[0].RelativeLikelihood.SmallNumbers);
    }

    [Fact]
    public void ByStaffGroup_HandWorked_RowsByStaffGroupNameThenNotRecognised()
    {
        var result = Appointment(HandWorked());

        var rows = result.ByStaffGroup!;
        AssertRow(rows[0], "Administrative and Clerical", (2, 6), (0, 4), (0, 0));
        AssertRow(rows[1], "Medical and Dental", (0, 0), (1, 3), (0, 0));
        AssertRow(rows[2], "Nursing and Midwifery Registered", (10, 75), (12, 225), (1, 2));
        AssertRow(rows[3], LikelihoodBreakdownRow.NotRecognisedLabel, (1, 1), (0, 0), (0, 0));
        Assert.Equal(4, rows.Count);
        Assert.Equal([StaffGroup.AdministrativeAndClerical, StaffGroup.MedicalAndDental, StaffGroup.NursingAndMidwiferyRegistered, null], rows.Select(r => r.StaffGroup));
    }

    [Fact]
    public void Appointment_HandWorked_TheIndicatorIsTheSumOfItsRows()
    {
        var result = Appointment(HandWorked());

        Assert.Equal((13, 82), (result.Reference.Events, result.Reference.Base));
        Assert.Equal((13, 232), (result.Focus.Events, result.Focus.Base));
        Assert.Equal((1, 2), (result.Unknown.Events, result.Unknown.Base));
    }

    [Fact]
    public void ByDetailedGroup_HandWorked_EachGroupsAppointedOfShortlisted()
    {
        var detail = Appointment(HandWorked()).ByDetailedGroup!;

        Assert.Equal(Enum.GetValues<DetailedEthnicGroup>(), detail.Select(d => d.Group));
        Assert.Equal(
            [(7, 51), (2, 6), (4, 25), (0, 4), (5, 100), (5, 103), (3, 25), (0, 0), (1, 2)],
            detail.Select(d => (d.Proportion.Events, d.Proportion.Base)));
    }

    [Fact]
    public void ByPayBand_Wdes_ComparesNonDisabledWithDisabledAndHasNoDetailedGroups()
    {
        var result = Appointment(HandWorked(wdes: true), EqualityStandard.Wdes);

        var band5 = result.ByPayBand![0];
        AssertRow(band5, "Band 5", (10, 75), (12, 225), (1, 2));
        Assert.Null(result.ByDetailedGroup);
        Assert.Equal(2.5, band5.RelativeLikelihood.Ratio!.Value, 12);
    }

    [Fact]
    public void Breakdowns_NoApplicationHasAPost_AreNotThere()
    {
        var result = Appointment([.. Applications(EthnicCategory.WhiteBritish, null, null, 5, 2), .. Applications(EthnicCategory.AsianIndian, null, null, 5, 1)]);

        Assert.Null(result.ByPayBand);
        Assert.Null(result.ByStaffGroup);
        Assert.NotNull(result.ByDetailedGroup);
    }

    [Fact]
    public void Breakdowns_OnlyStaffGroupsGiven_StaffGroupRowsOnly()
    {
        var result = Appointment([.. Applications(EthnicCategory.WhiteBritish, null, StaffGroup.Students, 5, 2)]);

        Assert.Null(result.ByPayBand);
        Assert.Equal(["Students"], result.ByStaffGroup!.Select(r => r.Label));
    }

    [Fact]
    public void ByPayBand_OtherAndTheMedicalGrades_FollowVsmInIndicatorOnesOrder()
    {
        var grades = new[] { Grade.Other, Grade.Trainee, Grade.Vsm, Grade.UnderBand1, Grade.NonConsultantCareerGrade, Grade.Band9, Grade.Consultant, Grade.Band8D };
        var applications = grades.SelectMany(g => Applications(EthnicCategory.WhiteBritish, g, StaffGroup.MedicalAndDental, 1, 0)).ToList();

        var rows = Appointment(applications).ByPayBand!;

        Assert.Equal(["Under Band 1", "Band 8d", "Band 9", "VSM", "Consultants", "Non-consultant career grades", "Trainee grades", "Other"], rows.Select(r => r.Label));
    }

    [Fact]
    public void ByPayBand_ApplicationsNeverShortlisted_TheirRowIsThereWithNoBaseAndNoRatio()
    {
        // A band with applications but nobody shortlisted says so rather than vanishing.
        var applications = Applications(EthnicCategory.WhiteBritish, Grade.Band9, StaffGroup.AdministrativeAndClerical, 0, 0, notShortlisted: 4).ToList();

        var row = Assert.Single(Appointment(applications).ByPayBand!);

        Assert.Equal(("Band 9", 0, 0), (row.Label, row.Reference.Base, row.Focus.Base));
        Assert.Equal(UndefinedReason.NumeratorGroupHasNoBase, row.RelativeLikelihood.UndefinedReason);
    }

    [Fact]
    public void ByPayBand_ApplicationsOutsideTheYearOrRejected_AreInNoRow()
    {
        var applications = new List<JobApplication>
        {
            Valid.Application("late") with { Grade = Grade.Band7, Date = Year.End.PlusDays(1) },
            Valid.Application("bad") with { Grade = Grade.Band6, Shortlisted = false, Appointed = true },
            Valid.Application("ok") with { Grade = Grade.Band5 },
        };

        Assert.Equal(["Band 5"], Appointment(applications).ByPayBand!.Select(r => r.Label));
    }

    [Property(MaxTest = 200)]
    public Property Breakdowns_AnyApplications_RowsAddUpToTheIndicatorAndCarryItsStatistics() =>
        Prop.ForAll(DomainGenerators.Application.ListOf().ToArbitrary(), Gen.Elements(EqualityStandard.Wres, EqualityStandard.Wdes).ToArbitrary(), (list, standard) =>
        {
            var applications = list.ToList();
            var result = Appointment(applications, standard);
            bool Adds(IReadOnlyList<LikelihoodBreakdownRow> rows) =>
                Sum(rows, r => r.Reference) == (result.Reference.Events, result.Reference.Base)
                && Sum(rows, r => r.Focus) == (result.Focus.Events, result.Focus.Base)
                && Sum(rows, r => r.Unknown) == (result.Unknown.Events, result.Unknown.Base)
                && rows.All(r => r.RelativeLikelihood.Ratio == RelativeLikelihood.Compute(r.Reference, r.Focus).Ratio
                    && r.RelativeLikelihood.PValue == RelativeLikelihood.Compute(r.Reference, r.Focus).PValue);

            var bands = result.ByPayBand is null ? !applications.Exists(a => a.Grade is not null) : Adds(result.ByPayBand);
            var groups = result.ByStaffGroup is null ? !applications.Exists(a => a.StaffGroup is not null) : Adds(result.ByStaffGroup);
            var detail = standard == EqualityStandard.Wdes ? result.ByDetailedGroup is null : DetailAdds(result);
            return bands.Label("bands").And(groups.Label("staff groups")).And(detail.Label("detailed groups"));
        });

    private static (int Events, int Base) Sum(IEnumerable<LikelihoodBreakdownRow> rows, Func<LikelihoodBreakdownRow, Proportion> group) =>
        (rows.Sum(r => group(r).Events), rows.Sum(r => group(r).Base));

    private static bool DetailAdds(LikelihoodIndicatorResult result)
    {
        var detail = result.ByDetailedGroup!.ToDictionary(d => d.Group, d => d.Proportion);
        (int, int) Of(params DetailedEthnicGroup[] groups) => (groups.Sum(g => detail[g].Events), groups.Sum(g => detail[g].Base));
        return Of(DetailedEthnicGroup.WhiteBritish, DetailedEthnicGroup.WhiteIrish, DetailedEthnicGroup.WhiteOther) == (result.Reference.Events, result.Reference.Base)
            && Of(DetailedEthnicGroup.Mixed, DetailedEthnicGroup.Asian, DetailedEthnicGroup.Black, DetailedEthnicGroup.Chinese, DetailedEthnicGroup.Other) == (result.Focus.Events, result.Focus.Base)
            && Of(DetailedEthnicGroup.Unknown) == (result.Unknown.Events, result.Unknown.Base);
    }
}
