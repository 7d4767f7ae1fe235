using Microsoft.Extensions.DependencyInjection;

namespace Semillero.CohortResults;

public static class CohortResultsModule
{
    public static IServiceCollection AddCohortResults(this IServiceCollection services)
    {
        services.AddScoped<ReadOrganizationResults>();
        return services;
    }
}
