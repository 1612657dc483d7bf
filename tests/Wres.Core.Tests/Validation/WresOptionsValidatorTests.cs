using Wres.Core.Indicators;
using Wres.Core.Publication;
using Wres.Core.Statistics;
using Wres.Core.Validation;

namespace Wres.Core.Tests.Validation;

public class WresOptionsValidatorTests
{
    [Fact]
    public void DefaultOptions_AreValid() =>
        Assert.True(new WresOptionsValidator().Validate(new WresOptions()).IsValid);

    [Fact]
    public void EachInvalidChoice_IsReported()
    {
        static bool Invalid(Action<WresOptions> change)
        {
            var options = new WresOptions();
            change(options);
            return !new WresOptionsValidator().Validate(options).IsValid;
        }

        Assert.True(Invalid(o => o.Statistics.Interval = IntervalMethod.Unknown));
        Assert.True(Invalid(o => o.Statistics.PValue = PValueMethod.Unknown));
        Assert.True(Invalid(o => o.Statistics.LowerThreshold = 0m));
        Assert.True(Invalid(o => o.Statistics.UpperThreshold = 0.9m));
        Assert.True(Invalid(o => o.Statistics.SmallCellThreshold = -1));
        Assert.True(Invalid(o => o.Indicators.Indicator3Rolling = RollingMode.Unknown));
        Assert.True(Invalid(o => o.Indicators.HeadcountBasis = HeadcountBasis.Unknown));
        Assert.True(Invalid(o => o.Disclosure.Policy = DisclosurePolicy.Unknown));
        Assert.True(Invalid(o => o.Disclosure.RoundingBase = 0));
        Assert.True(Invalid(o => o.Workforce.ExcludedCategories.Add(Core.Workforce.AssignmentCategory.Unknown)));
        Assert.True(Invalid(o => o.Workforce.OccupationCodeSegments[" "] = Core.Workforce.Segment.Clinical));
        Assert.True(Invalid(o => o.Ethnicity.ExtraLabels["x"] = null!));
        Assert.False(Invalid(o => o.Statistics.LowerThreshold = 0.9m));
    }
}
