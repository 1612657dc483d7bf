using Wres.Core.Disability;
using Wres.Core.Ethnicity;
using Wres.Core.Indicators;
using Wres.Core.Tests.Builders;
using Wres.Core.Validation;

namespace Wres.Core.Tests.Indicators;

public class SurveyAndBoardTests
{
    private static readonly WresCalculator Calculator = new();
    private static readonly ReportingYear Year = ReportingYear.EndingIn(2026);

    [Fact]
    public void Survey_GapIsFocusMinusReference_InPercentagePoints()
    {
        var survey = new[]
        {
            Valid.Survey("5", ComparisonGroup.Reference) with { Percent = 27.3m },
            Valid.Survey("5", ComparisonGroup.Focus) with { Percent = 29.1m },
            Valid.Survey("7", ComparisonGroup.Reference) with { Percent = 58.0m },
            Valid.Survey("7", ComparisonGroup.Focus) with { Percent = 44.5m },
        };

        var results = Calculator.Calculate(new WresDataset { Survey = survey }, Year).Survey;

        Assert.Equal(["5", "6", "7", "8"], results.Select(r => r.Id));
        Assert.Equal(1.8m, results[0].GapPercentagePoints);
        Assert.True(results[0].AdverseToFocus);
        Assert.Equal(-13.5m, results[2].GapPercentagePoints);
        Assert.True(results[2].AdverseToFocus);
        Assert.Equal(IndicatorStatus.NotProvided, results[1].Status);
        Assert.Null(results[1].GapPercentagePoints);
    }

    [Fact]
    public void Survey_WithCounts_PercentComputedFromCountsNotRoundedFigure()
    {
        var survey = new[]
        {
            Valid.Survey("6", ComparisonGroup.Reference) with { Percent = 33.3m, Respondents = 3, Positive = 1 },
            Valid.Survey("6", ComparisonGroup.Focus) with { Percent = 50m, Respondents = 8, Positive = 4 },
        };

        var result = Calculator.Calculate(new WresDataset { Survey = survey }, Year).Survey[1];

        Assert.Equal(100m / 3, result.ReferencePercent);
        Assert.Equal(50m, result.FocusPercent);
        Assert.Equal((3, 8), (result.ReferenceRespondents, result.FocusRespondents));
    }

    [Fact]
    public void Survey_PercentFarFromCounts_Warns()
    {
        var survey = new[] { Valid.Survey("6") with { Percent = 40m, Respondents = 10, Positive = 3 } };

        var quality = Calculator.Calculate(new WresDataset { Survey = survey }, Year).DataQuality.Sources[0];

        Assert.Equal(WresErrorCodes.SurveyPercentDiffers, Assert.Single(quality.Issues).Code);
    }

    [Fact]
    public void Survey_DuplicateMeasureAndGroup_FirstKeptSecondRejected()
    {
        var survey = new[] { Valid.Survey("5") with { Percent = 10m }, Valid.Survey("5") with { Percent = 90m } };

        var report = Calculator.Calculate(new WresDataset { Survey = survey }, Year);

        Assert.Equal(10m, report.Survey[0].ReferencePercent);
        var quality = report.DataQuality.Sources[0];
        Assert.Equal((2, 1, 1), (quality.RowsRead, quality.RowsCounted, quality.RowsRejected));
        Assert.Equal((2, WresErrorCodes.DuplicateSurveyResult), (quality.Issues[0].Line!.Value, quality.Issues[0].Code));
    }

    [Fact]
    public void Survey_Wdes_UsesWdesMetrics()
    {
        var results = Calculator.Calculate(new WresDataset { Survey = [Valid.Survey("8", ComparisonGroup.Focus) with { Percent = 70m }] }, Year, EqualityStandard.Wdes).Survey;

        Assert.Equal(["4a(i)", "4a(ii)", "4a(iii)", "4b", "5", "6", "7", "8", "9a"], results.Select(r => r.Id));
        var adjustments = results.Single(r => r.Id == "8");
        Assert.Equal(70m, adjustments.FocusPercent);
        Assert.Null(adjustments.GapPercentagePoints);
    }

    [Fact]
    public void Board_DifferenceIsBoardFocusPercentMinusWorkforceFocusPercent()
    {
        var staff = Enumerable.Range(0, 8).Select(i => Valid.Staff($"W{i}"))
            .Concat([Valid.Staff("B1", EthnicCategory.BlackAfrican), Valid.Staff("U1") with { EthnicOrigin = null }])
            .ToList();
        var board = new[]
        {
            Valid.BoardMember("Chair") with { Voting = true, Executive = false },
            Valid.BoardMember("CEO") with { Voting = true, Executive = true, EthnicOrigin = EthnicCategory.AsianIndian },
            Valid.BoardMember("CFO") with { Voting = true, Executive = true },
            Valid.BoardMember("Director of Strategy") with { Voting = false, Executive = true, EthnicOrigin = null },
        };

        var result = Calculator.Calculate(new WresDataset { Staff = staff, Board = board }, Year).Board;

        Assert.Equal("9", result.Id);
        Assert.Equal(new GroupTally(2, 1, 1), result.Total.Members);
        Assert.Equal(25.0 - 10.0, result.Total.DifferencePercentagePoints!.Value, 12);
        Assert.Equal(new GroupTally(2, 1, 0), result.Voting.Members);
        Assert.Equal((100.0 / 3) - 10.0, result.Voting.DifferencePercentagePoints!.Value, 12);
        Assert.Equal(new GroupTally(1, 1, 1), result.Executive.Members);
        Assert.Equal((100.0 / 3) - 10.0, result.Executive.DifferencePercentagePoints!.Value, 12);
    }

    [Fact]
    public void Board_NonVotingAndNonExecutive_AreTheRestOfTheBoardInEachSplit()
    {
        var staff = Enumerable.Range(0, 8).Select(i => Valid.Staff($"W{i}"))
            .Concat([Valid.Staff("B1", EthnicCategory.BlackAfrican), Valid.Staff("U1") with { EthnicOrigin = null }])
            .ToList();
        var board = new[]
        {
            Valid.BoardMember("Chair") with { Voting = true, Executive = false },
            Valid.BoardMember("CEO") with { Voting = true, Executive = true, EthnicOrigin = EthnicCategory.AsianIndian },
            Valid.BoardMember("CFO") with { Voting = true, Executive = true },
            Valid.BoardMember("Director of Strategy") with { Voting = false, Executive = true, EthnicOrigin = null },
            Valid.BoardMember("Associate Non-executive") with { Voting = false, Executive = false, EthnicOrigin = EthnicCategory.BlackCaribbean },
        };

        var result = Calculator.Calculate(new WresDataset { Staff = staff, Board = board }, Year).Board;

        Assert.Equal(new GroupTally(0, 1, 1), result.NonVoting.Members);
        Assert.Equal(50.0 - 10.0, result.NonVoting.DifferencePercentagePoints!.Value, 12);
        Assert.Equal(new GroupTally(1, 1, 0), result.NonExecutive.Members);
        Assert.Equal(50.0 - 10.0, result.NonExecutive.DifferencePercentagePoints!.Value, 12);
        Assert.Equal(result.Total.Members, result.Voting.Members + result.NonVoting.Members);
        Assert.Equal(result.Total.Members, result.Executive.Members + result.NonExecutive.Members);
    }

    [Fact]
    public void Board_EveryoneVotes_NonVotingIsEmptyWithNoPercent()
    {
        var result = Calculator.Calculate(new WresDataset { Board = [Valid.BoardMember() with { Voting = true }] }, Year).Board;

        Assert.Equal(0, result.NonVoting.Members.Total);
        Assert.Null(result.NonVoting.FocusPercent);
        Assert.Equal(1, result.Voting.Members.Total);
    }

    [Fact]
    public void Board_Wdes_SubsetsCountDisability()
    {
        var board = new[]
        {
            Valid.BoardMember("A") with { Voting = false, Executive = true, Disability = DisabilityGroup.Disabled },
            Valid.BoardMember("B") with { Voting = true, Executive = false, Disability = DisabilityGroup.NonDisabled },
        };

        var result = Calculator.Calculate(new WresDataset { Board = board }, Year, EqualityStandard.Wdes).Board;

        Assert.Equal("10", result.Id);
        Assert.Equal(new GroupTally(0, 1, 0), result.NonVoting.Members);
        Assert.Equal(new GroupTally(1, 0, 0), result.NonExecutive.Members);
    }

    [Fact]
    public void Board_WithoutStaff_HasMembersButNoDifference()
    {
        var result = Calculator.Calculate(new WresDataset { Board = [Valid.BoardMember()] }, Year).Board;

        Assert.Equal(IndicatorStatus.Computed, result.Status);
        Assert.Equal(100.0, 100 - result.Total.FocusPercent!.Value);
        Assert.Null(result.Total.DifferencePercentagePoints);
    }

    [Fact]
    public void Board_NotSupplied_IsNotProvided() =>
        Assert.Equal(IndicatorStatus.NotProvided, Calculator.Calculate(new WresDataset(), Year).Board.Status);

    [Fact]
    public void Board_NotSupplied_EverySubsetIsEmpty()
    {
        var board = Calculator.Calculate(new WresDataset(), Year).Board;

        Assert.All(new[] { board.Total, board.Voting, board.NonVoting, board.Executive, board.NonExecutive }, s => Assert.Equal(default, s.Members));
    }

    [Fact]
    public void Board_NoExecutives_NoPercent()
    {
        var result = Calculator.Calculate(new WresDataset { Board = [Valid.BoardMember() with { Executive = false }] }, Year).Board;

        Assert.Equal(0, result.Executive.Members.Total);
        Assert.Null(result.Executive.FocusPercent);
    }
}
