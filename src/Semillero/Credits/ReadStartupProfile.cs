using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Companies;
using Semillero.Data;
using Semillero.Privacy;
using Semillero.Validation;

namespace Semillero.Credits;

// Registered: the CURP is a learner's of the registry (their training counts for the startup).
public sealed record FounderView(Guid Id, string Curp, string Name, bool Registered, DateTime AddedAt);

// A startup's profile with what it shows of its company record (sector, state and website are
// edited there). Completed is false until the startup saved its profile once; the profile's
// fields are null until then.
public sealed record StartupProfileView(
    Guid CompanyId,
    string TradeName,
    string SectorCode,
    string StateCode,
    string? Website,
    bool CompanyVerified,
    bool Completed,
    DateOnly? FoundedOn,
    StartupStage? Stage,
    FundingBand? Funding,
    string? Pitch,
    bool VisibleToInvestors,
    DateTime? UpdatedAt,
    IReadOnlyList<FounderView> Founders);

public abstract record ReadStartupProfileOutcome
{
    public sealed record Found(StartupProfileView Profile) : ReadStartupProfileOutcome;

    public sealed record NotAStartup(IdRejection Reason) : ReadStartupProfileOutcome;

    public sealed record NotFound : ReadStartupProfileOutcome;
}

// A startup's profile for the startup itself and for operators: the only ones who see its founders'
// CURPs and names. An operator's read is recorded in the access log for each founder who is a
// registered learner.
public sealed class ReadStartupProfile(SemilleroDb db, AuditLog audit)
{
    public const string AuditWhat = "perfil de startup: CURP y nombre de las personas fundadoras";

    public async Task<ReadStartupProfileOutcome> RunAsync(Guid companyId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!StartupProfileRules.CanWrite(actor, companyId))
        {
            return new ReadStartupProfileOutcome.NotFound();
        }

        var company = await db.Companies.AsNoTracking().Where(c => c.Id == companyId)
            .Select(c => new { c.TradeName, c.SectorCode, c.StateCode, c.Website, c.Kind, Verified = c.VerifiedAt != null }).FirstOrDefaultAsync(ct);
        if (company is null)
        {
            return new ReadStartupProfileOutcome.NotFound();
        }

        if (company.Kind != CompanyKind.Startup)
        {
            return new ReadStartupProfileOutcome.NotAStartup(StartupProfileRules.NotAStartup);
        }

        await LinkLaterLearnersAsync(companyId, ct);
        var profile = await db.StartupProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.CompanyId == companyId, ct);
        // Founders added together share AddedAt; their names order them the same on both engines.
        var founders = (await db.StartupFounders.AsNoTracking().Where(f => f.CompanyId == companyId).ToListAsync(ct))
            .OrderBy(f => f.AddedAt).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
        if (actor.Role == Roles.Operador)
        {
            var learners = founders.Where(f => f.LearnerId is not null).Select(f => f.LearnerId!.Value).ToList();
            await audit.RecordAsync(actor, learners, "consulta", AuditWhat, null, ct);
        }

        return new ReadStartupProfileOutcome.Found(new StartupProfileView(
            companyId,
            company.TradeName,
            company.SectorCode,
            company.StateCode,
            company.Website,
            company.Verified,
            profile is not null,
            profile?.FoundedOn,
            profile?.Stage,
            profile?.Funding,
            profile?.Pitch,
            profile?.VisibleToInvestors ?? false,
            profile?.UpdatedAt,
            [.. founders.Select(f => new FounderView(f.Id, f.Curp, f.Name, f.LearnerId is not null, f.AddedAt))]));
    }

    // A founder who registers as a learner after the profile was saved is linked the next time the
    // startup (or an operator) opens it, so their training counts without saving the profile again.
    private async Task LinkLaterLearnersAsync(Guid companyId, CancellationToken ct)
    {
        var unlinked = await (from f in db.StartupFounders
                              where f.CompanyId == companyId && f.LearnerId == null
                              join l in db.Learners on f.Curp equals l.Curp
                              select new { f.Id, LearnerId = l.Id }).ToListAsync(ct);
        foreach (var link in unlinked)
        {
            await db.StartupFounders.Where(f => f.Id == link.Id && f.LearnerId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.LearnerId, link.LearnerId), ct);
        }
    }
}
