using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Tests.Infrastructure;

namespace Semillero.Web.Tests.LearningRecords;

// An acknowledged statement is never lost: the real server process is killed with SIGKILL while
// clients stream statements; after a restart every statement that got a 200 is there exactly once.
public abstract class KillAndRestartTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : KillAndRestartTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : KillAndRestartTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task StatementsAcknowledgedBeforeSigkill_AreAllThereExactlyOnceAfterRestart()
    {
        string token;
        await using (var db = Database.NewDb())
        {
            token = (await Semillero.Tests.Infrastructure.TestOrganizations.CreateKeyAsync(db, TimeProvider.System, Roles.Aliado, "Proveedor")).Token;
        }

        var port = FreePort();
        using var server = Start(port);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(token.Replace('.', ':'))));
        client.DefaultRequestHeaders.Add("X-Experience-API-Version", "1.0.3");
        await WaitUntilUpAsync(client);

        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var batch = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
                var body = "[" + string.Join(',', batch.Select(id => Statement(id, w))) + "]";
                try
                {
                    var response = await client.PostAsync("/xapi/statements", new StringContent(body, Encoding.UTF8, "application/json"));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        batch.ForEach(acknowledged.Add);
                    }
                }
                catch (HttpRequestException)
                {
                    return; // the server is gone
                }
                catch (TaskCanceledException)
                {
                    return;
                }
            }
        })).ToList();

        while (acknowledged.Count < 200)
        {
            await Task.Delay(20);
        }

        server.Kill(entireProcessTree: true);
        await server.WaitForExitAsync();
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        using var restarted = Start(port);
        try
        {
            await WaitUntilUpAsync(client);
            await using var db = Database.NewDb();
            var stored = await db.Statements.Select(s => s.Id).ToListAsync();
            Assert.Equal(stored.Count, stored.Distinct().Count());
            var missing = acknowledged.Except(stored).ToList();
            Assert.True(missing.Count == 0, $"{missing.Count} of {acknowledged.Count} acknowledged statements were lost");
        }
        finally
        {
            restarted.Kill(entireProcessTree: true);
            await restarted.WaitForExitAsync();
        }
    }

    private Process Start(int port)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Semillero.Web.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (key, value) in Database.Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilUpAsync(HttpClient client)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the server did not start");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Statement(Guid id, int writer) => JsonSerializer.Serialize(new
    {
        id,
        actor = new { mbox = $"mailto:aprendiz{writer}@example.com" },
        verb = new { id = "http://adlnet.gov/expapi/verbs/experienced", display = new Dictionary<string, string> { ["en"] = "experienced" } },
        @object = new { id = $"https://cursos.proveedor.example/actividad/{id}", objectType = "Activity" },
    });
}
