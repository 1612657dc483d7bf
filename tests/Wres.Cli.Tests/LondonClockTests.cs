using NodaTime;

namespace Wres.Cli.Tests;

public class LondonClockTests
{
    [Theory]
    [InlineData(2026, 3, 30, 23, 30, 2026, 3, 31)] // 00:30 BST on 31 March (summer time began on 29 March)
    [InlineData(2026, 3, 28, 23, 30, 2026, 3, 28)] // still GMT the night before the clocks change
    [InlineData(2026, 3, 29, 0, 59, 2026, 3, 29)]
    [InlineData(2026, 10, 24, 23, 30, 2026, 10, 25)] // 00:30 BST on the day summer time ends
    [InlineData(2026, 10, 25, 1, 30, 2026, 10, 25)]
    [InlineData(2026, 12, 31, 23, 30, 2026, 12, 31)]
    public void Today_FollowsUkSummerTime(int y, int mo, int d, int h, int mi, int ey, int em, int ed) =>
        Assert.Equal(new LocalDate(ey, em, ed), LondonClock.Today(Instant.FromUtc(y, mo, d, h, mi)));

    [Fact]
    public void Today_AgreesWithTheTimeZoneDatabaseAllYear()
    {
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];
        for (var instant = Instant.FromUtc(2025, 1, 1, 0, 30); instant < Instant.FromUtc(2028, 1, 1, 0, 0); instant += Duration.FromMinutes(97))
        {
            Assert.Equal(instant.InZone(london).Date, LondonClock.Today(instant));
        }
    }
}
