using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Semillero.Badges.Credentials;

namespace Semillero.Badges;

public static class BadgesModule
{
    // Needs AddAccounts (Data Protection key ring, Site:PublicUrl) and AddLearningRecords (the path
    // completion signal) beside it.
    public static IServiceCollection AddBadges(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BadgeOptions>()
            .Bind(configuration.GetSection(BadgeOptions.Section))
            .Validate(o => PublicSigningKey.TryParseAlgorithm(o.Algorithm, out _), "Badges:Algorithm must be RS256 or ES256.")
            .ValidateOnStart();
        services.AddMemoryCache();
        services.AddSingleton<BadgeAddresses>();
        services.AddSingleton<CredentialSigner>();
        services.AddSingleton<CredentialVerifier>();
        services.AddScoped<SigningKeyStore>();
        services.AddScoped<RotateSigningKey>();
        services.AddScoped<StatusListPublisher>();
        services.AddScoped<IssueBadges>();
        services.AddScoped<RevokeBadge>();
        services.AddScoped<VerifyBadge>();
        services.AddScoped<ListLearnerBadges>();
        services.AddScoped<ReadLearnerAchievements>();
        services.AddHostedService<BadgeIssuer>();
        return services;
    }
}
