using Microsoft.Extensions.Diagnostics.HealthChecks;
using Semillero.Data;

namespace Semillero.Web.Hosting;

internal sealed class DatabaseHealthCheck(SemilleroDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("database unreachable");
}
