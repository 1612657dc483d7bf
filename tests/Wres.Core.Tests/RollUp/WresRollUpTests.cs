using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.Casework;
using Wres.Core.Ethnicity;
using Wres.Core.Indicators;
using Wres.Core.RollUp;
using Wres.Core.Tests.Builders;
using Wres.Core.Tests.Generators;
using Wres.Core.Tests.Indicators;

namespace Wres.Core.Tests.RollUp;

public class WresRollUpTests
{
    private static readonly WresCalculator Calculator = new();
    private static readonly ReportingYear Year = ReportingYear.EndingIn(2026);
    private static readonly string[] Codes = ["RXX03", "RXX01", "RYY", "R1"];

    private static readonly Gen<WresDataset> Dataset =
        from staff in DomainGenerators.Staff(pool: 30, maxRows: 50)
        from applications in (from i in Gen.Choose(1, 400)
                              from ethnicity in Gen.Elements(EthnicCategory.NationalCategories.ToArray())
                              from shortlisted in ArbMap.Default.GeneratorFor<bool>()
                              from appointed in ArbMap.Default.GeneratorFor<bool>()
                              select Valid.Application($"A{i}", ethnicity) with { Shortlisted = shortlisted, Appointed = appointed && shortlisted }).ListOf()
        from cases in (from employee in DomainGenerators.EmployeeNumber(35)
                       from type in Gen.Elements(CaseType.Disciplinary, CaseType.Capability)
                       select Valid.Case("C", employee) with { Type = type }).ListOf()
        from training in (from employee in DomainGenerators.EmployeeNumber(35)
                          from mandatory in ArbMap.Default.GeneratorFor<bool>()
                          select Valid.Training(employee) with { Mandatory = mandatory }).ListOf()
        select new WresDataset { Staff = staff, Applications = applications.ToList(), Cases = cases.ToList(), Training = training.ToList() };

    /// <summary>Each row's organisation: an index into <see cref="Codes"/>, or -1 for none.</summary>
    private sealed record Split(WresDataset Data, int[] Staff, int[] Applications, int[] Cases, int[] Training, int Organisations)
    {
        public WresDataset Of(int organisation) => new()
        {
            Staff = Pick(Data.Staff!, Staff, organisation),
            Applications = Pick(Data.Applications!, Applications, organisation),
            Cases = Pick(Data.Cases!, Cases, organisation),
            Training = Pick(Data.Training!, Training, organisation),
        };

        private static List<T> Pick<T>(IReadOnlyList<T> rows, int[] organisations, int organisation) =>
            [.. rows.Where((_, i) => organisations[i] == organisation)];
    }

    /// <summary>A dataset and a random organisation for every row; staff and applications always have one, cases and training may not.</summary>
    private static readonly Gen<Split> Splits =
        from data in Dataset
        from count in Gen.Choose(1, Codes.Length)
        from staff in Gen.Choose(0, count - 1).ArrayOf(data.Staff!.Count)
        from applications in Gen.Choose(0, count - 1).ArrayOf(data.Applications!.Count)
        from cases in Gen.Choose(-1, count - 1).ArrayOf(data.Cases!.Count)
        from training in Gen.Choose(-1, count - 1).ArrayOf(data.Training!.Count)
        select new Split(data, staff, applications, cases, training, count);

    private static WresRollUp Fill(Split split)
    {
        var rollUp = Calculator.CreateRollUp(Year);
        for (var i = 0; i < split.Organisations; i++)
        {
            Add(rollUp.For(Codes[i]), split.Of(i));
        }

        var none = split.Of(-1);
        rollUp.Unassigned.AddCases(none.Cases!);
        rollUp.Unassigned.AddTraining(none.Training!);
        return rollUp;
    }

    private static void Add(WresAccumulator accumulator, WresDataset data)
    {
        accumulator.AddStaff(data.Staff!);
        accumulator.AddApplications(data.Applications!);
        accumulator.AddCases(data.Cases!);
        accumulator.AddTraining(data.Training!);
    }

    [Property(MaxTest = 100)]
    public Property ToReport_CombinedEqualsTheReportOnAllTheData() =>
        Prop.ForAll(Splits.ToArbitrary(), split =>
            ReportFingerprint.Of(Fill(split).ToReport().Combined) == ReportFingerprint.Of(Calculator.Calculate(split.Data, Year)));

    [Property(MaxTest = 100)]
    public Property ToReport_EachOrganisationEqualsTheReportOnItsOwnData() =>
        Prop.ForAll(Splits.ToArbitrary(), split =>
        {
            var reports = Fill(split).ToReport().Organisations;
            var expected = Enumerable.Range(0, split.Organisations)
                .Select(i => (Code: Codes[i], Fingerprint: ReportFingerprint.Of(Calculator.Calculate(split.Of(i), Year))))
                .OrderBy(o => o.Code, StringComparer.Ordinal);
            return reports.Select(r => (Code: r.Organisation!, Fingerprint: ReportFingerprint.Of(r))).SequenceEqual(expected);
        });

    [Property(MaxTest = 60)]
    public Property ToReport_LeavesTheOrganisationsIntact_MoreRowsCanStillBeAdded() =>
        Prop.ForAll(Splits.ToArbitrary(), Dataset.ToArbitrary(), (split, more) =>
        {
            var rollUp = Fill(split);
            var before = rollUp.ToReport().Organisations.Select(ReportFingerprint.Of).ToArray();
            var again = rollUp.ToReport().Organisations.Select(ReportFingerprint.Of).ToArray();
            Add(rollUp.For(Codes[0]), more);
            var all = new WresDataset
            {
                Staff = [.. split.Data.Staff!, .. more.Staff!],
                Applications = [.. split.Data.Applications!, .. more.Applications!],
                Cases = [.. split.Data.Cases!, .. more.Cases!],
                Training = [.. split.Data.Training!, .. more.Training!],
            };
            var first = split.Of(0);
            var firstAndMore = new WresDataset
            {
                Staff = [.. first.Staff!, .. more.Staff!],
                Applications = [.. first.Applications!, .. more.Applications!],
                Cases = [.. first.Cases!, .. more.Cases!],
                Training = [.. first.Training!, .. more.Training!],
            };
            var after = rollUp.ToReport();
            return before.SequenceEqual(again)
                && ReportFingerprint.Of(after.Combined) == ReportFingerprint.Of(Calculator.Calculate(all, Year))
                && ReportFingerprint.Of(after.Organisations.Single(r => r.Organisation == Codes[0])) == ReportFingerprint.Of(Calculator.Calculate(firstAndMore, Year));
        });

    [Fact]
    public void ToReport_PeopleInDifferentOrganisations_HeadcountsAddUpToTheCombined()
    {
        var rollUp = Calculator.CreateRollUp(Year);
        rollUp.For("RXX01").AddStaff([Valid.Staff("1"), Valid.Staff("2"), Valid.Staff("3", EthnicCategory.BlackAfrican)]);
        rollUp.For("RXX02").AddStaff([Valid.Staff("4", EthnicCategory.AsianIndian), Valid.Staff("5")]);

        var report = rollUp.ToReport("North ICS");

        Assert.Equal("North ICS", report.Combined.Organisation);
        Assert.Equal(["RXX01", "RXX02"], report.Organisations.Select(r => r.Organisation));
        Assert.Equal([3, 2], report.Organisations.Select(r => r.Workforce!.Value.Total));
        Assert.Equal([1, 1], report.Organisations.Select(r => r.Workforce!.Value.Focus));
        Assert.Equal(5, report.Combined.Workforce!.Value.Total);
        Assert.Equal(2, report.Combined.Workforce!.Value.Focus);
    }

    [Fact]
    public void For_TrimsTheCode_AndListsOrganisationsInOrdinalOrder()
    {
        var rollUp = Calculator.CreateRollUp(Year);
        var first = rollUp.For(" RXX02 ");
        rollUp.For("rxx01");
        rollUp.For("RXX01");

        Assert.Same(first, rollUp.For("RXX02"));
        Assert.Equal(["RXX01", "RXX02", "rxx01"], rollUp.Organisations);
    }

    [Fact]
    public void ToReport_AnOrganisationMergedAwayElsewhere_ThrowsRatherThanSharingItsRows()
    {
        var rollUp = Calculator.CreateRollUp(Year);
        rollUp.For("RXX01").AddStaff([Valid.Staff("1")]);
        var elsewhere = Calculator.CreateAccumulator(Year);

        elsewhere.Merge(rollUp.For("RXX01"));

        Assert.Throws<ObjectDisposedException>(() => rollUp.ToReport());
        Assert.Equal(1, elsewhere.ToReport().Workforce!.Value.Total);
    }

    [Fact]
    public void Merge_RollUpsOfTwoPieces_EqualOneRollUpOfAll()
    {
        var whole = Calculator.CreateRollUp(Year);
        whole.For("A").AddStaff([Valid.Staff("1"), Valid.Staff("2", EthnicCategory.BlackAfrican)]);
        whole.For("B").AddStaff([Valid.Staff("3")]);
        var first = Calculator.CreateRollUp(Year);
        first.For("A").AddStaff([Valid.Staff("1")]);
        var second = Calculator.CreateRollUp(Year);
        second.For("A").AddStaff([Valid.Staff("2", EthnicCategory.BlackAfrican)]);
        second.For("B").AddStaff([Valid.Staff("3")]);

        first.Reserve([second]);
        first.Merge(second);

        var merged = first.ToReport();
        var expected = whole.ToReport();
        Assert.Equal(ReportFingerprint.Of(expected.Combined), ReportFingerprint.Of(merged.Combined));
        Assert.Equal(expected.Organisations.Select(ReportFingerprint.Of), merged.Organisations.Select(ReportFingerprint.Of));
        Assert.Throws<ObjectDisposedException>(() => second.For("A"));
        Assert.Throws<ObjectDisposedException>(() => second.ToReport());
        Assert.Throws<ArgumentException>(() => first.Merge(Calculator.CreateRollUp(Year.Previous)));
    }

    [Fact]
    public void ShareInputs_AnInputOfOneOrganisation_IsProvidedEmptyToTheOthers()
    {
        var rollUp = Calculator.CreateRollUp(Year);
        rollUp.For("A").AddStaff([Valid.Staff("1")]);
        rollUp.For("A").AddApplications([Valid.Application()]);
        rollUp.For("B").AddStaff([Valid.Staff("2")]);
        Assert.Equal(IndicatorStatus.NotProvided, rollUp.ToReport().Organisations[1].Appointment.Status);

        rollUp.ShareInputs();

        var b = rollUp.ToReport().Organisations[1];
        Assert.Equal(IndicatorStatus.Computed, b.Appointment.Status);
        Assert.Equal(0, b.Appointment.Reference.Base);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void For_BlankCode_Throws(string code) =>
        Assert.Throws<ArgumentException>(() => Calculator.CreateRollUp(Year).For(code));

    [Fact]
    public void ToReport_StaffWithNoOrganisation_CountInTheCombinedOnlyWithAWarning()
    {
        var rollUp = Calculator.CreateRollUp(Year);
        rollUp.For("RXX01").AddStaff([Valid.Staff("1")]);
        rollUp.Unassigned.AddStaff([Valid.Staff("2"), Valid.Staff("3")]);
        rollUp.Unassigned.AddApplications([Valid.Application()]);

        var report = rollUp.ToReport();

        Assert.Equal(1, Assert.Single(report.Organisations).Workforce!.Value.Total);
        Assert.Equal(3, report.Combined.Workforce!.Value.Total);
        var staff = Assert.Single(report.Combined.DataQuality.Sources, s => s.Source == "staff");
        var warning = Assert.Single(staff.Issues, i => i.Code == "WRES212");
        Assert.Equal("2 rows of staff have no Organisation, so they count in the combined report only.", warning.Message);
        Assert.True(staff.Reconciles);
        Assert.Equal(3, staff.RowsRead);
        var recruitment = Assert.Single(report.Combined.DataQuality.Sources, s => s.Source == "recruitment");
        Assert.Contains(recruitment.Issues, i => i.Code == "WRES212" && i.Message.StartsWith("1 row of recruitment has", StringComparison.Ordinal));
    }

    [Fact]
    public void ToReport_NoOrganisations_CombinedIsTheUnassignedRowsWithoutWarning()
    {
        var rollUp = Calculator.CreateRollUp(Year, EqualityStandard.Wdes);
        rollUp.Unassigned.AddStaff([Valid.Staff("1"), Valid.Staff("2")]);

        var report = rollUp.ToReport();

        Assert.Empty(report.Organisations);
        Assert.Equal(EqualityStandard.Wdes, report.Combined.Standard);
        Assert.Equal(2, report.Combined.Workforce!.Value.Total);
        Assert.DoesNotContain(report.Combined.DataQuality.Sources.SelectMany(s => s.Issues), i => i.Code == "WRES212");
    }

    [Fact]
    public void ToReport_CasesOfAnOrganisation_CountInItsFormalProcessIndicator()
    {
        var rollUp = Calculator.CreateRollUp(Year);
        rollUp.For("A").AddStaff([Valid.Staff("1"), Valid.Staff("2", EthnicCategory.BlackAfrican)]);
        rollUp.For("A").AddCases([Valid.Case("C1", "2")]);
        rollUp.For("B").AddStaff([Valid.Staff("3")]);
        rollUp.For("B").AddCases([]);

        var report = rollUp.ToReport();

        Assert.Equal(1, report.Organisations[0].FormalProcess.Focus.Events);
        Assert.Equal(0, report.Organisations[1].FormalProcess.Focus.Events);
        Assert.Equal(1, report.Combined.FormalProcess.Focus.Events);
        Assert.Equal(2, report.Combined.FormalProcess.Reference.Base);
    }
}
