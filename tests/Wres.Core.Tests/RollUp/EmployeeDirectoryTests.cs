using Wres.Core.RollUp;
using Wres.Core.Tests.Builders;

namespace Wres.Core.Tests.RollUp;

public class EmployeeDirectoryTests
{
    private static readonly WresCalculator Calculator = new();
    private static readonly ReportingYear Year = ReportingYear.EndingIn(2026);

    [Fact]
    public void Find_PersonInOneOrganisation_IsThatOrganisation()
    {
        var rollUp = Calculator.CreateRollUp(Year);
        rollUp.For("RXX02").AddStaff([Valid.Staff("1"), Valid.Staff("2")]);
        rollUp.For("RXX01").AddStaff([Valid.Staff("3")]);

        var directory = EmployeeDirectory.Build(rollUp);

        Assert.Equal(["RXX01", "RXX02"], directory.Organisations);
        Assert.Equal("RXX02", directory.Organisations[directory.Find("2"u8)]);
        Assert.Equal("RXX01", directory.Organisations[directory.Find("3"u8)]);
        Assert.Equal(-1, directory.Find("4"u8));
        Assert.Equal(-1, directory.Find(""u8));
    }

    [Fact]
    public void Find_PersonInTwoOrganisations_IsTheOrganisationOfTheEarliestRowThisYearThenLastYear()
    {
        var rollUp = Calculator.CreateRollUp(Year);
        rollUp.For("A").AddPreviousStaff([Valid.Staff("1"), Valid.Staff("2")]);
        rollUp.For("B").AddStaff([Valid.Staff("9"), Valid.Staff("1")]);
        rollUp.For("C").AddStaff([Valid.Staff("1")]);

        var directory = EmployeeDirectory.Build(rollUp);

        Assert.Equal("C", directory.Organisations[directory.Find("1"u8)]);
        Assert.Equal("A", directory.Organisations[directory.Find("2"u8)]);
    }

    [Fact]
    public void Find_ManyPeople_EachIsFound()
    {
        var rollUp = Calculator.CreateRollUp(Year);
        var codes = new[] { "R1", "R2", "R3" };
        for (var i = 0; i < 3000; i++)
        {
            rollUp.For(codes[i % 3]).AddStaff([Valid.Staff($"E{i}")]);
        }

        var directory = EmployeeDirectory.Build(rollUp);

        Assert.All(Enumerable.Range(0, 3000), i => Assert.Equal(codes[i % 3], directory.Organisations[directory.Find(System.Text.Encoding.UTF8.GetBytes($"E{i}"))]));
    }
}
