using Wres.Core.Ethnicity;

namespace Wres.Core.Tests.Ethnicity;

/// <summary>
/// One row per accepted spelling in the label tables, so that a typo or a lost spelling fails a test: whole labels
/// (the common ESR, TRAC and NHS Jobs spellings and the census categories on their own), and every census heading
/// and every category a heading may be followed by.
/// </summary>
public class EthnicityLabelsTests
{
    private readonly EthnicityClassifier _classifier = EthnicityClassifier.Default;

    public static TheoryData<string, string> WholeLabels() => new()
    {
        { "White British", "A" },
        { "White - English/Welsh/Scottish/Northern Irish/British", "A" },
        { "English, Welsh, Scottish, Northern Irish or British", "A" },
        { "White Irish", "B" },
        { "White Other", "C" },
        { "Other White", "C" },
        { "Any other White background", "C" },
        { "Other White background", "C" },
        { "White - Any other background", "C" },
        { "Roma", "C" },
        { "Gypsy or Irish Traveller", "C" },
        { "Gypsy/Traveller", "C" },
        { "Gypsy or Traveller", "C" },
        { "Irish Traveller", "CL" },
        { "White and Black Caribbean", "D" },
        { "Mixed White and Black Caribbean", "D" },
        { "White and Black African", "E" },
        { "Mixed White and Black African", "E" },
        { "White and Asian", "F" },
        { "Mixed White and Asian", "F" },
        { "Any other mixed background", "G" },
        { "Any other Mixed/Multiple ethnic background", "G" },
        { "Any other Mixed or Multiple ethnic background", "G" },
        { "Other Mixed", "G" },
        { "Mixed Other", "G" },
        { "Other Mixed or Multiple ethnic groups", "G" },
        { "Indian", "H" },
        { "Asian Indian", "H" },
        { "Indian or British Indian", "H" },
        { "Pakistani", "J" },
        { "Asian Pakistani", "J" },
        { "Pakistani or British Pakistani", "J" },
        { "Bangladeshi", "K" },
        { "Asian Bangladeshi", "K" },
        { "Bangladeshi or British Bangladeshi", "K" },
        { "Any other Asian background", "L" },
        { "Asian Other", "L" },
        { "Other Asian", "L" },
        { "Caribbean", "M" },
        { "Black Caribbean", "M" },
        { "African", "N" },
        { "Black African", "N" },
        { "Any other Black background", "P" },
        { "Black Other", "P" },
        { "Other Black", "P" },
        { "Any other Black, Black British or Caribbean background", "P" },
        { "Any other Black, Black British, or Caribbean background", "P" },
        { "Any other Black/African/Caribbean background", "P" },
        { "Chinese", "R" },
        { "Any other ethnic group", "S" },
        { "Other ethnic group", "S" },
        { "Arab", "S" },
        { "Not Stated", "Z" },
        { "Prefer not to say", "Z" },
        { "Prefer not to answer", "Z" },
        { "Unspecified", "Z" },
        { "Not declared", "Z" },
        { "Declined", "Z" },
        { "I do not wish to disclose my ethnic origin", "Z" },
        { "Do not wish to disclose", "Z" },
        { "Not Known", "99" },
        { "Unknown", "99" },
        { "Not recorded", "99" },
    };

    [Theory]
    [MemberData(nameof(WholeLabels))]
    public void Classify_WholeLabelSpelling_ClassifiesByLabel(string value, string code)
    {
        var result = _classifier.Classify(value);

        Assert.Equal(new EthnicityClassification(EthnicCategory.Parse(code), EthnicityMatch.Label), result);
    }

    /// <summary>Every census heading at least once, and every category after a heading of its own.</summary>
    public static TheoryData<string, string> HeadedLabels() => new()
    {
        { "White - Gypsy or Irish Traveller", "C" },
        { "White: Gypsy/Traveller", "C" },
        { "White - Gypsy", "C" },
        { "White: Roma", "C" },
        { "White: Other White", "C" },
        { "White - Other White background", "C" },
        { "White - White Other", "C" },
        { "Mixed or Multiple ethnic group: White and Black Caribbean", "D" },
        { "Multiple ethnic groups - White and Black African", "E" },
        { "Mixed or Multiple ethnic groups - White and Asian", "F" },
        { "Mixed/Multiple ethnic groups - White and Asian", "F" },
        { "Mixed or Multiple ethnic group: Other", "G" },
        { "Mixed - Other Mixed", "G" },
        { "Mixed or Multiple ethnic groups - Any other Mixed background", "G" },
        { "Mixed or Multiple ethnic group: Any other background", "G" },
        { "Multiple ethnic groups: Other Mixed or Multiple ethnic groups", "G" },
        { "Mixed - Any other Mixed or Multiple ethnic background", "G" },
        { "Asian, Asian British or Asian Welsh: Indian", "H" },
        { "Asian British - Pakistani", "J" },
        { "Asian, Asian British or Asian Welsh - Bangladeshi", "K" },
        { "Asian or Asian British: Chinese", "R" },
        { "Asian/Asian British: Chinese", "R" },
        { "Asian British: Other", "L" },
        { "Asian or Asian British - Other Asian", "L" },
        { "Asian British: Any other Asian background", "L" },
        { "Asian - Any other background", "L" },
        { "Black, Black British, Black Welsh, Caribbean or African - Caribbean", "M" },
        { "Black, Black British, Caribbean or African: African", "N" },
        { "Black, Black British, Caribbean or African - Other", "P" },
        { "Black or Black British - Other Black", "P" },
        { "Black British: Any other Black background", "P" },
        { "Black - Any other background", "P" },
        { "Black, Black British, Black Welsh, Caribbean or African - Any other Black, Black British or Caribbean background", "P" },
        { "Black, Black British, Caribbean or African: Any other Black/African/Caribbean background", "P" },
        { "Black/African/Caribbean/Black British: Other", "P" },
        { "Black, African, Caribbean or Black British: Other", "P" },
        { "Other - Chinese", "R" },
        { "Other ethnic groups - Arab", "S" },
        { "Other ethnic group: Other", "S" },
        { "Other: Any other ethnic group", "S" },
        { "Chinese or other ethnic group - Other ethnic group", "S" },
        { "Other ethnic groups: Any other", "S" },

        // White followed by a category that is a whole label of its own (a national or an extended one).
        { "White - British", "A" },
        { "White: English", "CA" },
        { "White - Welsh", "CC" },
        { "White: Scottish", "CB" },
        { "White - English, Welsh, Scottish, Northern Irish or British", "A" },
        { "White: Irish", "B" },
        { "White - Irish Traveller", "CL" },
        { "White: Traveller", "CM" },
        { "White - Other", "C" },
        { "White: Any other White background", "C" },
    };

    [Theory]
    [MemberData(nameof(HeadedLabels))]
    public void Classify_HeadingThenCategory_ClassifiesByLabel(string value, string code)
    {
        var result = _classifier.Classify(value);

        Assert.Equal(new EthnicityClassification(EthnicCategory.Parse(code), EthnicityMatch.Label), result);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("&")]
    [InlineData("and")]
    [InlineData("( / )")]
    [InlineData("or - and")]
    public void Classify_SeparatorsAndConnectivesOnly_IsUnrecognised(string value) =>
        Assert.Equal(new EthnicityClassification(EthnicCategory.NotKnown, EthnicityMatch.Unrecognised), _classifier.Classify(value));

    [Theory]
    [InlineData("White - British", "white british")]
    [InlineData("Mixed: White & Black Caribbean", "mixed white black caribbean")]
    [InlineData("Mixed White/Black Caribbean", "mixed white black caribbean")]
    [InlineData("  Asian  or  Asian British  ", "asian asian british")]
    [InlineData("Black–African—Caribbean", "black african caribbean")]
    [InlineData("a;b,c(d)e.f_g+h", "a b c d e f g h")]
    [InlineData("Andorran Oriental", "andorran oriental")]
    [InlineData("AND OR", "")]
    [InlineData("", "")]
    public void Key_Label_IsLowerCaseWordsWithoutSeparatorsOrConnectives(string value, string key) =>
        Assert.Equal(key, EthnicityLabels.Key(value));

    [Fact]
    public void Key_LabelLongerThanTheStackBuffer_IsKeyedTheSame()
    {
        var words = string.Join(" - ", Enumerable.Repeat("Word", 60));

        Assert.Equal(string.Join(' ', Enumerable.Repeat("word", 60)), EthnicityLabels.Key(words));
    }

    [Fact]
    public void Key_LongWordWithoutSeparators_IsKeyedWhole()
    {
        // Every character is kept, and the end adds a space (trimmed): the heap buffer needs the value's length + 1.
        var word = new string('X', 200);

        Assert.Equal(new string('x', 200), EthnicityLabels.Key(word));
    }
}
