using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
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
    /// <see cref="WresCalculator"/>, so that it classifies values with the options configured in the container, with
    /// <see cref="WresFileReaderOptions"/> from <c>IOptions&lt;WresFileReaderOptions&gt;</c> and the container's
    /// <c>ILogger&lt;WresFileReader&gt;</c> when there is one (a summary after each read); adds Wres.Core with its
    /// default options if <c>AddWres</c> has not been called (calling it before or after registers nothing twice).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddWresFileReader(this IServiceCollection services) => services.AddWresFileReader(static _ => { });

    /// <summary>Adds the file reader as <see cref="AddWresFileReader(IServiceCollection)"/>, setting its options.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the reader's options (for example its degree of parallelism on a shared host).</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddWresFileReader(this IServiceCollection services, Action<WresFileReaderOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddWres();
        services.AddOptions<WresFileReaderOptions>().Configure(configure);
        services.TryAddSingleton(static provider => new WresFileReader(
            provider.GetRequiredService<WresCalculator>(),
            provider.GetRequiredService<IOptions<WresFileReaderOptions>>().Value,
            provider.GetService<ILogger<WresFileReader>>()));
        return services;
    }
}
