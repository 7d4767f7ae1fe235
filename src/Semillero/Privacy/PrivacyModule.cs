using Microsoft.Extensions.DependencyInjection;

namespace Semillero.Privacy;

public static class PrivacyModule
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSingleton(PrivacyNotices.Published);
        services.AddSingleton<LearnerChanges>();
        services.AddSingleton<LearnerChanges>();
        services.AddScoped<Consents>();
        services.AddScoped<AuditLog>();
        return services;
    }
}
