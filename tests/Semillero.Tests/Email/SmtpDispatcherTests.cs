using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Semillero.Data;
using Semillero.Email;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Email;

public abstract class SmtpDispatcherTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : SmtpDispatcherTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : SmtpDispatcherTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task Dispatch_WithSmtpConfigured_DeliversPendingMessagesAndMarksThemSent()
    {
        using var smtp = new TinySmtpServer();
        await using (var scope = Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<EmailOutbox>();
            outbox.Enqueue("ana@example.com", "Confirme su correo", "Hola, Ana:\nabra el enlace.", "confirmacion");
            outbox.Enqueue("luis@example.com", "Restablezca su contraseña", "Hola, Luis.", "restablecer");
            await scope.ServiceProvider.GetRequiredService<SemilleroDb>().SaveChangesAsync();
        }

        var options = Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, UseStartTls = false, From = "Semillero <no-responder@semillero.example>" });
        var dispatcher = new SmtpDispatcher(Services.GetRequiredService<IServiceScopeFactory>(), options, Clock, NullLogger<SmtpDispatcher>.Instance);

        var sent = await dispatcher.DispatchPendingAsync(default);

        Assert.Equal(2, sent);
        Assert.Equal(["<ana@example.com>", "<luis@example.com>"], smtp.Recipients.Order(StringComparer.Ordinal));
        Assert.Contains(smtp.Messages, m => m.Contains("abra el enlace", StringComparison.Ordinal));
        await using var db = Database.NewDb();
        Assert.All(await db.OutboxMessages.ToListAsync(), m => Assert.Equal((TestClock.Now.UtcDateTime, 1), (m.SentAt, m.Attempts)));
        Assert.Equal(0, await dispatcher.DispatchPendingAsync(default));
    }

    // Just enough of RFC 5321 to accept messages on loopback.
    private sealed class TinySmtpServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();

        public TinySmtpServer()
        {
            _listener.Start();
            _ = Task.Run(AcceptAsync);
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public List<string> Recipients { get; } = [];

        public List<string> Messages { get; } = [];

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                await using var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.UTF8);
                await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
                await writer.WriteLineAsync("220 localhost ESMTP");
                while (await reader.ReadLineAsync() is { } line)
                {
                    var command = line.ToUpperInvariant();
                    if (command.StartsWith("EHLO", StringComparison.Ordinal) || command.StartsWith("HELO", StringComparison.Ordinal))
                    {
                        await writer.WriteLineAsync("250-localhost");
                        await writer.WriteLineAsync("250 8BITMIME");
                    }
                    else if (command.StartsWith("RCPT TO:", StringComparison.Ordinal))
                    {
                        lock (Recipients)
                        {
                            Recipients.Add(line["RCPT TO:".Length..].Trim());
                        }

                        await writer.WriteLineAsync("250 OK");
                    }
                    else if (command == "DATA")
                    {
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var body = new StringBuilder();
                        while (await reader.ReadLineAsync() is { } data && data != ".")
                        {
                            body.AppendLine(data);
                        }

                        lock (Messages)
                        {
                            Messages.Add(body.ToString());
                        }

                        await writer.WriteLineAsync("250 OK queued");
                    }
                    else if (command == "QUIT")
                    {
                        await writer.WriteLineAsync("221 Bye");
                        break;
                    }
                    else
                    {
                        await writer.WriteLineAsync("250 OK");
                    }
                }
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            _stop.Dispose();
        }
    }
}
