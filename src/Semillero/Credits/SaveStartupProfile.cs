using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Calendar;
using Semillero.Companies;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Credits;

public abstract record SaveStartupProfileOutcome
{
    public sealed record Saved(bool Created) : SaveStartupProfileOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : SaveStartupProfileOutcome;

    // The company is not of kind startup: nothing to complete.
    public sealed record NotAStartup(IdRejection Reason) : SaveStartupProfileOutcome;

    // No such company, or one the actor may not act for.
    public sealed record NotFound : SaveStartupProfileOutcome;
}

// A startup completes (or corrects) its profile: founding date, stage, funding band, pitch, whether
// investors may see it, and its founders by CURP. Founders are replaced as a set: a CURP already
// listed keeps its row (and when it was added); each founder is linked to the registry's learner
// with that CURP. All of it in one transaction, or nothing.
public sealed class SaveStartupProfile(SemilleroDb db, TimeProvider clock)
{
    public async Task<SaveStartupProfileOutcome> RunAsync(Guid companyId, StartupProfileInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (!StartupProfileRules.CanWrite(actor, companyId))
        {
            return new SaveStartupProfileOutcome.NotFound();
        }

        var kind = await db.Companies.AsNoTracking().Where(c => c.Id == companyId).Select(c => (CompanyKind?)c.Kind).FirstOrDefaultAsync(ct);
        if (kind is null)
        {
            return new SaveStartupProfileOutcome.NotFound();
        }

        if (kind != CompanyKind.Startup)
        {
            return new SaveStartupProfileOutcome.NotAStartup(StartupProfileRules.NotAStartup);
        }

        var (valid, errors) = StartupProfileRules.Validate(input, ProgramCalendar.Today(clock));
        if (valid is null)
        {
            return new SaveStartupProfileOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var curps = valid.Founders.Select(f => f.Curp).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var learners = await db.Learners.AsNoTracking().Where(l => curps.Contains(l.Curp))
            .Select(l => new { l.Curp, l.Id }).ToDictionaryAsync(l => l.Curp, l => l.Id, StringComparer.Ordinal, ct);
        var profile = await db.StartupProfiles.Include(p => p.Founders).FirstOrDefaultAsync(p => p.CompanyId == companyId, ct);
        var created = profile is null;
        if (profile is null)
        {
            profile = new StartupProfile { CompanyId = companyId, Pitch = valid.Pitch, CreatedAt = now.UtcDateTime, UpdatedBy = actor.Id };
            db.StartupProfiles.Add(profile);
        }

        profile.FoundedOn = valid.FoundedOn;
        profile.Stage = valid.Stage;
        profile.Funding = valid.Funding;
        profile.Pitch = valid.Pitch;
        profile.VisibleToInvestors = valid.VisibleToInvestors;
        profile.UpdatedAt = now.UtcDateTime;
        profile.UpdatedBy = actor.Id.Length <= 100 ? actor.Id : actor.Id[..100];

        // Removed founders go first, so the unique (company, CURP) index never sees two rows.
        foreach (var gone in profile.Founders.Where(f => !curps.Contains(f.Curp, StringComparer.Ordinal)).ToList())
        {
            profile.Founders.Remove(gone);
            db.StartupFounders.Remove(gone);
        }

        await db.SaveChangesAsync(ct);
        foreach (var founder in valid.Founders)
        {
            var learnerId = learners.TryGetValue(founder.Curp, out var id) ? id : (Guid?)null;
            if (profile.Founders.FirstOrDefault(f => string.Equals(f.Curp, founder.Curp, StringComparison.Ordinal)) is { } existing)
            {
                existing.Name = founder.Name;
                existing.LearnerId = learnerId;
            }
            else
            {
                var added = new StartupFounder
                {
                    Id = Guid.CreateVersion7(now),
                    CompanyId = companyId,
                    Curp = founder.Curp,
                    Name = founder.Name,
                    LearnerId = learnerId,
                    AddedAt = now.UtcDateTime,
                };
                profile.Founders.Add(added);
                db.StartupFounders.Add(added);
            }
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new SaveStartupProfileOutcome.Saved(created);
    }
}
