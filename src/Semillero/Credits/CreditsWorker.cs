using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Semillero.Credits;

public sealed class CreditsOptions
{
    public const string Section = "Credits";

    // How often the web host delivers awards still waiting for codes and sends expiry reminders.
    // Zero turns the background pass off (then `semillero creditos codigos entregar` and
    // `semillero creditos recordatorios`, e.g. from cron, do the work).
    public TimeSpan RunEvery { get; set; } = TimeSpan.FromHours(1);
}

// Every Credits:RunEvery: delivers the awards waiting for codes and sends the 60- and 30-day
// reminders. The first pass waits one interval: delivery already runs right after an import and an
// approval, so this is the safety net, not the first line. Both steps are safe when two hosts run
// them at once (conditional UPDATEs), and a failed pass is logged and retried at the next tick.
public sealed partial class CreditsWorker(IServiceScopeFactory scopes, IOptions<CreditsOptions> options, TimeProvider clock, ILogger<CreditsWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = options.Value.RunEvery;
        if (every <= TimeSpan.Zero)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var delivered = await scope.ServiceProvider.GetRequiredService<DeliverCredits>().DeliverPendingAsync(stoppingToken);
                var reminded = await scope.ServiceProvider.GetRequiredService<SendCreditReminders>().RunAsync(stoppingToken);
                LogPass(logger, delivered.Delivered, delivered.Waiting, reminded.Sent);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex.GetType().Name);
            }
        }
    }

    // Counts only.
    [LoggerMessage(Level = LogLevel.Information, Message = "Credits pass: {Delivered} awards delivered, {Waiting} waiting for codes, {Reminders} reminders sent")]
    private static partial void LogPass(ILogger logger, int delivered, int waiting, int reminders);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Credits pass failed: {Error}; retried at the next tick")]
    private static partial void LogFailed(ILogger logger, string error);
}
