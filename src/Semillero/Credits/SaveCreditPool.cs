using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Cohorts;
using Semillero.Data;
using Semillero.Privacy;
using Semillero.Validation;

namespace Semillero.Credits;

// What an operator types to open a pool: the period's name ("2026-H1"), its first and last day
// (yyyy-MM-dd, inclusive), the amount in dollars ("500,000") and why.
public sealed record CreditPoolInput(string? Name, string? StartsOn, string? EndsOn, string? Amount, string? Reason);

public abstract record SaveCreditPoolOutcome
{
    public sealed record Saved(Guid PoolId) : SaveCreditPoolOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : SaveCreditPoolOutcome;

    // The new amount is below what the pool has already awarded (read after the refusal).
    public sealed record BelowAwarded(long AwardedCents) : SaveCreditPoolOutcome;

    public sealed record NotFound : SaveCreditPoolOutcome;
}

// Operators open the program's budget pools and change their amounts (docs/credits.md, "Budget
// pools"). Periods never overlap, so the day of a decision names one pool. An amount never goes below
// what the pool has awarded: the change is one conditional UPDATE (WHERE awarded_cents <= new), so an
// approval committing at the same moment either lands before it (and the change is refused) or after
// it (and is held to the new amount by CreditLedger's own conditional UPDATE). Every creation and
// change is written to the audit log with its reason, which keeps the history of amounts.
public sealed class SaveCreditPool(SemilleroDb db, TimeProvider clock)
{
    public const int MaxNameLength = 40;
    public const int MaxReasonLength = 1000;

    // USD 1,000 million: a typo guard, far above any period's budget.
    public const long MaxAmountCents = 100_000_000_000;

    // The audit log's action for a pool's creation or change; the entry's subject is the pool's id.
    public const string AuditAction = "bolsa-creditos";

    public static class Fields
    {
        public const string Name = "name";
        public const string StartsOn = "startsOn";
        public const string EndsOn = "endsOn";
        public const string Amount = "amount";
        public const string Reason = "reason";
    }

    public async Task<SaveCreditPoolOutcome> CreateAsync(CreditPoolInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new List<FieldError>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ' ' or '.'))
        {
            errors.Add(new(Fields.Name, new("nombre_no_valido",
                $"Dé a la bolsa un nombre de 1 a {MaxNameLength} letras, dígitos o guiones, como «2026-H1».",
                $"Give the pool a name of 1 to {MaxNameLength} letters, digits or hyphens, such as \"2026-H1\".")));
        }

        var starts = ParseDay(input.StartsOn, Fields.StartsOn, errors);
        var ends = ParseDay(input.EndsOn, Fields.EndsOn, errors);
        if (starts is { } s && ends is { } e && e < s)
        {
            errors.Add(new(Fields.EndsOn, new("periodo_invertido", "El último día no puede ser anterior al primero.", "The last day cannot be before the first.")));
        }

        var amount = ParseAmount(input.Amount, errors);
        var reason = CheckReason(input.Reason, errors);
        if (errors.Count > 0)
        {
            return new SaveCreditPoolOutcome.Invalid(errors);
        }

        var pool = new CreditPool
        {
            Id = Guid.NewGuid(),
            Name = name,
            StartsOn = starts!.Value,
            EndsOn = ends!.Value,
            AmountCents = amount,
            AwardedCents = 0,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = Who(actor),
            Reason = reason!,
        };

        SaveCreditPoolOutcome outcome = new SaveCreditPoolOutcome.Saved(pool.Id);
        await CohortSeats.WithRetriesAsync(db, async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);

            // Two operators opening overlapping periods at once must not both pass the check: on
            // PostgreSQL the table is locked against other creations (awards' row updates still run);
            // SQLite has one writer at a time.
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync("LOCK TABLE credit_pools IN SHARE ROW EXCLUSIVE MODE", ct);
            }

            var overlapping = await db.CreditPools.AsNoTracking()
                .Where(p => p.StartsOn <= pool.EndsOn && p.EndsOn >= pool.StartsOn)
                .Select(p => p.Name).FirstOrDefaultAsync(ct);
            if (overlapping is not null)
            {
                outcome = new SaveCreditPoolOutcome.Invalid([new(Fields.StartsOn, new("periodo_traslapado",
                    $"El periodo se traslapa con la bolsa «{overlapping}»: cada día pertenece a una sola bolsa.",
                    $"The period overlaps pool \"{overlapping}\": each day belongs to one pool only."))]);
                return;
            }

            if (await db.CreditPools.AnyAsync(p => p.Name == pool.Name, ct))
            {
                outcome = NameTaken(pool.Name);
                return;
            }

            db.CreditPools.Add(pool);
            Audit(actor, pool.Id, $"Bolsa «{pool.Name}» ({Day(pool.StartsOn)} a {Day(pool.EndsOn)}): creada con {CreditRules.FormatUsd(amount)}", reason!);
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                outcome = new SaveCreditPoolOutcome.Saved(pool.Id);
            }
            catch (DbUpdateException e) when (!IsBusy(e))
            {
                // The unique name, taken by a creation that committed meanwhile.
                db.ChangeTracker.Clear();
                outcome = NameTaken(pool.Name);
            }
        }, ct);

        return outcome;
    }

    public async Task<SaveCreditPoolOutcome> ChangeAmountAsync(Guid poolId, string? amountText, string? reasonText, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new List<FieldError>();
        var amount = ParseAmount(amountText, errors);
        var reason = CheckReason(reasonText, errors);
        if (errors.Count > 0)
        {
            return new SaveCreditPoolOutcome.Invalid(errors);
        }

        SaveCreditPoolOutcome outcome = new SaveCreditPoolOutcome.NotFound();
        await CohortSeats.WithRetriesAsync(db, async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);

            // Lock the pool's row first, so the amount read for the log is the one being replaced.
            var locked = await db.CreditPools.Where(p => p.Id == poolId)
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.AmountCents, p => p.AmountCents), ct);
            if (locked == 0)
            {
                outcome = new SaveCreditPoolOutcome.NotFound();
                return;
            }

            var before = await db.CreditPools.AsNoTracking().Where(p => p.Id == poolId).Select(p => new { p.Name, p.AmountCents }).FirstAsync(ct);

            // The rule itself: the pool never holds less than it has awarded.
            var changed = await db.CreditPools.Where(p => p.Id == poolId && p.AwardedCents <= amount)
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.AmountCents, amount).SetProperty(p => p.Reason, reason!), ct);
            if (changed == 0)
            {
                var awarded = await db.CreditPools.AsNoTracking().Where(p => p.Id == poolId).Select(p => p.AwardedCents).FirstAsync(ct);
                outcome = new SaveCreditPoolOutcome.BelowAwarded(awarded);
                return;
            }

            Audit(actor, poolId, $"Bolsa «{before.Name}»: monto {CreditRules.FormatUsd(before.AmountCents)} → {CreditRules.FormatUsd(amount)}", reason!);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            outcome = new SaveCreditPoolOutcome.Saved(poolId);
        }, ct);

        return outcome;
    }

    private void Audit(Actor actor, Guid poolId, string what, string why) => db.AuditEntries.Add(new AuditEntry
    {
        At = clock.GetUtcNow().UtcDateTime,
        ActorId = Truncate(actor.Id, 100),
        ActorName = Truncate(actor.Name, 200),
        ActorRole = actor.Role,
        LearnerId = poolId,
        Action = AuditAction,
        What = Truncate(what, 300),
        Why = Truncate(why, 300),
    });

    private static SaveCreditPoolOutcome.Invalid NameTaken(string name) => new SaveCreditPoolOutcome.Invalid([new(Fields.Name, new("nombre_repetido",
        $"Ya hay una bolsa llamada «{name}».", $"There is already a pool called \"{name}\"."))]);

    private static DateOnly? ParseDay(string? text, string field, List<FieldError> errors)
    {
        if (DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(new(field, new("fecha_no_valida", "Escriba la fecha como AAAA-MM-DD.", "Write the date as YYYY-MM-DD.")));
        return null;
    }

    private static long ParseAmount(string? text, List<FieldError> errors)
    {
        if (CreditRules.TryParseUsd(text, out var cents) && cents > 0 && cents <= MaxAmountCents)
        {
            return cents;
        }

        errors.Add(new(Fields.Amount, new("monto_no_valido",
            $"Escriba el monto en dólares, mayor que cero y hasta {CreditRules.FormatUsd(MaxAmountCents)}, por ejemplo «500,000».",
            $"Write the amount in dollars, above zero and up to {CreditRules.FormatUsd(MaxAmountCents)}, for example \"500,000\".")));
        return 0;
    }

    private static string? CheckReason(string? text, List<FieldError> errors)
    {
        var reason = text?.Trim();
        if (!string.IsNullOrEmpty(reason) && reason.Length <= MaxReasonLength)
        {
            return reason;
        }

        errors.Add(new(Fields.Reason, new("motivo_requerido",
            $"Indique el motivo (hasta {MaxReasonLength:N0} caracteres).", $"Give the reason (up to {MaxReasonLength:N0} characters).")));
        return null;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Who(Actor actor) => Truncate(actor.Id, 100);

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];

    private static bool IsBusy(Exception e) => e switch
    {
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 } => true,
        { InnerException: { } inner } => IsBusy(inner),
        _ => false,
    };
}
