using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Learners;
using Semillero.Privacy;

namespace Semillero.Accounts;

// A row of the queue carries no personal data (the detail page, which is audited, does).
public sealed record RecordClaimRow(Guid Id, ClaimProof Proof, ClaimStatus Status, DateTime CreatedAt, DateTime? LinkExpiresAt, DateTime? DecidedAt, string? DecidedByName, string? RegisteredBy);

public sealed record RecordClaimSide(string GivenNames, string FirstSurname, string? SecondSurname, string? Email, string StateCode, Segment Segment);

public sealed record RecordClaimDetail(
    RecordClaimRow Item,
    Guid LearnerId,
    string Curp,
    RecordClaimSide Record,
    RecordClaimSide Claimed,
    string? Reason,
    bool NamesMatch);

// Claims a partner or an operator may decide: partners those on people their organisation
// registered, operators all. Pending first, then the last 30 days' decisions.
public sealed class ListRecordClaims(SemilleroDb db, AuditLog audit, TimeProvider clock)
{
    public static readonly TimeSpan History = TimeSpan.FromDays(30);

    public static IQueryable<RecordClaim> InScope(SemilleroDb db, Actor actor) => actor.Role switch
    {
        Roles.Operador => db.RecordClaims,
        Roles.Aliado when actor.Organization is { } org =>
            db.RecordClaims.Where(c => db.Learners.Any(l => l.Id == c.LearnerId && l.RegisteredBy == org)),
        _ => db.RecordClaims.Where(_ => false),
    };

    public async Task<IReadOnlyList<RecordClaimRow>> ListAsync(Actor actor, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime - History;
        var rows = from c in InScope(db, actor).AsNoTracking()
                   join l in db.Learners on c.LearnerId equals l.Id
                   select new { c.Id, c.Proof, c.Status, c.CreatedAt, c.LinkExpiresAt, c.DecidedAt, c.DecidedByName, l.RegisteredBy };
        var pending = await rows.Where(r => r.Status == ClaimStatus.Pendiente).OrderBy(r => r.CreatedAt).ToListAsync(ct);
        var decided = await rows.Where(r => r.Status != ClaimStatus.Pendiente && r.DecidedAt >= since).OrderByDescending(r => r.DecidedAt).Take(500).ToListAsync(ct);
        return [.. pending.Concat(decided).Select(r => new RecordClaimRow(
            r.Id, r.Proof, r.Status, Utc(r.CreatedAt), r.LinkExpiresAt is { } e ? Utc(e) : null, r.DecidedAt is { } d ? Utc(d) : null, r.DecidedByName, r.RegisteredBy))];
    }

    // Shows the record beside the newcomer's words: that is personal data, so the look is audited.
    public async Task<RecordClaimDetail?> DetailAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var row = await (from claim in InScope(db, actor).AsNoTracking()
                         where claim.Id == id
                         join learner in db.Learners on claim.LearnerId equals learner.Id
                         select new { Claim = claim, Learner = learner })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var (c, l) = (row.Claim, row.Learner);
        await audit.RecordAsync(actor, [l.Id], "consulta", "solicitud de cuenta sobre su registro: nombre, correo, entidad", "decidir la solicitud", ct);
        var item = new RecordClaimRow(c.Id, c.Proof, c.Status, Utc(c.CreatedAt), c.LinkExpiresAt is { } e ? Utc(e) : null, c.DecidedAt is { } d ? Utc(d) : null, c.DecidedByName, l.RegisteredBy);
        var record = new RecordClaimSide(l.GivenNames, l.FirstSurname, l.SecondSurname, l.Email, l.StateCode, l.Segment);
        var claimed = new RecordClaimSide(c.GivenNames, c.FirstSurname, c.SecondSurname, c.Email, c.StateCode, c.Segment);
        var namesMatch = Fold(record.GivenNames) == Fold(claimed.GivenNames) && Fold(record.FirstSurname) == Fold(claimed.FirstSurname) && Fold(record.SecondSurname) == Fold(claimed.SecondSurname);
        return new RecordClaimDetail(item, l.Id, l.Curp, record, claimed, c.Reason, namesMatch);
    }

    private static string Fold(string? name) => Geography.Entidades.Fold(name ?? "");

    private static DateTime Utc(DateTime at) => DateTime.SpecifyKind(at, DateTimeKind.Utc);
}
