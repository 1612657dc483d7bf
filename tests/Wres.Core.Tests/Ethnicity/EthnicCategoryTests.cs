using Wres.Core.Ethnicity;

namespace Wres.Core.Tests.Ethnicity;

public class EthnicCategoryTests
{
    [Theory]
    [InlineData("A", "White - British", EthnicGroup.White)]
    [InlineData("B", "White - Irish", EthnicGroup.White)]
    [InlineData("C", "White - Any other White background", EthnicGroup.White)]
    [InlineData("D", "Mixed - White and Black Caribbean", EthnicGroup.Bme)]
    [InlineData("E", "Mixed - White and Black African", EthnicGroup.Bme)]
    [InlineData("F", "Mixed - White and Asian", EthnicGroup.Bme)]
    [InlineData("G", "Mixed - Any other mixed background", EthnicGroup.Bme)]
    [InlineData("H", "Asian or Asian British - Indian", EthnicGroup.Bme)]
    [InlineData("J", "Asian or Asian British - Pakistani", EthnicGroup.Bme)]
    [InlineData("K", "Asian or Asian British - Bangladeshi", EthnicGroup.Bme)]
    [InlineData("L", "Asian or Asian British - Any other Asian background", EthnicGroup.Bme)]
    [InlineData("M", "Black or Black British - Caribbean", EthnicGroup.Bme)]
    [InlineData("N", "Black or Black British - African", EthnicGroup.Bme)]
    [InlineData("P", "Black or Black British - Any other Black background", EthnicGroup.Bme)]
    [InlineData("R", "Other Ethnic Groups - Chinese", EthnicGroup.Bme)]
    [InlineData("S", "Other Ethnic Groups - Any other ethnic group", EthnicGroup.Bme)]
    [InlineData("Z", "Not stated", EthnicGroup.Unknown)]
    [InlineData("99", "Not known", EthnicGroup.Unknown)]
    public void Parse_NationalCode_HasLabelAndGroup(string code, string label, EthnicGroup group)
    {
        var category = EthnicCategory.Parse(code);

        Assert.Equal(code, category.Code);
        Assert.Equal(label, category.Label);
        Assert.Equal(group, category.Group);
        Assert.Equal(EthnicCodeKind.National, category.Kind);
    }

    public static TheoryData<string, EthnicGroup> ExtendedCodes()
    {
        var data = new TheoryData<string, EthnicGroup>();
        foreach (var code in "C2 C3 CA CB CC CD CE CF CG CH CJ CK CL CM CN CP CQ CR CS CT CU CV CW CX CY".Split(' '))
        {
            data.Add(code, EthnicGroup.White);
        }

        foreach (var code in "GA GB GC GD GE GF LA LB LC LD LE LF LG LH LJ LK PA PB PC PD PE SA SB SC SD SE".Split(' '))
        {
            data.Add(code, EthnicGroup.Bme);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExtendedCodes))]
    public void Parse_ExtendedCode_InheritsGroupOfFirstLetter(string code, EthnicGroup group)
    {
        var category = EthnicCategory.Parse(code);

        Assert.Equal(group, category.Group);
        Assert.Equal(EthnicCodeKind.Extended, category.Kind);
        Assert.Equal(code[..1], category.NationalCode);
        Assert.Equal(EthnicCategory.Parse(code[..1]).Group, category.Group);
    }

    [Fact]
    public void All_HoldsEveryCodeOnTheRulesPageOnce()
    {
        Assert.Equal(18, EthnicCategory.NationalCategories.Count);
        Assert.Equal(51, EthnicCategory.ExtendedCategories.Count);
        Assert.Equal(EthnicCategory.All.Count, EthnicCategory.All.Select(c => c.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("CL")]
    [InlineData("CM")]
    [InlineData("CN")]
    public void Parse_GypsyIrishTravellerRoma_IsWhite(string code) =>
        Assert.Equal(EthnicGroup.White, EthnicCategory.Parse(code).Group);

    [Theory]
    [InlineData("a", "A")]
    [InlineData(" c2 ", "C2")]
    [InlineData("lh", "LH")]
    public void TryParse_LowerCaseOrPadded_FindsCode(string value, string expected)
    {
        Assert.True(EthnicCategory.TryParse(value, out var category));
        Assert.Equal(expected, category.Code);
    }

    [Theory]
    [InlineData("NA")]
    [InlineData("NK")]
    [InlineData("NS")]
    [InlineData("A White - British")]
    [InlineData("")]
    [InlineData("Q")]
    [InlineData("98")]
    [InlineData("9A")]
    [InlineData("A9")]
    [InlineData("ABC")]
    [InlineData("[")]
    [InlineData("@")]
    [InlineData("[0")]
    [InlineData("Z[")]
    [InlineData("C/")]
    public void TryParse_NotABareCode_Fails(string value) => Assert.False(EthnicCategory.TryParse(value, out _));

    [Fact]
    public void TryParse_Null_Fails() => Assert.False(EthnicCategory.TryParse((string?)null, out _));

    [Fact]
    public void Parse_Unknown_ThrowsFormatException() =>
        Assert.Equal("'NA' is not an NHS ethnic category code.", Assert.Throws<FormatException>(() => EthnicCategory.Parse("NA")).Message);

    [Fact]
    public void Equality_IsByCode()
    {
        Assert.Equal(EthnicCategory.WhiteBritish, EthnicCategory.Parse("a"));
        Assert.True(EthnicCategory.WhiteBritish == EthnicCategory.Parse("A"));
        Assert.True(EthnicCategory.WhiteBritish != EthnicCategory.WhiteIrish);
        Assert.Equal(EthnicCategory.WhiteBritish.GetHashCode(), EthnicCategory.Parse("A").GetHashCode());
    }

    [Fact]
    public void Ordering_PutsExtendedAfterTheirNationalCodeAndZAnd99Last()
    {
        var shuffled = new[] { "99", "C2", "Z", "D", "C", "A", "CA", "SE" }.Select(EthnicCategory.Parse).Reverse().ToList();

        shuffled.Sort();

        Assert.Equal(["A", "C", "C2", "CA", "D", "SE", "Z", "99"], shuffled.Select(c => c.Code));
        Assert.True(EthnicCategory.WhiteBritish < EthnicCategory.NotKnown);
        Assert.True(EthnicCategory.NotStated <= EthnicCategory.NotKnown);
        Assert.True(EthnicCategory.Parse("C2") > EthnicCategory.WhiteOther);
        Assert.True(EthnicCategory.Parse("C2") >= EthnicCategory.Parse("c2"));
    }

    [Fact]
    public void Comparison_OperatorsCompareToAndEquals_AgreeIncludingNull()
    {
        var low = EthnicCategory.WhiteOther;
        var high = EthnicCategory.Parse("C2");
        var same = EthnicCategory.Parse("c");
        OrderingLaws.Hold(low, high, same, new OrderingLaws.Operators<EthnicCategory>(
            (a, b) => a < b, (a, b) => a <= b, (a, b) => a > b, (a, b) => a >= b, (a, b) => a == b, (a, b) => a != b));

        // Local codes come after every built-in one, in code order.
        Assert.True(EthnicCategory.Local("XA", "Local A", EthnicGroup.Bme) < EthnicCategory.Local("XB", "Local B", EthnicGroup.Bme));
        Assert.True(EthnicCategory.Local("XB", "Local B", EthnicGroup.Bme) > EthnicCategory.Local("XA", "Local A", EthnicGroup.Bme));
    }

    [Fact]
    public void Ordering_AllBuiltIn_IsDataDictionaryOrderEachNationalCodeFollowedByItsExtensions()
    {
        var expected = new List<EthnicCategory>();
        foreach (var national in EthnicCategory.NationalCategories.Where(c => c.Code is not ("Z" or "99")))
        {
            expected.Add(national);
            expected.AddRange(EthnicCategory.ExtendedCategories.Where(c => c.Code[0] == national.Code[0]));
        }

        expected.Add(EthnicCategory.NotStated);
        expected.Add(EthnicCategory.NotKnown);
        expected.Add(EthnicCategory.Local("AA", "Local", EthnicGroup.Bme));

        Assert.Equal(expected.Select(c => c.Code), expected.AsEnumerable().Reverse().Order().Select(c => c.Code));
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => EthnicCategory.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => EthnicCategory.Local(null!, "Label", EthnicGroup.Bme));
    }

    [Fact]
    public void Local_CreatesCategoryWithGivenGroup()
    {
        var local = EthnicCategory.Local("cz", "White - Manx", EthnicGroup.White);

        Assert.Equal("CZ", local.Code);
        Assert.Equal(EthnicCodeKind.Local, local.Kind);
        Assert.Equal(EthnicGroup.White, local.Group);
        Assert.True(local > EthnicCategory.NotKnown);
    }

    [Fact]
    public void Local_Label_IsTrimmed() =>
        Assert.Equal("White - Manx", EthnicCategory.Local("CZ", "  White - Manx ", EthnicGroup.White).Label);

    [Fact]
    public void Local_BlankLabelOrUndefinedGroup_Throws()
    {
        Assert.Throws<ArgumentException>(() => EthnicCategory.Local("CZ", " ", EthnicGroup.White));
        Assert.Equal("group", Assert.Throws<ArgumentOutOfRangeException>(() => EthnicCategory.Local("CZ", "Manx", (EthnicGroup)99)).ParamName);
    }

    [Theory]
    [InlineData("A")]
    [InlineData("c2")]
    [InlineData("TOOLONG")]
    [InlineData("ABCDE")]
    [InlineData("X Y")]
    [InlineData("")]
    public void Local_BuiltInOrMalformedCode_Throws(string code) =>
        Assert.Throws<ArgumentException>(() => EthnicCategory.Local(code, "Label", EthnicGroup.Bme));

    [Theory]
    [InlineData("A", "A")]
    [InlineData("C2", "C")]
    [InlineData("LH", "L")]
    [InlineData("Z", "Z")]
    [InlineData("99", "99")]
    public void NationalCode_IsTheFirstCharacterOr99(string code, string national) =>
        Assert.Equal(national, EthnicCategory.Parse(code).NationalCode);

    [Fact]
    public void ToString_IsCodeAndLabel() => Assert.Equal("C2 White - Northern Irish", EthnicCategory.Parse("C2").ToString());
}
