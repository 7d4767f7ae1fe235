using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Disclosure;

namespace Semillero.Credits;

// Applications in one status: how many, and how long they have waited since submission (days).
public sealed record PipelineLine(ApplicationStatus Status, int Applications, double? MedianAgeDays, int? OldestAgeDays);

// Open reviews assigned to one reviewer (assigned, not submitted, on an open application).
public sealed record ReviewerLoad(Guid ReviewerId, string DisplayName, bool Active, int OpenReviews);

// Awards grouped by one key: how many, to how many companies, and the USD they granted.
public sealed record AwardLine(string Key, int Awards, int Companies, long GrantedCents);

public sealed record PoolLine(Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn, long AmountCents, long AwardedCents)
{
    public long LeftCents => AmountCents - AwardedCents;
}

public sealed record CreditPipelineFigures(
    IReadOnlyList<PipelineLine> Pipeline,
    IReadOnlyList<ReviewerLoad> Reviewers,
    int Awards,
    int Companies,
    long GrantedCents,
    IReadOnlyList<AwardLine> ByTier,
    IReadOnlyList<AwardLine> ByState,
    IReadOnlyList<AwardLine> BySector,
    IReadOnlyList<AwardLine> ByStage,
    IReadOnlyList<PoolLine> Pools);

// A published figure and whether it is withheld (Disclosure/SmallCells).
public readonly record struct CreditCell(long Value, Suppression Suppression)
{
    public long? Shown => Suppression == Suppression.None ? Value : null;
}

// One group of the public tables: the startups supported in it and the USD they were awarded.
public sealed record PublicAwardRow(string Key, CreditCell Startups, CreditCell Cents);

public sealed record PublicCreditFigures(CreditCell Startups, CreditCell Cents, IReadOnlyList<PublicAwardRow> ByState, IReadOnlyList<PublicAwardRow> BySector);

// The program's figures (docs/credits.md, "Figures"). Operators read the pipeline, the reviewers'
// load, awards by tier, state, sector and stage, and the pools' budgets. Analysts and the public read
// the startups supported and the USD awarded by state and by sector: a group of 1 to 4 startups is
// withheld (its money would tell what one startup got), with the cells that would give it back from
// the totals, across both tables (the diagnostic's figures do the same: ReadDiagnosticFigures.Publish).
public sealed class ReadCreditFigures(SemilleroDb db, TimeProvider clock)
{
    public async Task<CreditPipelineFigures> PipelineAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var applications = await db.CreditApplications.AsNoTracking().Select(a => new { a.Status, a.SubmittedAt }).ToListAsync(ct);
        var pipeline = Enum.GetValues<ApplicationStatus>().Select(status =>
        {
            var ages = applications.Where(a => a.Status == status).Select(a => (int)Math.Floor((now - a.SubmittedAt).TotalDays)).Order().ToList();
            return new PipelineLine(status, ages.Count, Median(ages), ages.Count == 0 ? null : ages[^1]);
        }).ToList();

        var open = new[] { ApplicationStatus.Enviada, ApplicationStatus.EnRevision, ApplicationStatus.PorDecidir, ApplicationStatus.ListaDeEspera };
        var load = await db.CreditReviews.AsNoTracking()
            .Where(r => r.SubmittedAt == null && db.CreditApplications.Any(a => a.Id == r.ApplicationId && open.Contains(a.Status)))
            .GroupBy(r => r.ReviewerId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var counts = load.ToDictionary(l => l.Key, l => l.Count);
        var reviewers = (await db.CreditReviewers.AsNoTracking()
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { r.UserId, u.DisplayName, r.Active })
            .ToListAsync(ct))
            .Where(r => r.Active || counts.ContainsKey(r.UserId))
            .Select(r => new ReviewerLoad(r.UserId, r.DisplayName, r.Active, counts.GetValueOrDefault(r.UserId)))
            .OrderByDescending(r => r.OpenReviews).ThenBy(r => r.DisplayName, StringComparer.Ordinal).ToList();

        var awards = await db.CreditAwards.AsNoTracking()
            .Select(a => new { a.CompanyId, a.TierKey, a.StateCode, a.SectorCode, a.Stage, a.GrantedCents }).ToListAsync(ct);
        List<AwardLine> By(Func<(string Tier, string State, string Sector, StartupStage Stage), string> key) =>
            [.. awards.GroupBy(a => key((a.TierKey, a.StateCode, a.SectorCode, a.Stage)), StringComparer.Ordinal)
                .Select(g => new AwardLine(g.Key, g.Count(), g.Select(a => a.CompanyId).Distinct().Count(), g.Sum(a => a.GrantedCents)))
                .OrderBy(l => l.Key, StringComparer.Ordinal)];
        var byStage = awards.GroupBy(a => a.Stage).OrderBy(g => g.Key)
            .Select(g => new AwardLine(g.Key.ToString(), g.Count(), g.Select(a => a.CompanyId).Distinct().Count(), g.Sum(a => a.GrantedCents))).ToList();

        var pools = (await db.CreditPools.AsNoTracking().ToListAsync(ct))
            .OrderBy(p => p.StartsOn).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new PoolLine(p.Id, p.Name, p.StartsOn, p.EndsOn, p.AmountCents, p.AwardedCents)).ToList();

        return new CreditPipelineFigures(pipeline, reviewers, awards.Count, awards.Select(a => a.CompanyId).Distinct().Count(), awards.Sum(a => a.GrantedCents),
            By(k => k.Tier), By(k => k.State), By(k => k.Sector), byStage, pools);
    }

    public async Task<PublicCreditFigures> PublicAsync(CancellationToken ct)
    {
        var awards = await db.CreditAwards.AsNoTracking().Select(a => new { a.CompanyId, a.StateCode, a.SectorCode, a.GrantedCents }).ToListAsync(ct);
        List<(string Key, long Startups, long Cents)> Rows(Func<(string State, string Sector), string> key) =>
            [.. awards.GroupBy(a => key((a.StateCode, a.SectorCode)), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, (long)g.Select(a => a.CompanyId).Distinct().Count(), g.Sum(a => a.GrantedCents)))];
        return Publish(awards.Select(a => a.CompanyId).Distinct().Count(), awards.Sum(a => a.GrantedCents), Rows(k => k.State), Rows(k => k.Sector));
    }

    // Both tables and the national figures they add up to. In each table the startups column and the
    // USD column are lines with the national figure as their total: a group of 1–4 startups is
    // withheld in both columns, and each column gets the complementary cell that stops the hidden
    // one being the total minus the others. The national figures are the totals of both tables, so
    // whatever either table needed hidden there is hidden in both (and completed again).
    public static PublicCreditFigures Publish(long startups, long cents,
        IReadOnlyList<(string Key, long Startups, long Cents)> states, IReadOnlyList<(string Key, long Startups, long Cents)> sectors)
    {
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(sectors);
        var totalsHidden = (Startups: SmallCells.IsSmall(startups, SmallCells.Threshold), Cents: SmallCells.IsSmall(startups, SmallCells.Threshold));
        while (true)
        {
            var a = Table(states, startups, cents, totalsHidden);
            var b = Table(sectors, startups, cents, totalsHidden);
            var next = (a.Hidden.Startups || b.Hidden.Startups, a.Hidden.Cents || b.Hidden.Cents);
            if (next == totalsHidden)
            {
                return new PublicCreditFigures(Cell(startups, totalsHidden.Startups), Cell(cents, totalsHidden.Cents, startups), a.Rows, b.Rows);
            }

            totalsHidden = next;
        }
    }

    private static (List<PublicAwardRow> Rows, (bool Startups, bool Cents) Hidden) Table(
        IReadOnlyList<(string Key, long Startups, long Cents)> rows, long startups, long cents, (bool Startups, bool Cents) totalsHidden)
    {
        var n = rows.Count;
        var counts = rows.Select(r => r.Startups).Append(startups).ToArray();
        var countsHidden = SmallCells.Line(counts, SmallCells.Threshold, [.. Enumerable.Range(0, n).Select(_ => false).Append(totalsHidden.Startups)]);

        // Money of a group hidden for its startups is hidden too; the USD column is then completed on
        // its own (a small group's amount is not a small number, so SmallCells sees only the flags).
        var amounts = rows.Select(r => r.Cents).Append(cents).ToArray();
        var amountsHidden = SmallCells.Line(amounts, int.MinValue, [.. Enumerable.Range(0, n).Select(r => countsHidden[r]).Append(totalsHidden.Cents || countsHidden[n])]);
        var published = Enumerable.Range(0, n)
            .Select(r => new PublicAwardRow(rows[r].Key, Cell(rows[r].Startups, countsHidden[r]), Cell(rows[r].Cents, amountsHidden[r], rows[r].Startups)))
            .ToList();
        return (published, (countsHidden[n], amountsHidden[n]));
    }

    private static CreditCell Cell(long value, bool hidden) => new(value, Suppressions.Of(value, hidden));

    // An amount hidden because its group has 1–4 startups is "small" for the reader, whatever it is.
    private static CreditCell Cell(long cents, bool hidden, long startups) =>
        new(cents, !hidden ? Suppression.None : SmallCells.IsSmall(startups, SmallCells.Threshold) ? Suppression.Small : Suppression.Withheld);

    private static double? Median(List<int> sorted) => sorted.Count == 0
        ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0;
}
