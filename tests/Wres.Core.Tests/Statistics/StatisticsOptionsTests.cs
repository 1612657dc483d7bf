using Wres.Core.Statistics;

namespace Wres.Core.Tests.Statistics;

public sealed class StatisticsOptionsTests
{
    [Fact]
    public void Constructor_Defaults_AreTheRulesDefaults()
    {
        var options = new StatisticsOptions();

        Assert.Equal(IntervalMethod.KatzLog, options.Interval);
        Assert.Equal(PValueMethod.FisherExact, options.PValue);
        Assert.Equal(0.80m, options.LowerThreshold);
        Assert.Equal(1.25m, options.UpperThreshold);
        Assert.Equal(5, options.SmallCellThreshold);
        Assert.Equal(10, options.SmallBaseThreshold);
    }
}
