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
        // Applications, review and decisions.
        services.AddScoped<CreditLedger>();
        services.AddScoped<CreditApproval>();
        services.AddScoped<CreditEligibility>();
        services.AddScoped<SubmitApplication>();
        services.AddScoped<WithdrawApplication>();
        services.AddScoped<AssignReviewers>();
        services.AddScoped<ManageReviewers>();
        services.AddScoped<DeclareConflict>();
        services.AddScoped<SubmitReview>();
        services.AddScoped<DecideApplication>();
        services.AddScoped<ReadCreditApplications>();

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
