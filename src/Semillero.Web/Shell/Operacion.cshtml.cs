using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Semillero.Accounts;
using Semillero.Arco;
using Semillero.Data;
using Semillero.Email;
using Semillero.Web.Operations;
using Semillero.Web.Site;

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

    public FirstSteps Steps { get; private set; } = new("primeros-pasos", "", null, []);

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

        var t = InicioTexts.Current;
        var published = await db.LearningPaths.AnyAsync(p => p.Published, ct);
        var partnerKeys = await db.ApiKeys.AnyAsync(k => k.RevokedAt == null && k.Role == Semillero.Access.Roles.Aliado, ct);
        var targets = await db.KpiTargets.AnyAsync(ct);
        Steps = new FirstSteps("primeros-pasos", PrimerosPasosTexts.Current.Title, t.OpLead,
        [
            new("catalogo", t.OpCatalogTitle, t.OpCatalogText, "/operacion/catalogo", t.OpCatalogLink, published),
            new("credenciales", t.OpKeysTitle, t.OpKeysText, "/operacion/credenciales", t.OpKeysLink, partnerKeys),
            new("usuarios", t.OpUsersTitle, t.OpUsersText, "/operacion/usuarios", t.OpUsersLink, Users > 1),
            new("metas", t.OpTargetsTitle, t.OpTargetsText, "/operacion/metas", t.OpTargetsLink, targets),
        ]);
    }
}
