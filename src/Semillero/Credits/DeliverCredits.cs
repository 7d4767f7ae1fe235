using Microsoft.EntityFrameworkCore;
using Npgsql;
using Semillero.Data;

namespace Semillero.Credits;

public abstract record DeliverCreditsOutcome
{
    public sealed record Delivered(Guid AwardId, int Codes, long Cents) : DeliverCreditsOutcome;

    public sealed record AlreadyDelivered(Guid AwardId) : DeliverCreditsOutcome;

    // No combination of the codes in stock adds up to the award exactly: nothing was delivered.
    public sealed record Insufficient(Guid AwardId, long Cents) : DeliverCreditsOutcome
    {
        public string Es => "códigos insuficientes para " + CreditRules.FormatUsd(Cents);

        public string En => "not enough codes for " + CreditRules.FormatUsd(Cents);
    }

    public sealed record NotFound : DeliverCreditsOutcome;
}

public sealed record DeliverPendingResult(int Delivered, int Waiting, long WaitingCents, IReadOnlyList<DeliverCreditsOutcome> Outcomes);

// Gives an award its credit codes (docs/credits.md, "Delivery of credit codes"): codes from stock
// whose values add up exactly to what the award granted, largest first; if no exact combination
// exists nothing is delivered. Each code is taken by one conditional UPDATE (WHERE award_id IS NULL),
// so two deliveries running at once never hand out the same code: the loser of a race takes another
// code. All the award's codes and its DeliveredAt are written in one transaction.
public sealed class DeliverCredits(SemilleroDb db, TimeProvider clock)
{
    // Rounds of "compute a combination, take its codes" when other deliveries keep taking the codes
    // chosen; each round starts from the stock as it then is.
    private const int MaxRounds = 5;

    // Bounds the search for an exact combination (distinct values are few: a provider issues
    // codes of a handful of denominations).
    private const int MaxSearchSteps = 200_000;

    public async Task<DeliverCreditsOutcome> DeliverAsync(Guid awardId, CancellationToken ct)
    {
        var award = await db.CreditAwards.AsNoTracking().Where(a => a.Id == awardId).Select(a => new { a.GrantedCents, a.DeliveredAt }).FirstOrDefaultAsync(ct);
        if (award is null)
        {
            return new DeliverCreditsOutcome.NotFound();
        }

        if (award.DeliveredAt is not null)
        {
            return new DeliverCreditsOutcome.AlreadyDelivered(awardId);
        }

        for (var round = 0; round < MaxRounds; round++)
        {
            var stock = await db.CreditCodes.AsNoTracking().Where(c => c.AwardId == null)
                .GroupBy(c => c.ValueCents).Select(g => new { Value = g.Key, Count = g.Count() }).ToListAsync(ct);
            var plan = Combination(award.GrantedCents, stock.Select(s => (s.Value, s.Count)).ToList());
            if (plan is null)
            {
                return new DeliverCreditsOutcome.Insufficient(awardId, award.GrantedCents);
            }

            TakeResult result;
            try
            {
                result = await TakeAsync(awardId, plan, ct);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure)
            {
                // Two deliveries waited on each other's codes; the database undid this one.
                db.ChangeTracker.Clear();
                continue;
            }

            switch (result)
            {
                case TakeResult.Taken taken:
                    return new DeliverCreditsOutcome.Delivered(awardId, taken.Codes, award.GrantedCents);
                case TakeResult.AwardDelivered:
                    return new DeliverCreditsOutcome.AlreadyDelivered(awardId);
            }

            // Others took the codes of this value meanwhile: plan again from the stock left.
        }

        return new DeliverCreditsOutcome.Insufficient(awardId, award.GrantedCents);
    }

    // Every award not yet delivered, oldest first. An award the stock cannot cover waits; a smaller
    // one after it may still be delivered.
    public async Task<DeliverPendingResult> DeliverPendingAsync(CancellationToken ct)
    {
        var pending = await db.CreditAwards.AsNoTracking().Where(a => a.DeliveredAt == null)
            .OrderBy(a => a.AwardedAt).ThenBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        var outcomes = new List<DeliverCreditsOutcome>(pending.Count);
        foreach (var id in pending)
        {
            outcomes.Add(await DeliverAsync(id, ct));
        }

        var waiting = outcomes.OfType<DeliverCreditsOutcome.Insufficient>().ToList();
        return new DeliverPendingResult(outcomes.Count(o => o is DeliverCreditsOutcome.Delivered), waiting.Count, waiting.Sum(w => w.Cents), outcomes);
    }

    private abstract record TakeResult
    {
        public sealed record Taken(int Codes) : TakeResult;

        public sealed record AwardDelivered : TakeResult;

        public sealed record Raced : TakeResult;
    }

    private async Task<TakeResult> TakeAsync(Guid awardId, IReadOnlyList<(long Value, int Count)> plan, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var taken = 0;
        foreach (var (value, count) in plan)
        {
            var got = 0;
            var tried = new HashSet<Guid>();
            while (got < count)
            {
                // Candidates of this value, a few more than needed: some may be taken by another
                // delivery between this read and the UPDATE.
                var candidates = await db.CreditCodes.AsNoTracking()
                    .Where(c => c.AwardId == null && c.ValueCents == value)
                    .OrderBy(c => c.Id).Select(c => c.Id).Take(count - got + 8).ToListAsync(ct);
                candidates.RemoveAll(tried.Contains);
                if (candidates.Count == 0)
                {
                    await transaction.RollbackAsync(ct);
                    return new TakeResult.Raced();
                }

                foreach (var id in candidates)
                {
                    if (got == count)
                    {
                        break;
                    }

                    tried.Add(id);
                    var updated = await db.CreditCodes.Where(c => c.Id == id && c.AwardId == null)
                        .ExecuteUpdateAsync(s => s.SetProperty(c => c.AwardId, awardId).SetProperty(c => c.DeliveredAt, now), ct);
                    got += updated;
                }
            }

            taken += got;
        }

        // The award itself, once: another delivery of the same award may have won.
        var marked = await db.CreditAwards.Where(a => a.Id == awardId && a.DeliveredAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.DeliveredAt, now), ct);
        if (marked == 0)
        {
            await transaction.RollbackAsync(ct);
            return new TakeResult.AwardDelivered();
        }

        await transaction.CommitAsync(ct);
        return new TakeResult.Taken(taken);
    }

    // How many codes of each value add up to `target` exactly, preferring the largest values (fewest
    // codes); null when no combination of the stock does. Depth-first over the values from the
    // largest, taking as many of each as fit and backing off one at a time.
    internal static IReadOnlyList<(long Value, int Count)>? Combination(long target, IReadOnlyList<(long Value, int Count)> stock)
    {
        if (target <= 0)
        {
            return null;
        }

        var values = stock.Where(s => s.Value > 0 && s.Count > 0).OrderByDescending(s => s.Value).ToArray();
        var chosen = new int[values.Length];
        var steps = 0;

        // What the values from index i on could add up to at most: prunes hopeless branches.
        var reach = new long[values.Length + 1];
        for (var i = values.Length - 1; i >= 0; i--)
        {
            reach[i] = reach[i + 1] + (values[i].Value * values[i].Count);
        }

        bool Search(int i, long left)
        {
            if (left == 0)
            {
                return true;
            }

            if (i == values.Length || reach[i] < left || ++steps > MaxSearchSteps)
            {
                return false;
            }

            var (value, count) = values[i];
            for (var k = (int)Math.Min(count, left / value); k >= 0; k--)
            {
                chosen[i] = k;
                if (Search(i + 1, left - (k * value)))
                {
                    return true;
                }
            }

            chosen[i] = 0;
            return false;
        }

        if (!Search(0, target))
        {
            return null;
        }

        return [.. values.Select((v, i) => (v.Value, chosen[i])).Where(p => p.Item2 > 0)];
    }
}
