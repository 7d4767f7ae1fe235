using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Learners;
using Semillero.Privacy;

namespace Semillero.Arco;

public sealed record MyDataExport(
    DateTime GeneratedAt,
    LearnerView Person,
    string? RegisteredBy,
    MyAccount? Account,
    IReadOnlyList<ConsentRecordView> ConsentHistory,
    IReadOnlyList<ArcoRequestView> ArcoRequests,
    IReadOnlyList<AuditView> AccessesByOthers,
    IReadOnlyList<MyEmail> EmailsSent,
    IReadOnlyList<MyLinkedAccount> LinkedAccounts,
    IReadOnlyList<System.Text.Json.JsonElement> LearningRecords);

// A provider identity (account, email…) tied to the person by an operator or by the person.
public sealed record MyLinkedAccount(string Identifier, string Source, DateTime LinkedAt);

public sealed record MyAccount(string Email, bool EmailConfirmed, IReadOnlyList<string> Roles, DateTime CreatedAt);

public sealed record ConsentRecordView(string Purpose, bool Granted, int NoticeVersion, DateTime At, string Source);

public sealed record ArcoRequestView(Guid Id, string Kind, string Status, string? Details, DateTime ReceivedAt, DateTime AnswerDueAt, DateTime? AnsweredAt, DateTime? ExecuteDueAt, DateTime? ExecutedAt, string? Response);

public sealed record MyEmail(string Subject, string Kind, DateTime CreatedAt, DateTime? SentAt);

// Derecho de acceso: everything Semillero holds about one person, as data (JSON) and for a page.
public sealed class MyData(SemilleroDb db, AuditLog audit, IPartnerDirectory partners, TimeProvider clock)
{
    private static System.Text.Json.JsonElement Element(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public async Task<MyDataExport?> ExportAsync(Guid learnerId, CancellationToken ct)
    {
        var learner = await db.Learners.AsNoTracking().FirstOrDefaultAsync(l => l.Id == learnerId && l.AnonymizedAt == null, ct);
        if (learner is null)
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.LearnerId == learnerId, ct);
        MyAccount? account = null;
        var emails = new List<MyEmail>();
        if (user is not null)
        {
            var roles = await (from ur in db.UserRoles
                               join r in db.Roles on ur.RoleId equals r.Id
                               where ur.UserId == user.Id
                               select r.Name!).ToListAsync(ct);
            account = new MyAccount(user.Email!, user.EmailConfirmed, roles, user.CreatedAt);
            emails = await db.OutboxMessages.AsNoTracking().Where(m => m.To == user.Email)
                .OrderBy(m => m.CreatedAt).Select(m => new MyEmail(m.Subject, m.Kind, m.CreatedAt, m.SentAt)).ToListAsync(ct);
        }

        var consents = await db.ConsentRecords.AsNoTracking().Where(c => c.LearnerId == learnerId).OrderBy(c => c.Id)
            .Select(c => new ConsentRecordView(c.Purpose, c.Granted, c.NoticeVersion, c.At, c.Source)).ToListAsync(ct);
        var requests = await ArcoRequests.ForLearnerAsync(db, learnerId, ct);

        var links = await db.ActorLinks.AsNoTracking().Where(l => l.LearnerId == learnerId).OrderBy(l => l.LinkedAt)
            .Select(l => new { l.ActorKey, l.Source, l.LinkedAt }).ToListAsync(ct);
        // Every learning record attributed to the person, as the LRS stores it (the access right covers them).
        var records = await db.Statements.AsNoTracking().Where(s => s.LearnerId == learnerId).OrderBy(s => s.Sequence)
            .Select(s => s.Json).ToListAsync(ct);

        return new MyDataExport(
            clock.GetUtcNow().UtcDateTime,
            FindLearners.ToView(learner),
            // Who registered the person, by name: the organisation's, not its id.
            learner.RegisteredBy is null ? null : partners.NameOf(learner.RegisteredBy),
            account,
            consents,
            requests,
            await audit.ForLearnerAsync(learnerId, ct),
            emails,
            links.Select(l => new MyLinkedAccount(l.ActorKey, l.Source.ToString(), l.LinkedAt)).ToList(),
            records.Select(Element).ToList());
    }
}
