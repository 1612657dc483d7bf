using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Wres.Core;
using Wres.Core.Board;
using Wres.Core.Casework;
using Wres.Core.DependencyInjection;
using Wres.Core.Ethnicity;
using Wres.Core.PayGaps;
using Wres.Core.Recruitment;
using Wres.Core.Survey;
using Wres.Core.Training;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Wres.Core with a dependency-injection container, the Microsoft.Extensions way.</summary>
/// <example>
/// <code>
/// builder.Services.AddWres(builder.Configuration.GetSection("Wres"));
/// // or: builder.Services.AddWres(options =&gt; options.Ethnicity.BmeLabel = "Global majority");
/// var calculator = app.Services.GetRequiredService&lt;WresCalculator&gt;();
/// </code>
/// </example>
public static class WresServiceCollectionExtensions
{
    /// <summary>Adds Wres.Core with the default options.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddWres(this IServiceCollection services) => services.AddWres(static _ => { });

    /// <summary>
    /// Adds Wres.Core: <see cref="WresOptions"/> through <c>AddOptions&lt;WresOptions&gt;()</c>, validated when the host
    /// starts (<c>ValidateOnStart</c>; invalid options throw <see cref="OptionsValidationException"/>), and the
    /// calculator, the ethnicity classifier and the record validators as singletons built from that same options
    /// instance (<c>IOptions&lt;WresOptions&gt;.Value</c>, also resolvable as <see cref="WresOptions"/>). Calling it again
    /// registers nothing twice; every <paramref name="configure"/> is applied, in order.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets options.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddWres(this IServiceCollection services, Action<WresOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return AddServices(services, services.AddOptions<WresOptions>().Configure(configure));
    }

    /// <summary>
    /// Adds Wres.Core with its options bound from a configuration section (for example
    /// <c>configuration.GetSection("Wres")</c>): every option binds, codes, staff groups, segments and the mapping file's
    /// <c>Mapping</c> section included, and a key that is not a Wres option is an error rather than ignored. Validated
    /// when the host starts, as <see cref="AddWres(IServiceCollection, Action{WresOptions})"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddWres(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return AddServices(services, services.AddOptions<WresOptions>().Configure(options => WresOptionsBinder.Bind(configuration, options)));
    }

    private static IServiceCollection AddServices(IServiceCollection services, OptionsBuilder<WresOptions> options)
    {
        if (!services.Any(d => d.ServiceType == typeof(IValidateOptions<WresOptions>) && d.ImplementationType == typeof(WresOptionsValidation)))
        {
            options.ValidateOnStart();
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WresOptions>, WresOptionsValidation>());
        services.TryAddSingleton(static sp => sp.GetRequiredService<IOptions<WresOptions>>().Value);
        services.TryAddSingleton(static sp => new EthnicityClassifier(sp.GetRequiredService<IOptions<WresOptions>>().Value.Ethnicity));
        services.TryAddSingleton(static sp => new WresCalculator(sp.GetRequiredService<IOptions<WresOptions>>().Value));
        services.TryAddSingleton<IValidator<WresOptions>, WresOptionsValidator>();
        services.TryAddSingleton<IValidator<StaffAssignment>, StaffAssignmentValidator>();
        services.TryAddSingleton<IValidator<JobApplication>, JobApplicationValidator>();
        services.TryAddSingleton<IValidator<EmployeeRelationsCase>, EmployeeRelationsCaseValidator>();
        services.TryAddSingleton<IValidator<TrainingRecord>, TrainingRecordValidator>();
        services.TryAddSingleton<IValidator<BoardMember>, BoardMemberValidator>();
        services.TryAddSingleton<IValidator<SurveyResult>, SurveyResultValidator>();
        services.TryAddSingleton(static sp => new PayGapCalculator(sp.GetRequiredService<WresOptions>()));
        services.TryAddSingleton<IValidator<PayRecord>, PayRecordValidator>();
        return services;
    }
}
