using Microsoft.Extensions.DependencyInjection;

namespace Semillero.LearningRecords;

public static class LearningRecordsModule
{
    public static IServiceCollection AddLearningRecords(this IServiceCollection services)
    {
        services.AddScoped<IdentityResolver>();
        services.AddScoped<StoreStatements>();
        services.AddScoped<QueryStatements>();
        return services;
    }
}
