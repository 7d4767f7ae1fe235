using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Data;
using Semillero.Web.Access;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Access;

public abstract class AccessTableCoverageTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : AccessTableCoverageTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : AccessTableCoverageTests(DatabaseProvider.Postgres);

    [Fact]
    public void EveryMappedEndpoint_HasARuleInTheAccessTable_AndEveryRuleIsUsed()
    {
        _ = App.Server;
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var missing = endpoints.Select(e => e.Metadata.GetMetadata<MissingAccessRule>()?.Endpoint).OfType<string>().ToList();
        var used = endpoints.Select(e => e.Metadata.GetMetadata<AccessRule>()?.Endpoint).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unused = AccessTable.Rules.Select(r => r.Endpoint).Where(e => !used.Contains(e)).ToList();

        Assert.True(missing.Count == 0, "Endpoints without a rule in AccessTable: " + string.Join("; ", missing));
        Assert.True(unused.Count == 0, "Rules for endpoints that do not exist: " + string.Join("; ", unused));
        Assert.True(endpoints.Count > 20);
    }
}
