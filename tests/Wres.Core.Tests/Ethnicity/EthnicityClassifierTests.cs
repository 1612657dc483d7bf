using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Wres.Core.Ethnicity;
using Wres.Core.Tests.Generators;

namespace Wres.Core.Tests.Ethnicity;

public class EthnicityClassifierTests
{
    private readonly EthnicityClassifier _classifier = EthnicityClassifier.Default;

    [Theory]
    [InlineData("A White - British", "A", EthnicGroup.White)]
    [InlineData("C2 White Northern Irish", "C2", EthnicGroup.White)]
    [InlineData("LH British Asian", "LH", EthnicGroup.Bme)]
    [InlineData("Z Not Stated", "Z", EthnicGroup.Unknown)]
    [InlineData("99 Not Known", "99", EthnicGroup.Unknown)]
    [InlineData("99", "99", EthnicGroup.Unknown)]
    [InlineData("n", "N", EthnicGroup.Bme)]
    [InlineData("a", "A", EthnicGroup.White)]
    [InlineData("  M Black or Black British - Caribbean  ", "M", EthnicGroup.Bme)]
    [InlineData("D-Mixed White and Black Caribbean", "D", EthnicGroup.Bme)]
    [InlineData("H:Indian", "H", EthnicGroup.Bme)]
    [InlineData("CN White Gypsy or Romany", "CN", EthnicGroup.White)]
    [InlineData("PC Black Nigerian", "PC", EthnicGroup.Bme)]
    public void Classify_LeadingCode_ClassifiesByCode(string value, string code, EthnicGroup group)
    {
        var result = _classifier.Classify(value);

        Assert.Equal(EthnicityMatch.Code, result.Match);
        Assert.Equal(code, result.Category?.Code);
        Assert.Equal(group, result.Group);
    }

    [Theory]
    [InlineData("White - British", "A")]
    [InlineData("white   british", "A")]
    [InlineData("Any other White background", "C")]
    [InlineData("White and Black Caribbean", "D")]
    [InlineData("WHITE AND BLACK AFRICAN", "E")]
    [InlineData("Indian", "H")]
    [InlineData("Black African", "N")]
    [InlineData("Chinese", "R")]
    [InlineData("Not Stated", "Z")]
    [InlineData("Prefer not to say", "Z")]
    [InlineData("Unspecified", "Z")]
    [InlineData("Not Known", "99")]
    [InlineData("Northern Irish", "C2")]
    public void Classify_KnownLabel_ClassifiesByLabel(string value, string code)
    {
        var result = _classifier.Classify(value);

        Assert.Equal(EthnicityMatch.Label, result.Match);
        Assert.Equal(code, result.Category?.Code);
    }

    /// <summary>The 2021 census wording recruitment systems use (rules §7), in the usual separators and orders.</summary>
    [Theory]
    [InlineData("White - Roma", "C")]
    [InlineData("White: Roma", "C")]
    [InlineData("Roma", "C")]
    [InlineData("White - Gypsy or Irish Traveller", "C")]
    [InlineData("White: Irish", "B")]
    [InlineData("White - English, Welsh, Scottish, Northern Irish or British", "A")]
    [InlineData("White: English/Welsh/Scottish/Northern Irish/British", "A")]
    [InlineData("White: British", "A")]
    [InlineData("Other White", "C")]
    [InlineData("White - Other White", "C")]
    [InlineData("White: Any other White background", "C")]
    [InlineData("Mixed White/Black Caribbean", "D")]
    [InlineData("Mixed or Multiple ethnic groups: White and Black Caribbean", "D")]
    [InlineData("Mixed - White & Black African", "E")]
    [InlineData("Mixed/Multiple ethnic groups - White and Asian", "F")]
    [InlineData("Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups", "G")]
    [InlineData("Asian or Asian British - Indian", "H")]
    [InlineData("Asian, Asian British or Asian Welsh: Pakistani", "J")]
    [InlineData("Asian or Asian British: Bangladeshi", "K")]
    [InlineData("Asian or Asian British - Chinese", "R")]
    [InlineData("Asian or Asian British - Other Asian", "L")]
    [InlineData("Black, Black British, Black Welsh, Caribbean or African: Caribbean", "M")]
    [InlineData("Black or Black British - African", "N")]
    [InlineData("Black, Black British, Caribbean or African - Other Black", "P")]
    [InlineData("Arab", "S")]
    [InlineData("Other ethnic group: Arab", "S")]
    [InlineData("Other ethnic group - Any other ethnic group", "S")]
    [InlineData("Prefer not to say", "Z")]
    public void Classify_CensusWording_ClassifiesByLabel(string value, string code)
    {
        var result = _classifier.Classify(value);

        Assert.Equal(EthnicityMatch.Label, result.Match);
        Assert.Equal(code, result.Category?.Code);
    }

    [Theory]
    [InlineData("White: Arab")]
    [InlineData("Asian or Asian British - Caribbean")]
    [InlineData("Mixed - Roma")]
    [InlineData("White - Roma - extra")]
    [InlineData("Other")]
    [InlineData("White and")]
    public void Classify_HeadingWithAnotherHeadingsCategory_IsUnrecognised(string value) =>
        Assert.Equal(EthnicityMatch.Unrecognised, _classifier.Classify(value).Match);

    [Theory]
    [InlineData("White and Black Caribbean")]
    [InlineData("Mixed White/Black Caribbean")]
    [InlineData("White & Black African")]
    [InlineData("White and Asian")]
    public void Classify_MixedWordingStartingWithWhite_IsBmeNotWhite(string value) =>
        Assert.Equal(EthnicGroup.Bme, _classifier.Classify(value).Group);

    [Fact]
    public void Classify_MappedValue_BeatsCodesAndBuiltInLabels()
    {
        var options = new EthnicityOptions();
        options.ExtraLabels["Kashmiri"] = EthnicCategory.Parse("L");
        options.ExtraLabels["Other White"] = EthnicCategory.Parse("CY");
        options.ExtraLabels["A - see notes"] = EthnicCategory.NotStated;
        var classifier = new EthnicityClassifier(options);

        Assert.Equal(new EthnicityClassification(EthnicCategory.Parse("L"), EthnicityMatch.Mapped), classifier.Classify("kashmiri"));
        Assert.Equal(new EthnicityClassification(EthnicCategory.Parse("CY"), EthnicityMatch.Mapped), classifier.Classify("Other  White"));
        Assert.Equal(new EthnicityClassification(EthnicCategory.NotStated, EthnicityMatch.Mapped), classifier.Classify("A - see notes"));
        Assert.Equal(new EthnicityClassification(EthnicCategory.WhiteBritish, EthnicityMatch.Code), classifier.Classify("A White - British"));
    }

    [Fact]
    public void Classify_WhiteAndBlackCaribbean_IsBmeNotWhite() =>
        Assert.Equal(EthnicGroup.Bme, _classifier.Classify("White and Black Caribbean").Group);

    [Theory]
    [InlineData("NA")]
    [InlineData("NK")]
    [InlineData("NS")]
    [InlineData("na")]
    [InlineData("Nigerian-ish")]
    [InlineData("White")]
    [InlineData("Q Something")]
    [InlineData("98")]
    [InlineData("Whiteish British")]
    public void Classify_UnrecognisedValue_IsUnknownNeverPatternMatched(string value)
    {
        var result = _classifier.Classify(value);

        Assert.Equal(EthnicityMatch.Unrecognised, result.Match);
        Assert.Equal(EthnicGroup.Unknown, result.Group);
        Assert.Same(EthnicCategory.NotKnown, result.Category);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    public void Classify_Blank_IsBlankWithNoCategory(string? value)
    {
        var result = _classifier.Classify(value);

        Assert.Equal(EthnicityMatch.Blank, result.Match);
        Assert.True(result.IsBlank);
        Assert.Null(result.Category);
        Assert.Equal(EthnicGroup.Unknown, result.Group);
    }

    public static TheoryData<string> AllCodes()
    {
        var data = new TheoryData<string>();
        foreach (var category in EthnicCategory.All)
        {
            data.Add(category.Code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void Classify_EveryCodeWithItsLabel_GivesThatCategory(string code)
    {
        var category = EthnicCategory.Parse(code);

        Assert.Equal(category, _classifier.Classify($"{code} {category.Label}").Category);
        Assert.Equal(category, _classifier.Classify(code.ToLowerInvariant()).Category);
        Assert.Equal(category, _classifier.Classify(category.Label).Category);
    }

    [Fact]
    public void Classify_LocalCodeAndExtraLabel_AreRecognised()
    {
        var manx = EthnicCategory.Local("CZ", "White - Manx", EthnicGroup.White);
        var options = new EthnicityOptions();
        options.LocalCodes.Add(manx);
        options.ExtraLabels["Welsh speaker"] = EthnicCategory.Parse("CC");
        var classifier = new EthnicityClassifier(options);

        Assert.Equal(new EthnicityClassification(manx, EthnicityMatch.Code), classifier.Classify("cz White Manx"));
        Assert.Equal(new EthnicityClassification(EthnicCategory.Parse("CC"), EthnicityMatch.Mapped), classifier.Classify("welsh  SPEAKER"));
        Assert.Equal(EthnicityMatch.Unrecognised, EthnicityClassifier.Default.Classify("CZ White Manx").Match);
    }

    [Theory]
    [InlineData("WXYZ", EthnicityMatch.Code)]
    [InlineData("wxyz Welsh-Italian", EthnicityMatch.Code)]
    [InlineData("WXYZ-Welsh Italian", EthnicityMatch.Code)]
    [InlineData("WXYZA Welsh Italian", EthnicityMatch.Unrecognised)]
    [InlineData("- WXYZ", EthnicityMatch.Unrecognised)]
    public void Classify_FourCharacterLocalCode_IsTheLongestCodeToken(string value, EthnicityMatch match)
    {
        var local = EthnicCategory.Local("WXYZ", "White - Welsh Italian", EthnicGroup.White);
        var options = new EthnicityOptions();
        options.LocalCodes.Add(local);

        var result = new EthnicityClassifier(options).Classify(value);

        Assert.Equal(match, result.Match);
        Assert.Equal(match == EthnicityMatch.Code ? local : EthnicCategory.NotKnown, result.Category);
    }

    [Fact]
    public void Classify_MappingFileValue_BeatsExtraLabelsAndCodes()
    {
        var options = new EthnicityOptions();
        options.ExtraLabels["Kashmiri"] = EthnicCategory.Parse("LC");
        var mapped = new Dictionary<string, EthnicCategory>
        {
            [EthnicityLabels.Key("Kashmiri")] = EthnicCategory.Parse("L"),
            [EthnicityLabels.Key("A - see notes")] = EthnicCategory.NotStated,
        };
        var classifier = new EthnicityClassifier(options, mapped);

        Assert.Equal(new EthnicityClassification(EthnicCategory.Parse("L"), EthnicityMatch.Mapped), classifier.Classify("KASHMIRI"));
        Assert.Equal(new EthnicityClassification(EthnicCategory.NotStated, EthnicityMatch.Mapped), classifier.Classify("A: see notes"));
        Assert.Equal(new EthnicityClassification(EthnicCategory.WhiteBritish, EthnicityMatch.Code), classifier.Classify("A"));
    }

    [Fact]
    public void Constructor_NullOptionsOrMappedCategory_ThrowsArgumentNull()
    {
        var options = new EthnicityOptions();
        options.ExtraLabels["Kashmiri"] = null!;

        Assert.Throws<ArgumentNullException>(() => new EthnicityClassifier(null!));
        Assert.Throws<ArgumentNullException>(() => new EthnicityClassifier(options));
    }

    [Fact]
    public void Constructor_CopiesOptions_LaterChangesHaveNoEffect()
    {
        var options = new EthnicityOptions();
        var classifier = new EthnicityClassifier(options);
        options.ExtraLabels["Welsh speaker"] = EthnicCategory.Parse("CC");

        Assert.Equal(EthnicityMatch.Unrecognised, classifier.Classify("Welsh speaker").Match);
    }

    [Fact]
    public void BuiltInLabels_AreUnambiguous()
    {
        // Every label spelling maps to one category: a label shared by two categories would be resolved
        // silently by whichever was added first.
        foreach (var category in EthnicCategory.All)
        {
            Assert.Equal(category, EthnicityLabels.Whole[EthnicityLabels.Key(category.Label)]);
        }
    }

    [Property(MaxTest = 500)]
    public Property Classify_IsTotal_AndGroupMatchesCategory() =>
        Prop.ForAll(DomainGenerators.RawEthnicity.ToArbitrary(), value =>
        {
            var result = _classifier.Classify(value);
            return Enum.IsDefined(result.Match)
                && result.Match != EthnicityMatch.Unknown
                && result.Group == (result.Category?.Group ?? EthnicGroup.Unknown)
                && (result.Category is null) == (result.Match == EthnicityMatch.Blank);
        });

    [Property(MaxTest = 300)]
    public Property Classify_AnyTextAfterACode_KeepsTheCode() =>
        Prop.ForAll(
            Gen.Elements(EthnicCategory.All.ToArray()).ToArbitrary(),
            ArbMap.Default.ArbFor<string>(),
            (category, tail) =>
            {
                var value = category.Code + " " + (tail ?? string.Empty);
                return _classifier.Classify(value).Category == category;
            });
}
