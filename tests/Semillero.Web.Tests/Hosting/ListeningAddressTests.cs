using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Semillero.Data;
using Semillero.Tests.Infrastructure;

namespace Semillero.Web.Tests.Hosting;

// The address to listen on comes from the environment, as for any ASP.NET Core app
// (ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS, --urls), with http://localhost:5080 when none is set.
public sealed class ListeningAddressTests
{
    [Fact]
    public async Task BuiltApp_ListensWhereAspNetCoreUrlsSays()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var port = FreePort();
        using var server = Process.Start(WebApp(database, $"http://127.0.0.1:{port}"))!;
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

    [Fact]
    public async Task TakenPort_StopsAtOnce_WithOneSentence()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var taken = $"http://127.0.0.1:{((IPEndPoint)other.LocalEndpoint).Port}";

        using var server = Process.Start(WebApp(database, taken))!;
        var error = server.StandardError.ReadToEndAsync();
        var output = server.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await server.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, server.ExitCode);
        Assert.Equal($"Semillero cannot start: {taken} is already in use by another program. Stop it, or choose another address, e.g. ASPNETCORE_URLS=http://localhost:5081 with Site__PublicUrl=http://localhost:5081.", (await error).Trim());
        // Before migrating or seeding anything, and without a stack trace.
        Assert.DoesNotContain("migrated", await output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", await output, StringComparison.Ordinal);
    }

    private static ProcessStartInfo WebApp(TestDatabase database, string urls)
    {
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
        start.Environment["ASPNETCORE_URLS"] = urls;
        // Migrating at start (as the embedded default does) shows whether the check came first.
        start.Environment["Database__MigrateOnStart"] = "true";
        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
