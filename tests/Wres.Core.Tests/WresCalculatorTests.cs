using System.Collections;
using System.Globalization;
using System.Reflection;
using Wres.Core.Ethnicity;
using Wres.Core.Indicators;
using Wres.Core.Publication;
using Wres.Core.Statistics;
using Wres.Core.Workforce;

namespace Wres.Core.Tests;

public class WresCalculatorTests
{
    /// <summary>Options with every setting away from its default.</summary>
    private static WresOptions Unusual()
    {
        var options = new WresOptions { MaxIssuesPerSource = 7 };
        options.Ethnicity.BmeLabel = " Global majority ";
        options.Ethnicity.LocalCodes.Add(EthnicCategory.Local("LX", "Local X", EthnicGroup.Bme));
        options.Ethnicity.ExtraLabels["Kashmiri"] = EthnicCategory.AsianOther;
        options.Workforce.ExcludedCategories.Remove(AssignmentCategory.Honorary);
        options.Workforce.ExcludedCategories.Add(AssignmentCategory.Locum);
        options.Workforce.StaffGroupSegments[StaffGroup.Students] = Segment.NonClinical;
        options.Workforce.OccupationCodeSegments["G1A"] = Segment.Clinical;
        options.Statistics.Interval = IntervalMethod.KoopmanScore;
        options.Statistics.PValue = PValueMethod.FisherMidP;
        options.Statistics.LowerThreshold = 0.75m;
        options.Statistics.UpperThreshold = 1.5m;
        options.Statistics.SmallCellThreshold = 3;
        options.Statistics.SmallBaseThreshold = 20;
        options.Indicators.Indicator3Rolling = RollingMode.SingleYear;
        options.Indicators.HeadcountBasis = HeadcountBasis.SnapshotPlusLeaversWithEvents;
        options.Disclosure.Policy = DisclosurePolicy.Threshold;
        options.Disclosure.SuppressUpTo = 2;
        options.Disclosure.RoundingBase = 10;
        options.Disclosure.Threshold = 3;
        return options;
    }

    /// <summary>Every public property of the options, nested options and collections included, as text.</summary>
    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => text,
        IDictionary dictionary => "{" + string.Join(",", dictionary.Keys.Cast<object>().Select(k => $"{k}={Describe(dictionary[k])}").Order(StringComparer.Ordinal)) + "}",
        IEnumerable items => "[" + string.Join(",", items.Cast<object>().Select(Describe).Order(StringComparer.Ordinal)) + "]",
        _ when value.GetType().Name.EndsWith("Options", StringComparison.Ordinal) =>
            "(" + string.Join(";", value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => $"{p.Name}:{Describe(p.GetValue(value))}")) + ")",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    [Fact]
    public void Options_EverySettingIsCopied()
    {
        var options = Unusual();

        var copy = new WresCalculator(options).Options;

        Assert.NotSame(options, copy);
        Assert.Equal(Describe(options), Describe(copy));
        Assert.NotEqual(Describe(new WresOptions()), Describe(copy));
    }

    [Fact]
    public void Options_ChangingTheCopyOrTheOriginal_ChangesNothingInTheCalculator()
    {
        var options = Unusual();
        var calculator = new WresCalculator(options);
        var before = Describe(calculator.Options);

        calculator.Options.Workforce.OccupationCodeSegments["N0A"] = Segment.MedicalAndDental;
        options.Ethnicity.ExtraLabels["Cornish"] = EthnicCategory.WhiteOther;

        Assert.Equal(before, Describe(calculator.Options));
    }

    [Fact]
    public void Options_DefaultCalculator_HasTheDefaults() =>
        Assert.Equal(Describe(new WresOptions()), Describe(new WresCalculator().Options));
}
