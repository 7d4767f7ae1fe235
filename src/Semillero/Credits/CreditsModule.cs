using Microsoft.Extensions.DependencyInjection;

namespace Semillero.Credits;

public static class CreditsModule
{
    public static IServiceCollection AddCredits(this IServiceCollection services)
    {
        services.AddScoped<CreditProgramVersions>();
        return services;
    }
}
