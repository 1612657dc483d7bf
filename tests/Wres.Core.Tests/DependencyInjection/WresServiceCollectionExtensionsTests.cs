using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Wres.Core.DependencyInjection;
using Wres.Core.Ethnicity;
using Wres.Core.Workforce;

namespace Wres.Core.Tests.DependencyInjection;

public class WresServiceCollectionExtensionsTests
{
    [Fact]
    public void AddWres_RegistersSingletons()
    {
        using var provider = new ServiceCollection().AddWres().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<WresOptions>(), provider.GetRequiredService<WresOptions>());
        Assert.Same(provider.GetRequiredService<EthnicityClassifier>(), provider.GetRequiredService<EthnicityClassifier>());
        Assert.NotNull(provider.GetRequiredService<IValidator<StaffAssignment>>());
    }

    [Fact]
    public void AddWres_CalledTwice_AddsNothingTwiceAndAppliesBothConfigurations()
    {
        var services = new ServiceCollection();
        services.AddWres(o => o.Ethnicity.BmeLabel = "Global majority");
        var count = services.Count;

        services.AddWres(o => o.MaxIssuesPerSource = 10);

        Assert.Equal(count, services.Count);
        Assert.Equal(services.Count, services.Select(d => d.ServiceType).Distinct().Count());
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<WresOptions>();
        Assert.Equal("Global majority", options.Ethnicity.BmeLabel);
        Assert.Equal(10, options.MaxIssuesPerSource);
    }

    [Fact]
    public void AddWres_ClassifierUsesConfiguredLocalCodes()
    {
        var services = new ServiceCollection().AddWres(o =>
            o.Ethnicity.LocalCodes.Add(EthnicCategory.Local("CZ", "White - Manx", EthnicGroup.White)));
        using var provider = services.BuildServiceProvider();

        Assert.Equal(EthnicGroup.White, provider.GetRequiredService<EthnicityClassifier>().Classify("CZ Manx").Group);
    }

    [Fact]
    public void AddWres_InvalidOptions_ThrowsAtOnce()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<ValidationException>(() => services.AddWres(o => o.Ethnicity.BmeLabel = " "));
        Assert.Contains("BME display label", error.Message, StringComparison.Ordinal);
        Assert.Throws<ValidationException>(() => new ServiceCollection().AddWres(o => o.Workforce.StaffGroupSegments.Remove(StaffGroup.Students)));
        Assert.Throws<ValidationException>(() => new ServiceCollection().AddWres(o => o.MaxIssuesPerSource = -1));
    }

    [Fact]
    public void AddWres_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => WresServiceCollectionExtensions.AddWres(null!));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddWres(null!));
    }

    [Fact]
    public void AddWres_ReturnsSameCollection()
    {
        var services = new ServiceCollection();

        Assert.Same(services, services.AddWres());
    }
}
