using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Privacy;

namespace Semillero.Email;

public sealed class SiteOptions
{
    public const string Section = "Site";

    // The address people reach the site at; links in emails start with it.
    public string PublicUrl { get; set; } = "http://localhost:5080";
}

public sealed record OutboxView(Guid Id, string To, string Subject, string BodyText, string Kind, DateTime CreatedAt, DateTime? SentAt, int Attempts, string? LastError);

public sealed class EmailOutbox(SemilleroDb db, AuditLog audit, TimeProvider clock)
{
    // Adds the message to the context; it is saved with the change that caused it.
    public OutboxMessage Enqueue(string to, string subject, string bodyText, string kind)
    {
        var now = clock.GetUtcNow();
        var message = new OutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            To = to,
            Subject = subject,
            BodyText = bodyText,
            Kind = kind,
            CreatedAt = now.UtcDateTime,
        };
        db.OutboxMessages.Add(message);
        return message;
    }

    public async Task<(IReadOnlyList<OutboxView> Items, int Total)> ListAsync(string? to, int page, int pageSize, CancellationToken ct)
    {
        var query = db.OutboxMessages.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(to))
        {
            var address = to.Trim().ToLowerInvariant();
            query = query.Where(m => m.To == address);
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(m => m.CreatedAt)
            .Skip((Math.Max(1, page) - 1) * Math.Clamp(pageSize, 1, 200)).Take(Math.Clamp(pageSize, 1, 200))
            .Select(m => new OutboxView(m.Id, m.To, m.Subject, m.BodyText, m.Kind, m.CreatedAt, m.SentAt, m.Attempts, m.LastError))
            .ToListAsync(ct);
        return (items, total);
    }

    // Messages carry learners' names and addresses: an operator reading them is an access to those
    // people's personal data, recorded like any other.
    public async Task RecordReadAsync(Actor actor, IEnumerable<string> recipients, string what, CancellationToken ct)
    {
        var addresses = recipients.Distinct(StringComparer.Ordinal).ToList();
        if (addresses.Count == 0)
        {
            return;
        }

        var learners = await db.Learners.AsNoTracking()
            .Where(l => l.Email != null && addresses.Contains(l.Email))
            .Select(l => l.Id)
            .ToListAsync(ct);
        await audit.RecordAsync(actor, learners, "consulta", what, "entrega de correos del programa", ct);
    }

    public async Task<OutboxView?> FindAsync(Guid id, CancellationToken ct) =>
        await db.OutboxMessages.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new OutboxView(m.Id, m.To, m.Subject, m.BodyText, m.Kind, m.CreatedAt, m.SentAt, m.Attempts, m.LastError))
            .FirstOrDefaultAsync(ct);
}
