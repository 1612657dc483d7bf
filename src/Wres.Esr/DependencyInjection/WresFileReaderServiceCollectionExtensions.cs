using Microsoft.Extensions.DependencyInjection.Extensions;
using Wres.Core;
using Wres.Esr;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Wres.Esr file reader with a dependency-injection container.</summary>
/// <example>
/// <code>
/// builder.Services.AddWres(builder.Configuration.GetSection("Wres")).AddWresFileReader();
/// var reader = app.Services.GetRequiredService&lt;WresFileReader&gt;();
/// </code>
/// </example>
public static class WresFileReaderServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="WresFileReader"/> as a singleton (it is thread-safe) built on the registered
    /// <see cref="WresCalculator"/>, so that it classifies values with the options configured in the container, and
    /// adds Wres.Core with its default options if <c>AddWres</c> has not been called (calling it before or after
    /// registers nothing twice).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddWresFileReader(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddWres();
        services.TryAddSingleton(static provider => new WresFileReader(provider.GetRequiredService<WresCalculator>()));
        return services;
    }
}
