using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;

namespace Semillero.Organizations;

public static class OrganizationsModule
{
    public static IServiceCollection AddOrganizations(this IServiceCollection services)
    {
        services.AddScoped<RegisterOrganization>();
        services.AddScoped<RegisterOrganizationAccount>();
        services.AddScoped<UpdateOrganization>();
        services.AddScoped<VerifyOrganization>();
        services.AddScoped<RejectOrganization>();
        services.AddScoped<ReadOrganizations>();
        services.AddScoped<OrganizationAccess>();
        services.AddScoped<ManageMembers>();
        services.AddScoped<ManageOrganizationKeys>();
        services.AddScoped<IOrganizationLookup, OrganizationLookup>();
        return services;
    }
}
