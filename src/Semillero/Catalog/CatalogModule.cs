using Microsoft.Extensions.DependencyInjection;

namespace Semillero.Catalog;

public static class CatalogModule
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddSingleton<CatalogChanges>();
        services.AddScoped<SavePath>();
        services.AddScoped<SaveCourse>();
        services.AddScoped<PublishPath>();
        services.AddScoped<ReadCatalog>();
        return services;
    }
}
