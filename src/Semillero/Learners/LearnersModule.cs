using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Semillero.Learners;

public static class LearnersModule
{
    public static IServiceCollection AddLearners(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<RegisterLearner>();
        services.AddScoped<FindLearners>();
        services.AddScoped<ImportLearners>();
        services.AddScoped<RegistryCounts>();
        return services;
    }
}
