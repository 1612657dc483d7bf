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
        Assert.Equal(new EthnicityClassification(EthnicCategory.Parse("CC"), EthnicityMatch.Label), classifier.Classify("welsh  SPEAKER"));
        Assert.Equal(EthnicityMatch.Unrecognised, EthnicityClassifier.Default.Classify("CZ White Manx").Match);
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
            Assert.Equal(category, EthnicityClassifier.BuiltInLabels[Core.Internal.Text.NormalizeLabel(category.Label)]);
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
