using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Semillero.Access;

public static class AccessModule
{
    public static IServiceCollection AddAccess(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyCache>();
        services.AddScoped<CreateApiKey>();
        services.AddScoped<ApiKeyVerifier>();
        services.AddScoped<ListApiKeys>();
        services.AddScoped<RevokeApiKey>();
        return services;
    }
}
