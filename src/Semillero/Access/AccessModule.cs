using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Semillero.Access;

public static class AccessModule
{
    public static IServiceCollection AddAccess(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyCache>();
        services.AddOptions<ApiKeyThrottleOptions>()
            .BindConfiguration(ApiKeyThrottleOptions.Section)
            .Validate(o => o.FailuresPerAddressPerMinute > 0 && o.FailuresPerKeyPerMinute > 0, "RateLimits:ApiKeys limits must be positive.")
            .ValidateOnStart();
        services.AddSingleton<ApiKeyThrottle>();
        services.AddScoped<AuthenticateApiKey>();
        services.AddScoped<CreateApiKey>();
        services.AddScoped<ApiKeyVerifier>();
        services.AddScoped<ListApiKeys>();
        services.AddScoped<RevokeApiKey>();
        return services;
    }
}
