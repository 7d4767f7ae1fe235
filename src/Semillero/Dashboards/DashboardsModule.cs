using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Semillero.Dashboards;

public sealed class DashboardOptions
{
    public const string Section = "Dashboards";

    // How often the web host rolls up new records into the KPI cells. Zero turns the background
    // rollup off (then `semillero kpis rollup`, e.g. from cron, does the work).
    public TimeSpan RollupEvery { get; set; } = TimeSpan.FromSeconds(2);

    // The first month the program counts (the default start of every dashboard period).
    public DateOnly ProgramStart { get; set; } = new(2025, 1, 1);
}

public static class DashboardsModule
{
    public static IServiceCollection AddDashboards(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DashboardOptions>()
            .Bind(configuration.GetSection(DashboardOptions.Section))
            .Validate(o => o.RollupEvery >= TimeSpan.Zero, "Dashboards:RollupEvery cannot be negative.")
            .ValidateOnStart();
        services.AddSingleton<RollupCursor>();
        services.AddSingleton<KpiCube>();
        services.AddScoped<KpiRollup>();
        services.AddScoped<ReadKpis>();
        services.AddScoped<KpiTargets>();
        services.AddHostedService<KpiRollupWorker>();
        services.AddHostedService<KpiCubeWarmUp>();
        return services;
    }
}

// Loads the web process's copy of the KPI cells as the host starts, so the first dashboard request
// after a deploy or a restart does not wait for it (10–20 s at 1M statements, BENCHMARKS.md). A
// request arriving meanwhile waits for this load rather than starting its own.
public sealed partial class KpiCubeWarmUp(IServiceScopeFactory scopes, KpiCube cube, ILogger<KpiCubeWarmUp> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the host's start path: the site answers while the copy loads.
        await Task.Yield();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await cube.RefreshAsync(scope.ServiceProvider.GetRequiredService<Data.SemilleroDb>(), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // The first request loads it instead. Only the type: a message could quote a value.
            WarmUpFailed(log, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Loading the KPI cells at start failed ({Error}); the first dashboard request will load them")]
    private static partial void WarmUpFailed(ILogger logger, string error);
}

// Rolls up new records every Dashboards:RollupEvery, and straight on while a backlog remains.
public sealed partial class KpiRollupWorker(
    IServiceScopeFactory scopes, RollupCursor cursor, IOptions<DashboardOptions> options, ILogger<KpiRollupWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = options.Value.RollupEvery;
        if (every == TimeSpan.Zero)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<KpiRollup>().RunRoundAsync(cursor, stoppingToken);
                more = result.MoreWaiting;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The sources keep the work; the next round retries it. Only the exception type: a
                // message may quote a value from a person's record.
                cursor.Reset();
                RollupFailed(log, e.GetType().Name, every);
            }

            if (!more)
            {
                try
                {
                    await Task.Delay(every, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "KPI rollup round failed ({Error}); retrying in {Interval}")]
    private static partial void RollupFailed(ILogger logger, string error, TimeSpan interval);
}
