using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;

namespace Semillero.Web.Hosting;

// Where the site listens. The ecosystem's settings decide (ASPNETCORE_URLS, `Urls`, `--urls`,
// ASPNETCORE_HTTP_PORTS, Kestrel:Endpoints); with none of them, http://localhost:5080. The default
// lives here rather than in launchSettings.json's applicationUrl, because `dotnet run` lets a launch
// profile's address override the environment's ASPNETCORE_URLS.
public static class ListenAddress
{
    public const string Default = "http://localhost:5080";

    public static WebApplicationBuilder UseDefaultAddress(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (string.IsNullOrWhiteSpace(configuration["urls"]) && string.IsNullOrWhiteSpace(configuration["http_ports"])
            && string.IsNullOrWhiteSpace(configuration["https_ports"]) && !configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(Default);
        }

        return builder;
    }

    // The first configured address another process already listens on, found before the database
    // is migrated and seeded, so a taken port costs one sentence rather than a start-up and a stack
    // trace. Only Kestrel listening on the configured `urls` is checked (the HTTP tests' in-memory
    // server listens on nothing; addresses Kestrel is given in code are its own business).
    public static string? TakenAddress(this WebApplication app)
    {
        // Kestrel's server type is internal; the HTTP tests replace it with an in-memory one.
        var kestrel = app.Services.GetService<IServer>()?.GetType().Namespace?.StartsWith("Microsoft.AspNetCore.Server.Kestrel", StringComparison.Ordinal) == true;
        if (!kestrel || app.Configuration["urls"] is not { Length: > 0 } urls)
        {
            return null;
        }

        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Endpoint(url) is { Port: > 0 } endpoint && IsTaken(endpoint))
            {
                return url;
            }
        }

        return null;
    }

    private static IPEndPoint? Endpoint(string url)
    {
        // "http://*:5080" and "http://+:5080" are not valid URIs; they mean every address.
        var uri = Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var u) ? u : null;
        if (uri is null)
        {
            return null;
        }

        var address = uri.IsLoopback && uri.HostNameType == UriHostNameType.Dns ? IPAddress.Loopback
            : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) ? ip
            : null;
        return address is null ? null : new IPEndPoint(address, uri.Port);
    }

    private static bool IsTaken(IPEndPoint endpoint)
    {
        try
        {
            using var probe = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            probe.Bind(endpoint);
            return false;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return true;
        }
        catch (SocketException)
        {
            // Not ours to judge (an address this machine does not have): Kestrel will say.
            return false;
        }
    }
}
