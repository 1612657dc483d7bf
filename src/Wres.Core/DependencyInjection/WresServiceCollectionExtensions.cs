using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Wres.Core.Board;
using Wres.Core.Casework;
using Wres.Core.Ethnicity;
using Wres.Core.PayGaps;
using Wres.Core.Recruitment;
using Wres.Core.Survey;
using Wres.Core.Training;
using Wres.Core.Validation;
using Wres.Core.Workforce;

namespace Wres.Core.DependencyInjection;

/// <summary>Registers Wres.Core with a dependency-injection container.</summary>
public static class WresServiceCollectionExtensions
{
    /// <summary>Adds Wres.Core with the default options.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddWres(this IServiceCollection services) => services.AddWres(static _ => { });

    /// <summary>
    /// Adds Wres.Core: the options (validated at once), the ethnicity classifier, the record validators
    /// and the calculator, all as singletons. Calling it again registers nothing twice; its
    /// <paramref name="configure"/> is applied to the same options, which are validated again.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets options.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ValidationException">The configured options are invalid.</exception>
    public static IServiceCollection AddWres(this IServiceCollection services, Action<WresOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        var options = FindOptions(services);
        if (options is null)
        {
            options = new WresOptions();
            services.TryAddSingleton(options);
        }

        configure(options);
        new WresOptionsValidator().ValidateAndThrow(options);

        services.TryAddSingleton(static sp => new EthnicityClassifier(sp.GetRequiredService<WresOptions>().Ethnicity));
        services.TryAddSingleton(static sp => new WresCalculator(sp.GetRequiredService<WresOptions>()));
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

    private static WresOptions? FindOptions(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(WresOptions) && !descriptor.IsKeyedService)
            {
                return descriptor.ImplementationInstance as WresOptions
                    ?? throw new InvalidOperationException("WresOptions is registered in a way AddWres cannot configure; register it only through AddWres.");
            }
        }

        return null;
    }
}
