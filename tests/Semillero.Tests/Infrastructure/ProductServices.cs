using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Semillero.Tests.Infrastructure;

// The product's services as the web host and CLI compose them, on a test database, with a fake clock.
public static class ProductServices
{
    public static ServiceProvider Build(TestDatabase database, FakeTimeProvider clock, Action<IServiceCollection>? configure = null)
    {
        var configuration = database.Configuration;
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddLogging()
            .AddSemillero(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
