using Wres.Core.Workforce;

namespace Wres.Core.Tests.Workforce;

public class AssignmentCategoriesTests
{
    [Theory]
    [InlineData("", AssignmentCategory.Permanent, true)]
    [InlineData("Permanent", AssignmentCategory.Permanent, true)]
    [InlineData("Fixed Term Temp", AssignmentCategory.FixedTerm, true)]
    [InlineData("locum", AssignmentCategory.Locum, true)]
    [InlineData("BANK", AssignmentCategory.Bank, true)]
    [InlineData("Honorary", AssignmentCategory.Honorary, true)]
    [InlineData("Bank Staff", AssignmentCategory.Bank, true)]
    [InlineData("casual", AssignmentCategory.Bank, true)]
    [InlineData("Honorary Contract", AssignmentCategory.Honorary, true)]
    [InlineData("HONORARY APPOINTMENT", AssignmentCategory.Honorary, true)]
    [InlineData("   ", AssignmentCategory.Permanent, true)]
    [InlineData("  Permanent  ", AssignmentCategory.Permanent, true)]
    [InlineData("Perm", AssignmentCategory.Permanent, true)]
    [InlineData("Fixed Term Temporary", AssignmentCategory.FixedTerm, true)]
    [InlineData("Fixed   Term", AssignmentCategory.FixedTerm, true)]
    [InlineData("Fixed-Term", AssignmentCategory.FixedTerm, true)]
    [InlineData("Fixed Term Contract", AssignmentCategory.FixedTerm, true)]
    [InlineData("Temporary", AssignmentCategory.FixedTerm, true)]
    [InlineData("Bank Worker", AssignmentCategory.Bank, true)]
    [InlineData("Bank Holiday Cover", AssignmentCategory.Other, false)]
    [InlineData("Secondment", AssignmentCategory.Other, false)]
    public void Parse_Value_GivesCategory(string value, AssignmentCategory expected, bool recognised)
    {
        Assert.Equal(expected, AssignmentCategories.Parse(value, out var wasRecognised));
        Assert.Equal(recognised, wasRecognised);
    }

    [Fact]
    public void DefaultOptions_ExcludeBankAndHonoraryOnly() =>
        Assert.Equal(
            [AssignmentCategory.Bank, AssignmentCategory.Honorary],
            new WorkforceOptions().ExcludedCategories.Order());
}
