using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Semillero.Accounts;
using Semillero.Arco;
using Semillero.Data;
using Semillero.Email;
using Semillero.Web.Operations;

namespace Semillero.Web.Shell;

// GET /operacion — what needs the operation team's attention, with a way into each list.
public sealed class OperacionModel(ArcoRequests arco, EmailOutbox outbox, ManageUsers users, SemilleroDb db, TimeProvider clock) : PageModel
{
    public int RequestsPending { get; private set; }

    public int RequestsOverdue { get; private set; }

    public int RequestsDueSoon { get; private set; }

    public int EmailsTotal { get; private set; }

    public int EmailsUnsent { get; private set; }

    public int EmailsFailed { get; private set; }

    public int Users { get; private set; }

    public int UsersUnconfirmed { get; private set; }

    public int AccessesToday { get; private set; }

    public int ActiveKeys { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var queue = await arco.QueueAsync(ct);
        RequestsPending = queue.Count;
        RequestsOverdue = queue.Count(r => r.Overdue);
        RequestsDueSoon = queue.Count(r => !r.Overdue && r.DaysLeft <= OperacionTime.DueSoonDays);

        (_, EmailsTotal) = await outbox.ListAsync(null, 1, 1, ct);
        EmailsUnsent = await db.OutboxMessages.CountAsync(m => m.SentAt == null, ct);
        EmailsFailed = await db.OutboxMessages.CountAsync(m => m.SentAt == null && m.LastError != null, ct);

        (_, Users) = await users.ListAsync(null, null, 1, 1, ct);
        UsersUnconfirmed = await db.Users.CountAsync(u => !u.EmailConfirmed, ct);

        var since = OperacionTime.StartOfLocalDayUtc(OperacionTime.LocalToday(clock));
        AccessesToday = await db.AuditEntries.CountAsync(a => a.At >= since, ct);
        ActiveKeys = await db.ApiKeys.CountAsync(k => k.RevokedAt == null, ct);
    }
}
