using Microsoft.Extensions.DependencyInjection;

namespace Semillero.Credits;

public static class CreditsModule
{
    public static IServiceCollection AddCredits(this IServiceCollection services)
    {
        services.AddScoped<CreditProgramVersions>();

        // Credit codes: import, delivery, the startup's codes, reminders, and the program's figures.
        services.AddOptions<CreditsOptions>().BindConfiguration(CreditsOptions.Section)
            .Validate(o => o.RunEvery >= TimeSpan.Zero, "Credits:RunEvery cannot be negative.");
        services.AddSingleton<CreditCodeVault>();
        services.AddScoped<ImportCreditCodes>();
        services.AddScoped<DeliverCredits>();
        services.AddScoped<ReadCreditCodes>();
        services.AddScoped<ReadCreditCodeStock>();
        services.AddScoped<SendCreditReminders>();
        services.AddScoped<ReadExpiredCredits>();
        services.AddScoped<ReadCreditFigures>();
        services.AddHostedService<CreditsWorker>();
        return services;
    }
}
