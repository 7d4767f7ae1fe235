using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Semillero.Data;

namespace Semillero.Tests.Infrastructure;

// Base for a test class that runs the product's use cases: the services as AddSemillero composes
// them for the web host and the CLI, on this test's database, with a fake clock the test moves.
// The clock starts at TestClock.Now unless the class passes another start. Derive `OnSqlite` and
// `OnPostgres` nested classes as for DatabaseTest.
public abstract class ProductTest(DatabaseProvider provider, DateTimeOffset? start = null) : DatabaseTest(provider)
{
    private ServiceProvider? _services;

    protected FakeTimeProvider Clock { get; } = new(start ?? TestClock.Now);

    protected ServiceProvider Services => _services ?? throw new InvalidOperationException("InitializeAsync has not run.");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _services = ProductServices.Build(Database, Clock);
    }

    public override async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    // One use case in a scope of its own, as a request or a command runs it.
    protected async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> run) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TService>());
    }

    protected async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> run)
    {
        await using var scope = Services.CreateAsyncScope();
        return await run(scope.ServiceProvider);
    }
}
