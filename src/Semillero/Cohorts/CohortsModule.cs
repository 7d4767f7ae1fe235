using Microsoft.Extensions.DependencyInjection;

namespace Semillero.Cohorts;

public static class CohortsModule
{
    public static IServiceCollection AddCohorts(this IServiceCollection services)
    {
        services.AddScoped<CohortMessages>();
        services.AddScoped<CohortSeats>();
        services.AddScoped<SaveCohort>();
        services.AddScoped<ReviewCohort>();
        services.AddScoped<ReadCohorts>();
        services.AddScoped<ReadEnrolments>();
        services.AddScoped<EnrolInCohort>();
        services.AddScoped<WithdrawEnrolment>();
        services.AddScoped<ImportEnrolments>();
        return services;
    }
}
