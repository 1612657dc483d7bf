using Wres.Core.Survey;

namespace Wres.Core.Tests.Survey;

public class SurveyMeasureTests
{
    [Theory]
    [InlineData("5", SurveyDirection.HigherIsWorse)]
    [InlineData("6", SurveyDirection.HigherIsWorse)]
    [InlineData("7", SurveyDirection.HigherIsBetter)]
    [InlineData("8", SurveyDirection.HigherIsWorse)]
    public void TryFind_WresIndicator_HasDirection(string id, SurveyDirection direction)
    {
        Assert.True(SurveyMeasure.TryFind(EqualityStandard.Wres, id, out var measure));
        Assert.Equal(direction, measure.Direction);
    }

    [Theory]
    [InlineData("4a(i)")]
    [InlineData("4a-i")]
    [InlineData("4AI")]
    [InlineData(" 4a (i) ")]
    public void TryFind_WdesIdSpellings_AreTheSameMeasure(string id)
    {
        Assert.True(SurveyMeasure.TryFind(EqualityStandard.Wdes, id, out var measure));
        Assert.Equal("4a(i)", measure.Id);
    }

    [Theory]
    [InlineData(EqualityStandard.Wres, "4")]
    [InlineData(EqualityStandard.Wres, "9")]
    [InlineData(EqualityStandard.Wres, "4a(i)")]
    [InlineData(EqualityStandard.Wdes, "4a")]
    [InlineData(EqualityStandard.Wres, "")]
    public void TryFind_NotAMeasureOfTheStandard_Fails(EqualityStandard standard, string id) =>
        Assert.False(SurveyMeasure.TryFind(standard, id, out _));

    [Fact]
    public void Scale_EngagementScoreIsOutOfTen_EveryOtherMeasureAPercentage()
    {
        var measures = SurveyMeasure.Wres.Concat(SurveyMeasure.Wdes).ToList();

        Assert.Equal(["9a"], measures.Where(m => m.Scale == SurveyScale.ScoreOutOfTen).Select(m => m.Id));
        Assert.All(measures.Where(m => m.Id != "9a"), m => Assert.Equal(SurveyScale.Percentage, m.Scale));
    }
}
