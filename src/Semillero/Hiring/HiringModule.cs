using Microsoft.Extensions.DependencyInjection;

namespace Semillero.Hiring;

public static class HiringModule
{
    public static IServiceCollection AddHiring(this IServiceCollection services)
    {
        services.AddScoped<HiringMessages>();
        services.AddScoped<InviteCandidate>();
        services.AddScoped<RespondToInvitation>();
        services.AddScoped<ApplyToVacancy>();
        services.AddScoped<MoveApplication>();
        services.AddScoped<RecordPlacement>();
        services.AddScoped<ListVacancyApplications>();
        services.AddScoped<CountApplications>();
        services.AddScoped<ReadApplication>();
        services.AddScoped<ListMyApplications>();
        services.AddScoped<SkillsGap>();
        return services;
    }
}
