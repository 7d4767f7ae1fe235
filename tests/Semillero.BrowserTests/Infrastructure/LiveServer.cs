using Semillero.Data;
using Semillero.Tests.Infrastructure;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.BrowserTests.Infrastructure;

// The web host on a real Kestrel port, over a fresh test database, for Chromium to browse.
public sealed class LiveServer : IAsyncDisposable
{
    private LiveServer(TestDatabase database, SemilleroWebFactory factory)
    {
        Database = database;
        Factory = factory;
    }

    public TestDatabase Database { get; }

    public SemilleroWebFactory Factory { get; }

    public Uri BaseAddress => Factory.ClientOptions.BaseAddress;

    public static async Task<LiveServer> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var factory = new SemilleroWebFactory(database, settings);
        factory.UseKestrel(0);
        factory.StartServer();
        return new LiveServer(database, factory);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
