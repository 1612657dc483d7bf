using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wres.Core.PayGaps;
using Wres.Core.Validation;

namespace Wres.Core.Tests.PayGaps;

public class PayGapOptionsTests
{
    [Fact]
    public void Defaults_AreTheRulesDefaultsAndValid()
    {
        var options = new WresOptions();

        Assert.Equal(EthnicityPayGapBasis.WhiteAndBme, options.PayGaps.EthnicityBasis);
        Assert.Null(options.PayGaps.DefaultPayPeriodDays);
        Assert.Equal(10, options.PayGaps.SuppressionThreshold);
        Assert.True(new WresOptionsValidator().Validate(options).IsValid);
    }

    [Theory]
    [InlineData(EthnicityPayGapBasis.Unknown, null, 10, "PayGaps.EthnicityBasis")]
    [InlineData((EthnicityPayGapBasis)9, null, 10, "PayGaps.EthnicityBasis")]
    [InlineData(EthnicityPayGapBasis.WhiteAndBme, 0, 10, "PayGaps.DefaultPayPeriodDays")]
    [InlineData(EthnicityPayGapBasis.WhiteAndBme, 367, 10, "PayGaps.DefaultPayPeriodDays")]
    [InlineData(EthnicityPayGapBasis.WhiteAndBme, null, -1, "PayGaps.SuppressionThreshold")]
    public void Validate_OutOfRange_InvalidNamingTheOption(EthnicityPayGapBasis basis, int? days, int threshold, string property)
    {
        var options = new WresOptions();
        options.PayGaps.EthnicityBasis = basis;
        options.PayGaps.DefaultPayPeriodDays = days;
        options.PayGaps.SuppressionThreshold = threshold;

        var result = new WresOptionsValidator().Validate(options);

        Assert.Equal(property, Assert.Single(result.Errors).PropertyName);
        Assert.Throws<ValidationException>(() => new PayGapCalculator(options));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(366, 0)]
    [InlineData(28, 10)]
    public void Validate_InRange_Valid(int days, int threshold)
    {
        var options = new WresOptions();
        options.PayGaps.DefaultPayPeriodDays = days;
        options.PayGaps.SuppressionThreshold = threshold;

        Assert.True(new WresOptionsValidator().Validate(options).IsValid);
    }

    [Fact]
    public void Calculator_CopiesTheOptions_LaterChangesHaveNoEffect()
    {
        var options = new WresOptions();
        options.PayGaps.SuppressionThreshold = 0;
        var calculator = new PayGapCalculator(options);

        options.PayGaps.SuppressionThreshold = 50;
        var report = calculator.Calculate([Builders.ValidPay.Row()], PayGapTesting.Snapshot);

        Assert.Equal(0, report.SuppressionThreshold);
        Assert.Empty(report.Sex().Suppressed);
    }

    [Fact]
    public void AddWres_RegistersTheCalculatorWithTheConfiguredOptionsAndTheValidator()
    {
        using var provider = new ServiceCollection()
            .AddWres(o => o.PayGaps.EthnicityBasis = EthnicityPayGapBasis.DetailedGroups)
            .BuildServiceProvider();

        var calculator = provider.GetRequiredService<PayGapCalculator>();

        Assert.Same(calculator, provider.GetRequiredService<PayGapCalculator>());
        Assert.Equal(8, calculator.Calculate([Builders.ValidPay.Row()], PayGapTesting.Snapshot).Gaps.Count);
        Assert.IsType<PayRecordValidator>(provider.GetRequiredService<IValidator<PayRecord>>());
    }

    [Fact]
    public void AddWres_InvalidPayGapOptions_OptionsValidationExceptionOnUse()
    {
        using var provider = new ServiceCollection().AddWres(o => o.PayGaps.SuppressionThreshold = -1).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<PayGapCalculator>());
        Assert.Contains("SuppressionThreshold", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWres_PayGapsFromConfiguration_AreBound()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Wres:PayGaps:EthnicityBasis"] = "DetailedGroups",
                ["Wres:PayGaps:DefaultPayPeriodDays"] = "30",
                ["Wres:PayGaps:SuppressionThreshold"] = "5",
            })
            .Build();
        using var provider = new ServiceCollection().AddWres(configuration.GetSection("Wres")).BuildServiceProvider();

        var options = provider.GetRequiredService<WresOptions>().PayGaps;

        Assert.Equal((EthnicityPayGapBasis.DetailedGroups, (int?)30, 5), (options.EthnicityBasis, options.DefaultPayPeriodDays, options.SuppressionThreshold));
    }
}
