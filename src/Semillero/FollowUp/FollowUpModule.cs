using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Semillero.FollowUp;

public sealed class FollowUpOptions
{
    public const string Section = "FollowUp";

    // How often the web host runs a follow-up pass (it also runs one at start). Zero turns the
    // background pass off (then `semillero followup run`, e.g. from cron, does the work).
    public TimeSpan RunEvery { get; set; } = TimeSpan.FromHours(1);
}

public static class FollowUpModule
{
    // Needs AddAccounts beside it (data-protection key ring, email outbox, Site:PublicUrl).
    public static IServiceCollection AddFollowUp(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<FollowUpOptions>()
            .Bind(configuration.GetSection(FollowUpOptions.Section))
            .Validate(o => o.RunEvery >= TimeSpan.Zero, "FollowUp:RunEvery cannot be negative.")
            .ValidateOnStart();
        services.AddSingleton<FollowUpLinks>();
        services.AddScoped<FollowUpMessages>();
        services.AddScoped<RunFollowUps>();
        services.AddScoped<AnswerFollowUp>();
        services.AddScoped<FollowUpOutcomes>();
        services.AddHostedService<FollowUpScheduler>();
        return services;
    }
}

// Runs a follow-up pass at start and then every FollowUp:RunEvery. A failed pass is logged and
// retried at the next tick; passes are idempotent, so overlapping hosts do no harm.
public sealed partial class FollowUpScheduler(IServiceScopeFactory scopes, IOptions<FollowUpOptions> options, TimeProvider clock, ILogger<FollowUpScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = options.Value.RunEvery;
        if (every <= TimeSpan.Zero)
        {
            return;
        }

        // Off the host's start-up path: the first pass runs once the host is up.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<RunFollowUps>().RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex.GetType().Name);
            }

            try
            {
                await Task.Delay(every, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // The host is stopping (or failed to start): not a failure of the scheduler.
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Follow-up pass failed: {Error}; retried at the next tick")]
    private static partial void LogFailed(ILogger logger, string error);
}
