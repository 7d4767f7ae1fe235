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
        services.AddScoped<PublishCreditProgram>();
        services.AddScoped<SaveCreditPool>();
        services.AddScoped<ReadCreditPools>();
        services.AddScoped<VouchingAccess>();
        services.AddScoped<GenerateVouchingCodes>();
        services.AddScoped<RevokeVouchingCode>();
        services.AddScoped<ReadVouchingCodes>();
        return services;
    }
}
