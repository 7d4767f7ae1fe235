using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;

namespace Semillero.Companies;

public static class CompaniesModule
{
    public static IServiceCollection AddCompanies(this IServiceCollection services)
    {
        services.AddScoped<RegisterCompany>();
        services.AddScoped<UpdateCompany>();
        services.AddScoped<VerifyCompany>();
        services.AddScoped<RejectCompany>();
        services.AddScoped<RegisterCompanyAccount>();
        services.AddScoped<ReadCompanies>();
        services.AddScoped<ICompanyLookup, CompanyLookup>();
        return services;
    }
}
