using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Identity;

namespace Semillero.LearningRecords;

// Ties a statement's actor to the one person behind it: by email (mbox), or by a CURP a provider
// sends as the account name. Actors that match nobody stay unlinked (LearnerId null) — stored,
// counted, never dropped — until an operator or the learner links them.
public sealed class IdentityResolver(SemilleroDb db, TimeProvider clock)
{
    public async Task<Guid?> ResolveAsync(JsonElement actor, CancellationToken ct)
    {
        if (actor.TryGetProperty("mbox", out var mbox) && mbox.GetString() is { } mailto
            && mailto.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            var email = mailto["mailto:".Length..].ToLowerInvariant();
            var byEmail = await db.Learners.AsNoTracking().Where(l => l.Email == email && l.AnonymizedAt == null).Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct);
            if (byEmail is not null)
            {
                return byEmail;
            }
        }

        if (actor.TryGetProperty("account", out var account) && account.TryGetProperty("name", out var name)
            && Curp.TryParse(name.GetString(), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), out var curp, out _))
        {
            var value = curp.Value;
            return await db.Learners.AsNoTracking().Where(l => l.Curp == value).Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct);
        }

        return null;
    }
}
