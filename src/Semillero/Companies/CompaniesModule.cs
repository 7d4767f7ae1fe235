using Microsoft.Extensions.DependencyInjection;
using Semillero.Vacancies;

namespace Semillero.Companies;

public static class CompaniesModule
{
    // Companies and their vacancies: a vacancy has no life without its company.
    public static IServiceCollection AddCompanies(this IServiceCollection services)
    {
        services.AddScoped<RegisterCompany>();
        services.AddScoped<UpdateCompany>();
        services.AddScoped<VerifyCompany>();
        services.AddScoped<RejectCompany>();
        services.AddScoped<RegisterCompanyAccount>();
        services.AddScoped<ReadCompanies>();
        services.AddScoped<SaveVacancy>();
        services.AddScoped<PublishVacancy>();
        services.AddScoped<CloseVacancy>();
        services.AddScoped<SearchVacancies>();
        services.AddScoped<ReadVacancy>();
        services.AddScoped<Demo.SeedDemoCompanies>();
        return services;
    }
}
