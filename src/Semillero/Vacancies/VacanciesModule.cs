using Microsoft.Extensions.DependencyInjection;

namespace Semillero.Vacancies;

public static class VacanciesModule
{
    public static IServiceCollection AddVacancies(this IServiceCollection services)
    {
        services.AddScoped<SaveVacancy>();
        services.AddScoped<PublishVacancy>();
        services.AddScoped<CloseVacancy>();
        services.AddScoped<SearchVacancies>();
        services.AddScoped<ReadVacancy>();
        return services;
    }
}
