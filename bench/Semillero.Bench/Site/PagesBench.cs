using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Semillero.Bench.LearningRecords;
using Semillero.Data;
using Semillero.Demo;

namespace Semillero.Bench.Site;

public sealed record PagesBenchOptions(int Requests, int Runs);

// What a person's main pages cost to serve, as the run command's demo has them (20,000 learners,
// catalog, companies, targets): the web app in its own process (Release, Production), each role
// signed in with its demo account, each page requested in turn. The raw baseline, measured in the
// same run over the same connection, is a static file (/favicon.svg): the pipeline with no page
// behind it. Figures are ratios to it, medians over the runs, plus each page's HTML weight.
public static partial class PagesBench
{
    private static readonly (string? Role, string Path)[] Pages =
    [
        (null, "/"),
        (null, "/catalogo"),
        (null, "/avance"),
        (null, "/vacantes"),
        (null, "/verificar"),
        ("aprendiz", "/mi-aprendizaje/inicio"),
        ("aprendiz", "/mi-aprendizaje"),
        ("aprendiz", "/mi-aprendizaje/insignias"),
        ("aprendiz", "/mis-datos"),
        ("empresa", "/empresa"),
        ("empresa", "{candidatos}"),
        ("empresa", "{candidatos}?cumple=true&verificadas=true&vista=compacta"),
        ("empresa", "{candidatos}?estado=14&disponibilidad=Inmediata"),
        ("aliado", "/operacion/aprendizaje"),
        ("operador", "/operacion"),
        ("analista", "/operacion/avance"),
        ("analista", "/operacion/avance?estado=14"),
    ];

    public static async Task RunAsync(PagesBenchOptions options)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"semillero-bench-pages-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var database = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Path.Combine(directory, "demo.db")}" };
        var app = LrsHost.CopyApp();
        var started = Stopwatch.StartNew();
        // The build output holds no wwwroot (a published app would): serve the repository's.
        var webRoot = Path.Combine(Environment.CurrentDirectory, "src", "Semillero.Web", "wwwroot");
        if (!Directory.Exists(webRoot))
        {
            throw new InvalidOperationException($"{webRoot} not found: run from the repository root (scripts/bench.sh does).");
        }

        await using var host = await LrsHost.StartAsync(app, database, new Dictionary<string, string>
        {
            ["Database__SeedDemoData"] = "true",
            ["ASPNETCORE_WEBROOT"] = webRoot,
        });
        Console.WriteLine($"Demo seeded and listening in {started.Elapsed.TotalSeconds:F1} s ({host.Address}).");

        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal) { [""] = Client(host) };
        foreach (var account in SeedDemoAccounts.Accounts)
        {
            clients[account.Role] = await SignedInAsync(host, account.Email);
        }

        var vacancy = VacancyLink().Match(await clients["empresa"].GetStringAsync("/empresa")).Groups[1].Value;
        var pages = Pages.Select(p => (Role: p.Role ?? "", Path: p.Path.Replace("{candidatos}", $"/empresa/vacantes/{vacancy}/candidatos", StringComparison.Ordinal))).ToList();

        var baseline = new List<double>();
        var timings = pages.ToDictionary(p => p, _ => new List<double>());
        var bytes = new Dictionary<(string Role, string Path), long>();
        for (var run = 0; run < options.Runs; run++)
        {
            // Warm-up: every page once (first-render compilation, caches).
            foreach (var page in pages)
            {
                bytes[page] = (await Fetch(clients[page.Role], page.Path)).Bytes;
            }

            baseline.Add(await MedianAsync(clients[""], "/favicon.svg", options.Requests));
            foreach (var page in pages)
            {
                timings[page].Add(await MedianAsync(clients[page.Role], page.Path, options.Requests));
            }

            Console.WriteLine($"Run {run + 1}/{options.Runs} done.");
        }

        var raw = Median(baseline);
        var css = (await Fetch(clients[""], "/css/site.css")).Bytes;
        Console.WriteLine();
        Console.WriteLine($"Revision {Environment.GetEnvironmentVariable("SEMILLERO_BENCH_REVISION") ?? "?"}; {options.Runs} runs × {options.Requests} sequential requests per page; medians of the runs' medians.");
        Console.WriteLine($"Raw baseline (static /favicon.svg): {raw:F2} ms. Stylesheet: {css / 1024.0:F1} KB (one file, cached).");
        Console.WriteLine();
        Console.WriteLine("| Role | Page | Median | × baseline | HTML |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var page in pages)
        {
            var median = Median(timings[page]);
            var shown = page.Path.Replace($"/empresa/vacantes/{vacancy}/candidatos", "/empresa/vacantes/{id}/candidatos", StringComparison.Ordinal);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {(page.Role.Length == 0 ? "visitor" : page.Role)} | `{shown}` | {median:F1} ms | {median / raw:F0}× | {bytes[page] / 1024.0:F1} KB |"));
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        Directory.Delete(app, recursive: true);
        Directory.Delete(directory, recursive: true);
    }

    // Cookies are carried by hand: the sign-in cookie is Secure, and a cookie container would not
    // send it over the benchmark's plain-HTTP loopback.
    private static HttpClient Client(LrsHost host) =>
        new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
        { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(2) };

    // The sign-in form as a browser posts it: the antiforgery cookie and token, email and password.
    private static async Task<HttpClient> SignedInAsync(LrsHost host, string email)
    {
        var client = Client(host);
        var cookies = new Dictionary<string, string>(StringComparer.Ordinal);
        using var formResponse = await client.GetAsync("/cuenta/entrar");
        Keep(formResponse, cookies);
        var token = AntiforgeryToken().Match(await formResponse.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/cuenta/entrar")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["correo"] = email,
                ["password"] = SeedDemoAccounts.Password,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        using var response = await client.SendAsync(post);
        Keep(response, cookies);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("/cuenta/entrar", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"{email} could not sign in ({(int)response.StatusCode}).");
        }

        client.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        return client;
    }

    private static void Keep(HttpResponseMessage response, Dictionary<string, string> cookies)
    {
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';')[0];
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            cookies[pair[..at]] = pair[(at + 1)..];
        }
    }

    private static async Task<(long Bytes, double Ms)> Fetch(HttpClient client, string path)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        watch.Stop();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}.");
        }

        return (body.LongLength, watch.Elapsed.TotalMilliseconds);
    }

    private static async Task<double> MedianAsync(HttpClient client, string path, int requests)
    {
        var times = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            times.Add((await Fetch(client, path)).Ms);
        }

        return Median(times);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("/empresa/vacantes/([0-9a-f-]{36})/candidatos")]
    private static partial Regex VacancyLink();
}
