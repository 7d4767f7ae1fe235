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
        return services;
    }
}
