using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Semillero.Data;
using Semillero.Tests.Infrastructure;

namespace Semillero.Web.Tests.Hosting;

// The address to listen on comes from the environment, as for any ASP.NET Core app
// (ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS, --urls); `dotnet run` gets 5080 from launchSettings.json.
public sealed class ListeningAddressTests
{
    [Fact]
    public async Task BuiltApp_ListensWhereAspNetCoreUrlsSays()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Semillero.Web.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (key, value) in database.Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        using var server = Process.Start(start)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            var deadline = Stopwatch.StartNew();
            HttpStatusCode? status = null;
            while (status is null && deadline.Elapsed < TimeSpan.FromSeconds(60) && !server.HasExited)
            {
                try
                {
                    status = (await client.GetAsync("/health")).StatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    await Task.Delay(200);
                }
            }

            Assert.False(server.HasExited, "the app exited instead of listening");
            Assert.Equal(HttpStatusCode.OK, status);
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }

            await server.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
