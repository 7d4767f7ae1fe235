using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Companies;
using Semillero.Data;
using Semillero.Organizations;
using Semillero.Validation;

namespace Semillero.Credits;

// Filters as typed (query string): SCIAN sector code, state code, stage wire name; page from 1.
public sealed record StartupSearch(string? Sector = null, string? State = null, string? Stage = null, int Page = 1);

// How many of a startup's founders completed one program path.
public sealed record FounderPathCount(string Code, string NameEs, string NameEn, int Founders)
{
    public string Name(bool english) => english ? NameEn : NameEs;
}

// A startup as investors see it: its public record and profile, and what its founders completed,
// counted — never who they are.
public sealed record StartupListing(
    Guid CompanyId,
    string TradeName,
    string SectorCode,
    string StateCode,
    StartupStage Stage,
    FundingBand Funding,
    int FoundedYear,
    string Pitch,
    string? Website,
    int Founders,
    IReadOnlyList<FounderPathCount> Paths);

public sealed record StartupDirectory(IReadOnlyList<StartupListing> Items, int Page, int PageSize, int Total);

public abstract record BrowseStartupsOutcome
{
    public sealed record Found(StartupDirectory Directory) : BrowseStartupsOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : BrowseStartupsOutcome;

    public sealed record NotAllowed(IdRejection Reason) : BrowseStartupsOutcome;
}

// The investors' directory: verified investment funds and accelerators (and operators) browse the
// startups that chose to be seen and whose company the program verified, newest profile first.
public sealed class BrowseStartups(SemilleroDb db)
{
    public const int PageSize = 20;

    // Organisations that look for startups to back.
    public static IReadOnlySet<OrganizationKind> BrowsingKinds { get; } = new HashSet<OrganizationKind> { OrganizationKind.Inversion, OrganizationKind.Aceleradora };

    public static IdRejection NotABrowser { get; } = new("tipo_organizacion",
        "Solo los fondos de inversión y las aceleradoras verificados consultan el directorio de startups.",
        "Only verified investment funds and accelerators browse the startup directory.");

    // Whether the actor may browse: operators, and members or keys of a verified fund or accelerator.
    public async Task<bool> MayBrowseAsync(Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role == Roles.Operador)
        {
            return true;
        }

        if (actor.Role != Roles.Aliado || actor.OrganizationId is not { } organizationId)
        {
            return false;
        }

        var kind = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId && o.VerifiedAt != null)
            .Select(o => (OrganizationKind?)o.Kind).FirstOrDefaultAsync(ct);
        return kind is { } k && BrowsingKinds.Contains(k);
    }

    public async Task<BrowseStartupsOutcome> RunAsync(StartupSearch search, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (!await MayBrowseAsync(actor, ct))
        {
            return new BrowseStartupsOutcome.NotAllowed(NotABrowser);
        }

        StartupStage? stage = null;
        if (!string.IsNullOrWhiteSpace(search.Stage))
        {
            if (!StartupProfileRules.TryParseStage(search.Stage, out var parsed))
            {
                return new BrowseStartupsOutcome.Invalid([new FieldError(StartupProfileRules.Fields.Stage, new IdRejection("unknown",
                    $"La etapa no existe; use una de: {string.Join(", ", StartupProfileRules.Stages.Select(StartupProfileRules.Wire))}.",
                    $"The stage does not exist; use one of: {string.Join(", ", StartupProfileRules.Stages.Select(StartupProfileRules.Wire))}."))]);
            }

            stage = parsed;
        }

        var query = from p in db.StartupProfiles.AsNoTracking()
                    join c in db.Companies.AsNoTracking() on p.CompanyId equals c.Id
                    where p.VisibleToInvestors && c.VerifiedAt != null && c.Kind == CompanyKind.Startup
                    select new { Profile = p, Company = c };
        if (!string.IsNullOrWhiteSpace(search.Sector))
        {
            var sector = search.Sector.Trim();
            query = query.Where(x => x.Company.SectorCode == sector);
        }

        if (!string.IsNullOrWhiteSpace(search.State))
        {
            var state = search.State.Trim();
            query = query.Where(x => x.Company.StateCode == state);
        }

        if (stage is { } s)
        {
            query = query.Where(x => x.Profile.Stage == s);
        }

        var total = await query.CountAsync(ct);
        var page = Math.Max(1, search.Page);
        var rows = await query.OrderByDescending(x => x.Profile.UpdatedAt).ThenBy(x => x.Company.TradeName)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new
            {
                x.Company.Id,
                x.Company.TradeName,
                x.Company.SectorCode,
                x.Company.StateCode,
                x.Profile.Stage,
                x.Profile.Funding,
                x.Profile.FoundedOn,
                x.Profile.Pitch,
                x.Company.Website,
                Founders = db.StartupFounders.Count(f => f.CompanyId == x.Company.Id),
            })
            .ToListAsync(ct);

        var ids = rows.Select(r => r.Id).ToList();
        // Each founder is one learner at most (a learner's CURP is unique), and a learner completes a
        // path once: counting rows counts founders.
        var completed = await (from f in db.StartupFounders.AsNoTracking()
                               where ids.Contains(f.CompanyId) && f.LearnerId != null
                               join pc in db.PathCompletions.AsNoTracking() on f.LearnerId equals pc.LearnerId
                               join lp in db.LearningPaths.AsNoTracking() on pc.PathId equals lp.Id
                               group f by new { f.CompanyId, lp.Code, lp.NameEs, lp.NameEn } into g
                               select new { g.Key.CompanyId, g.Key.Code, g.Key.NameEs, g.Key.NameEn, Founders = g.Count() })
            .ToListAsync(ct);
        var paths = completed.ToLookup(c => c.CompanyId);

        var items = rows.Select(r => new StartupListing(r.Id, r.TradeName, r.SectorCode, r.StateCode, r.Stage, r.Funding, r.FoundedOn.Year, r.Pitch, r.Website, r.Founders,
            [.. paths[r.Id].OrderByDescending(p => p.Founders).ThenBy(p => p.Code, StringComparer.Ordinal).Select(p => new FounderPathCount(p.Code, p.NameEs, p.NameEn, p.Founders))])).ToList();
        return new BrowseStartupsOutcome.Found(new StartupDirectory(items, page, PageSize, total));
    }
}
