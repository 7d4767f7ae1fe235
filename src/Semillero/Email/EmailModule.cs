using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Semillero.Email;

public static class EmailModule
{
    // The outbox is written by every feature that tells people something; SmtpDispatcher (a hosted
    // service the web host adds) sends it.
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiteOptions>().Bind(configuration.GetSection(SiteOptions.Section));
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section));
        services.AddScoped<EmailOutbox>();
        return services;
    }
}
