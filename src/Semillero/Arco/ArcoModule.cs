using Microsoft.Extensions.DependencyInjection;

namespace Semillero.Arco;

public static class ArcoModule
{
    public static IServiceCollection AddArco(this IServiceCollection services)
    {
        services.AddScoped<ArcoRequests>();
        services.AddScoped<MyData>();
        services.AddScoped<RectifyMyData>();
        services.AddScoped<CancelAccount>();
        return services;
    }
}
