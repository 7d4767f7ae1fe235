using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Semillero.Access;
using Semillero.Accounts;
using Semillero.Badges;
using Semillero.Data;
using Semillero.Learners;
using Semillero.LearningRecords;

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
            .AddSemilleroData(configuration)
            .AddLearners()
            .AddAccess()
            .AddAccounts(configuration)
            .AddLearningRecords()
            .AddBadges(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
