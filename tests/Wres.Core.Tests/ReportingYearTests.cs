using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Wres.Core.Tests;

public class ReportingYearTests
{
    [Fact]
    public void EndingIn_RunsFromFirstAprilToThirtyFirstMarch()
    {
        var year = ReportingYear.EndingIn(2026);

        Assert.Equal(new LocalDate(2025, 4, 1), year.Start);
        Assert.Equal(new LocalDate(2026, 3, 31), year.End);
        Assert.Equal(year.End, year.Snapshot);
        Assert.Equal(365, year.Period.Length);
        Assert.Equal("2025/26", year.ToString());
    }

    [Fact]
    public void EndingIn_LeapYear_Has366Days() => Assert.Equal(366, ReportingYear.EndingIn(2024).Period.Length);

    [Theory]
    [InlineData(2026, 3, 31, 2026)]
    [InlineData(2026, 3, 30, 2025)]
    [InlineData(2026, 11, 26, 2026)]
    [InlineData(2027, 1, 1, 2026)]
    public void MostRecentOnOrBefore_PicksLatestThirtyFirstMarch(int y, int m, int d, int expectedEndYear) =>
        Assert.Equal(ReportingYear.EndingIn(expectedEndYear), ReportingYear.MostRecentOnOrBefore(new LocalDate(y, m, d)));

    [Fact]
    public void Contains_IsInclusiveAtBothEnds()
    {
        var year = ReportingYear.EndingIn(2026);

        Assert.True(year.Contains(new LocalDate(2025, 4, 1)));
        Assert.True(year.Contains(new LocalDate(2026, 3, 31)));
        Assert.False(year.Contains(new LocalDate(2025, 3, 31)));
        Assert.False(year.Contains(new LocalDate(2026, 4, 1)));
    }

    [Fact]
    public void Previous_IsTheYearBefore() => Assert.Equal(ReportingYear.EndingIn(2025), ReportingYear.EndingIn(2026).Previous);

    [Fact]
    public void WithSnapshot_InsideYear_ChangesOnlySnapshot()
    {
        var year = ReportingYear.EndingIn(2026).WithSnapshot(new LocalDate(2025, 12, 31));

        Assert.Equal(new LocalDate(2025, 12, 31), year.Snapshot);
        Assert.Equal(new LocalDate(2026, 3, 31), year.End);
        Assert.NotEqual(ReportingYear.EndingIn(2026), year);
        Assert.Throws<ArgumentOutOfRangeException>(() => year.WithSnapshot(new LocalDate(2026, 4, 1)));
    }

    [Fact]
    public void EndingOn_OtherDate_PrintsDates() =>
        Assert.Equal("2025-07-01 to 2026-06-30", ReportingYear.EndingOn(new LocalDate(2026, 6, 30)).ToString());

    [Fact]
    public void DateOnlyOverloads_AgreeWithTheNodaTimeOnes()
    {
        var year = ReportingYear.EndingOn(new DateOnly(2026, 3, 31));

        Assert.Equal(ReportingYear.EndingIn(2026), year);
        Assert.Equal(ReportingYear.EndingIn(2025), ReportingYear.MostRecentOnOrBefore(new DateOnly(2026, 3, 30)));
        Assert.Equal(ReportingYear.EndingIn(2026), ReportingYear.MostRecentOnOrBefore(new DateOnly(2026, 3, 31)));
        Assert.True(year.Contains(new DateOnly(2025, 4, 1)));
        Assert.False(year.Contains(new DateOnly(2025, 3, 31)));
        Assert.Equal(new NodaTime.LocalDate(2025, 9, 30), year.WithSnapshot(new DateOnly(2025, 9, 30)).Snapshot);
        Assert.Throws<ArgumentOutOfRangeException>(() => year.WithSnapshot(new DateOnly(2026, 4, 1)));
    }

    [Property(MaxTest = 500)]
    public Property Contains_AgreesWithThePeriod() =>
        Prop.ForAll(Gen.Choose(-800, 800).ToArbitrary(), Gen.Choose(2000, 2100).ToArbitrary(), (days, end) =>
        {
            var year = ReportingYear.EndingIn(end);
            var date = year.Start.PlusDays(days);
            return year.Contains(date) == year.Period.Contains(date);
        });

    [Fact]
    public void Contains_DateOfAnotherCalendar_Throws() =>
        Assert.Throws<ArgumentException>(() => ReportingYear.EndingIn(2026).Contains(new LocalDate(2025, 6, 1).WithCalendar(CalendarSystem.Julian)));
}
