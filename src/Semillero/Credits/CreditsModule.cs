using Microsoft.Extensions.DependencyInjection;

namespace Semillero.Credits;

public static class CreditsModule
{
    public static IServiceCollection AddCredits(this IServiceCollection services)
    {
        services.AddScoped<CreditProgramVersions>();
        services.AddScoped<SaveStartupProfile>();
        services.AddScoped<ReadStartupProfile>();
        services.AddScoped<BrowseStartups>();
        return services;
    }
}
