using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Semillero.Data;

namespace Semillero.Bench.LearningRecords;

// The real web app (Semillero.Web, Release, Production environment, its own runtimeconfig with server
// GC) in its own process, listening on loopback with Kestrel: the same process and HTTP stack a
// partner's Moodle or Open edX talks to. It runs from a private copy of the build output so a
// concurrent `dotnet build` of the solution cannot replace its files mid-run.
public sealed class LrsHost : IAsyncDisposable
{
    public const int PreferredPort = 5601;

    private readonly ConcurrentQueue<string> output = new();

    private LrsHost(Process process, Uri address)
    {
        Process = process;
        Address = address;
    }

    public Process Process { get; }

    public Uri Address { get; }

    // A copy of this benchmark's output folder, which holds Semillero.Web.dll with its deps.json and
    // runtimeconfig.json (ProjectReference to src/Semillero.Web).
    public static string CopyApp()
    {
        var source = AppContext.BaseDirectory;
        if (!File.Exists(Path.Combine(source, "Semillero.Web.dll")))
        {
            throw new InvalidOperationException($"Semillero.Web.dll is not in {source}; build the benchmark project (it references src/Semillero.Web).");
        }

        var target = Path.Combine(Path.GetTempPath(), $"semillero-bench-lrs-{Guid.NewGuid():N}");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }

    public static async Task<LrsHost> StartAsync(string appDirectory, DatabaseOptions database, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = IsFree(PreferredPort) ? PreferredPort : FreePort();
        if (port != PreferredPort)
        {
            await Console.Error.WriteLineAsync($"Port {PreferredPort} is taken; the LRS listens on {port}.");
        }

        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(appDirectory, "Semillero.Web.dll"), "--urls", address.ToString().TrimEnd('/')])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = appDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["ConnectionStrings__Semillero"] = database.ConnectionString;
        start.Environment["Database__SeedDemoData"] = "false";
        start.Environment["Database__MigrateOnStart"] = "true";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start Semillero.Web");
        var host = new LrsHost(process, address);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(180))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Semillero.Web exited with code {process.ExitCode}:\n{host.Output}");
            }

            try
            {
                if ((await probe.GetAsync("health")).StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        await host.DisposeAsync();
        throw new TimeoutException($"Semillero.Web did not answer /health within 180 s:\n{host.Output}");
    }

    // An xAPI client as Moodle and Open edX configure one: HTTP Basic with the key's ID and secret,
    // the version header on every request, keep-alive connections.
    public HttpClient CreateClient(string token)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            MaxConnectionsPerServer = 256,
            UseCookies = false,
            AllowAutoRedirect = false,
        };
        var client = new HttpClient(handler) { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(token.Replace('.', ':'))));
        client.DefaultRequestHeaders.Add("X-Experience-API-Version", "1.0.3");
        return client;
    }

    // The last lines the app wrote, for error messages.
    public string Output => string.Join('\n', output);

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 200)
        {
            output.TryDequeue(out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            await Process.WaitForExitAsync();
        }

        Process.Dispose();
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
