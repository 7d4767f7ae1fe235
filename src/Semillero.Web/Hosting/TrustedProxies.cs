using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Semillero.Web.Hosting;

// Behind a TLS-terminating proxy the app sees the proxy's address and plain HTTP. X-Forwarded-For and
// X-Forwarded-Proto, when they come from a trusted proxy, give back the client's address (for rate
// limits and the API-key throttle) and the scheme (for HSTS and Secure cookies). Two switches:
//
// - ASPNETCORE_FORWARDEDHEADERS_ENABLED=true, ASP.NET Core's own: the headers are honoured from
//   whoever sends them. Only for a deployment where nothing but the proxy can reach the app.
// - ForwardedHeaders__KnownProxies (addresses) and/or ForwardedHeaders__KnownNetworks (CIDR), comma
//   separated or as a list (ForwardedHeaders__KnownProxies__0=…): honoured only from those senders,
//   and through a chain of them; headers from anyone else are ignored. Setting either is enough to
//   turn forwarding on, and they restrict the built-in switch too.
//
// Without either, forwarded headers are ignored (the default ASP.NET Core behaviour).
public static class TrustedProxies
{
    public const string Section = "ForwardedHeaders";

    // ASP.NET Core's key for ASPNETCORE_FORWARDEDHEADERS_ENABLED; when it is on, the framework adds
    // the middleware itself, first in the pipeline.
    private const string BuiltInSwitch = "ForwardedHeaders_Enabled";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Values(configuration.GetSection($"{Section}:KnownProxies"))
            .Select(v => IPAddress.TryParse(v, out var ip) ? ip : throw new InvalidOperationException($"{Section}:KnownProxies: «{v}» is not an IP address."))
            .ToList();
        var networks = Values(configuration.GetSection($"{Section}:KnownNetworks"))
            .Select(v => System.Net.IPNetwork.TryParse(v, out var n) ? n : throw new InvalidOperationException($"{Section}:KnownNetworks: «{v}» is not a network in CIDR notation (10.0.0.0/8)."))
            .ToList();
        var builtIn = string.Equals(configuration[BuiltInSwitch], "true", StringComparison.OrdinalIgnoreCase);
        var listed = proxies.Count > 0 || networks.Count > 0;
        services.AddSingleton(new ProxySettings(AddMiddleware: listed && !builtIn));
        if (!listed)
        {
            return services;
        }

        // After the framework's own setup (which, with the built-in switch, trusts everyone).
        services.PostConfigure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(proxy);
            }

            foreach (var network in networks)
            {
                o.KnownIPNetworks.Add(network);
            }

            // Walk the whole chain right to left while each hop is a listed proxy; the first address
            // not listed is the client.
            o.ForwardLimit = null;
        });
        return services;
    }

    // First in the pipeline, so everything after it sees the client's address and scheme.
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<ProxySettings>().AddMiddleware ? app.UseForwardedHeaders() : app;

    private static IEnumerable<string> Values(IConfigurationSection section)
    {
        var values = section.GetChildren().Select(c => c.Value).Append(section.Value);
        return values
            .SelectMany(v => (v ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private sealed record ProxySettings(bool AddMiddleware);
}
