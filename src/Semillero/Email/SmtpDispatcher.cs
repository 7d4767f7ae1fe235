using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Semillero.Data;

namespace Semillero.Email;

public sealed class SmtpOptions
{
    public const string Section = "Email:Smtp";

    // Empty means no SMTP: messages stay in the outbox for operators to read (the offline demo).
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "Semillero <no-responder@semillero.example>";

    public bool UseStartTls { get; set; } = true;
}

// Delivers outbox messages through SMTP when configured. At-least-once: a message is marked sent
// only after the server accepted it, and failures are retried with the reason kept.
public sealed partial class SmtpDispatcher(IServiceScopeFactory scopes, IOptions<SmtpOptions> options, TimeProvider clock, ILogger<SmtpDispatcher> logger) : BackgroundService
{
    public const int MaxAttempts = 10;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.Host))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogDispatchFailed(logger, ex.GetType().Name);
            }

            await Task.Delay(TimeSpan.FromSeconds(5), clock, stoppingToken);
        }
    }

    public async Task<int> DispatchPendingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
        var pending = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.Attempts < MaxAttempts)
            .OrderBy(m => m.CreatedAt)
            .Take(50)
            .ToListAsync(ct);
        if (pending.Count == 0)
        {
            return 0;
        }

        var o = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(o.Host!, o.Port, o.UseStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(o.Username))
        {
            await client.AuthenticateAsync(o.Username, o.Password ?? "", ct);
        }

        var sent = 0;
        foreach (var message in pending)
        {
            message.Attempts++;
            try
            {
                var mime = new MimeMessage();
                mime.From.Add(MailboxAddress.Parse(o.From));
                mime.To.Add(MailboxAddress.Parse(message.To));
                mime.Subject = message.Subject;
                mime.Body = new TextPart("plain") { Text = message.BodyText };
                await client.SendAsync(mime, ct);
                message.SentAt = clock.GetUtcNow().UtcDateTime;
                message.LastError = null;
                sent++;
            }
            catch (Exception ex) when (ex is SmtpCommandException or SmtpProtocolException or ParseException)
            {
                message.LastError = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
            }

            await db.SaveChangesAsync(ct);
        }

        await client.DisconnectAsync(true, ct);
        LogDispatched(logger, sent, pending.Count);
        return sent;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: {Sent} of {Count} messages delivered by SMTP")]
    private static partial void LogDispatched(ILogger logger, int sent, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch failed: {Error}")]
    private static partial void LogDispatchFailed(ILogger logger, string error);
}
