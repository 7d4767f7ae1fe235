using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Semillero.Data;
using Semillero.Tests.Infrastructure;

namespace Semillero.Web.Tests.Infrastructure;

// The real web host on a real, migrated test database. Every log line the app writes at its
// configured levels is captured, so tests can check that no personal data reaches the logs.
public sealed class SemilleroWebFactory(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    // Each host would otherwise hold inotify instances — appsettings*.json reload, and the web root
    // watched for asp-append-version — and the suite runs more hosts at once than Linux's default
    // per-user limit (128) allows: no config reload, and file providers poll instead.
    static SemilleroWebFactory()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    public ConcurrentQueue<string> Logs { get; } = new();

    public TestDatabase Database => database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in database.Settings.Concat(settings ?? new Dictionary<string, string?>()))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(new CapturingLoggerProvider(Logs)));
    }

    public async Task<HttpClient> ClientWithKeyAsync(string role, string name = "Sistema de prueba")
    {
        await using var scope = Services.CreateAsyncScope();
        var created = await TestOrganizations.CreateKeyAsync(scope.ServiceProvider, role, name);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Token);
        return client;
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> sink) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, sink);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}

// Base for HTTP tests on both engines.
#pragma warning disable CA1001 // Disposed in IAsyncLifetime.DisposeAsync, which xUnit always calls.
public abstract class WebTest(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;
    private SemilleroWebFactory? _factory;

    protected SemilleroWebFactory App => _factory ?? throw new InvalidOperationException("not initialised");

    protected TestDatabase Database => _database ?? throw new InvalidOperationException("not initialised");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _factory = new SemilleroWebFactory(_database);
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
#pragma warning restore CA1001
