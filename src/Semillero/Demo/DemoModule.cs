using Microsoft.Extensions.DependencyInjection;

namespace Semillero.Demo;

// The demo data is built with the features' own use cases, so it depends on them and none of them
// on it.
public static class DemoModule
{
    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddScoped<SeedDemoLearners>();
        services.AddScoped<SeedDemoAccounts>();
        services.AddScoped<SeedDemoLearning>();
        services.AddScoped<SeedDemoTalent>();
        services.AddScoped<SeedDemoCompanies>();
        services.AddScoped<SeedDemoOrganizations>();
        services.AddScoped<SeedDemoCohorts>();
        services.AddScoped<SeedDemoProgress>();
        services.AddScoped<SeedDemoActivity>();
        services.AddScoped<SeedDemoDiagnostics>();
        services.AddScoped<SeedDemoData>();
        return services;
    }
}
