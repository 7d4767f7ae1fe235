using Microsoft.EntityFrameworkCore;
using Semillero.Companies;
using Semillero.Data;
using Semillero.Disclosure;

namespace Semillero.Diagnostics;

// A published count and whether it is withheld (Disclosure/SmallCells).
public readonly record struct CompanyCell(long Value, Suppression Suppression)
{
    public long? Shown => Suppression == Suppression.None ? Value : null;
}

// One row of the level distribution: companies at each level 0–4, their total, and how many of them
// use AI at the advanced level.
public sealed record LevelRow(string Key, IReadOnlyList<CompanyCell> Levels, CompanyCell Total, CompanyCell Advanced);

// The mean change from T0 to the latest assessment (same bank version) of a group of companies;
// nothing is shown for fewer than SmallCells.Threshold companies.
public sealed record ChangeGroup(int Companies, decimal? Overall, IReadOnlyDictionary<string, decimal> ByDimension)
{
    public bool Shown => Companies >= SmallCells.Threshold;
}

public sealed record DiagnosticFigures(
    QuestionBank Bank,
    LevelRow National,
    decimal? AdvancedSharePercent,
    IReadOnlyList<LevelRow> ByState,
    IReadOnlyList<LevelRow> BySizeBand,
    IReadOnlyList<LevelRow> BySector,
    ChangeGroup Trained,
    ChangeGroup NotTrained)
{
    // The national figure the program set out to move: about 3% of Mexican companies use advanced AI.
    public const decimal BaselinePercent = 3m;
}

// The program's figures of the diagnostic, for analysts, operators and (national rows) the public:
// each Pyme (size band micro, pequeña or mediana) counted once, by its latest submitted assessment of
// one bank version; every cell of 1 to 4 companies withheld, with the cells that would give it back
// (docs/diagnostic.md, "Program figures").
public sealed class ReadDiagnosticFigures(SemilleroDb db, BankVersions banks, ReadTrainingFunnel funnel, DiagnosticFiguresCache cache)
{
    // Served from the cache while nothing it counts has changed (DiagnosticFiguresCache).
    public Task<DiagnosticFigures> RunAsync(int? version, CancellationToken ct) =>
        cache.GetAsync(db.Database.GetConnectionString(), "figuras:" + version?.ToString(System.Globalization.CultureInfo.InvariantCulture), () => ComputeAsync(version, ct));

    public async Task<DiagnosticFigures> ComputeAsync(int? version, CancellationToken ct)
    {
        // Without a version: the newest one companies have answered (a version just published has
        // no assessments yet, and the figures would read as if nobody had taken the diagnostic).
        var answered = await db.Assessments.AsNoTracking().Where(a => a.Latest).MaxAsync(a => (int?)a.BankVersion, ct);
        var bank = (version ?? answered) is { } v ? await banks.FindAsync(v, ct) ?? await banks.CurrentAsync(ct) : await banks.CurrentAsync(ct);
        var latest = db.Assessments.AsNoTracking()
            .Where(a => a.Latest && a.BankVersion == bank.Version)
            .Join(db.Companies.Where(c => c.SizeBand != SizeBand.Grande), a => a.CompanyId, c => c.Id,
                (a, c) => new { a.Level, a.AdvancedAi, c.StateCode, c.SizeBand, c.SectorCode });

        // Counted by the database in one pass: one row per (state, band, sector, level), at most
        // 32 × 3 × 6 × 5 whatever the number of companies; the three breakdowns are its sums.
        var cells = await latest.GroupBy(x => new { x.StateCode, x.SizeBand, x.SectorCode, x.Level })
            .Select(g => new { g.Key.StateCode, g.Key.SizeBand, g.Key.SectorCode, g.Key.Level, Count = g.Count(), Advanced = g.Count(x => x.AdvancedAi) })
            .ToListAsync(ct);
        var byState = cells.Select(g => (g.StateCode, g.Level!.Value, (long)g.Count, (long)g.Advanced));
        var byBand = cells.Select(g => (g.SizeBand.ToString(), g.Level!.Value, (long)g.Count, (long)g.Advanced));
        var bySector = cells.Select(g => (g.SectorCode, g.Level!.Value, (long)g.Count, (long)g.Advanced));

        var (national, states, bands, sectors) = Publish(Rows(byState), Rows(byBand), Rows(bySector));
        var share = national.Advanced.Shown is { } adv && national.Total.Shown is { } total && total >= SmallCells.Threshold
            ? Math.Round(adv * 100m / total, 1, MidpointRounding.AwayFromZero)
            : (decimal?)null;

        var (trained, notTrained) = await ChangeAsync(bank, ct);
        return new DiagnosticFigures(
            bank,
            national,
            share,
            states,
            bands,
            sectors,
            trained,
            notTrained);
    }

    // The mean change from T0 to the latest assessment of this version, for the re-assessed Pymes
    // whose staff trained and for the others. Summed by the database (one row per dimension), so the
    // cost does not grow with rows sent to the application: every re-assessed Pyme, then the trained
    // ones (usually few), and the others as the difference.
    private async Task<(ChangeGroup Trained, ChangeGroup NotTrained)> ChangeAsync(QuestionBank bank, CancellationToken ct)
    {
        var version = bank.Version;

        // Each company's first submitted assessment of this version (T0 of the series): none earlier.
        var firsts = db.Assessments.AsNoTracking()
            .Where(f => f.BankVersion == version && f.SubmittedAt != null
                && !db.Assessments.Any(e => e.CompanyId == f.CompanyId && e.BankVersion == version && e.SubmittedAt != null && e.Sequence < f.Sequence));

        // A re-assessed Pyme: its latest assessment of this version came after its T0.
        var pairs = db.Assessments.AsNoTracking()
            .Where(a => a.Latest && a.BankVersion == version && a.Sequence > 0)
            .Join(db.Companies.Where(c => c.SizeBand != SizeBand.Grande), a => a.CompanyId, c => c.Id, (a, c) => a)
            .Join(firsts, a => a.CompanyId, f => f.CompanyId, (a, f) => new ChangePair
            {
                CompanyId = a.CompanyId,
                Last = a.Id,
                First = f.Id,
                LastSequence = a.Sequence,
                FirstSequence = f.Sequence,
                Change = a.OverallScore!.Value - f.OverallScore!.Value,
            })
            .Where(p => p.FirstSequence < p.LastSequence);

        var all = await SumsAsync(pairs, ct);
        var trained = (await funnel.TrainedCompaniesAsync(ct)).ToList();
        var ofTrained = trained.Count == 0 ? ChangeSums.None : await SumsAsync(pairs.Where(p => trained.Contains(p.CompanyId)), ct);
        var others = new ChangeSums(all.Pairs - ofTrained.Pairs, all.Overall - ofTrained.Overall,
            all.ByDimension.ToDictionary(d => d.Key, d => d.Value - ofTrained.ByDimension.GetValueOrDefault(d.Key), StringComparer.Ordinal));

        // As Enumerable.Average over the pairs' integer changes: the sum over the count, in double.
        ChangeGroup Change(ChangeSums sums)
        {
            if (sums.Pairs < SmallCells.Threshold)
            {
                return new ChangeGroup(sums.Pairs, null, new Dictionary<string, decimal>());
            }

            decimal Mean(long sum) => Math.Round((decimal)((double)sum / sums.Pairs), 1, MidpointRounding.AwayFromZero);
            var byDimension = bank.Dimensions.ToDictionary(d => d.Id, d => Mean(sums.ByDimension[d.Id]), StringComparer.Ordinal);
            return new ChangeGroup(sums.Pairs, Mean(sums.Overall), byDimension);
        }

        return (Change(ofTrained), Change(others));
    }

    // Per dimension: the pairs, the sum of their overall changes (the same in every dimension's row:
    // each pair has one score in every dimension) and the sum of their changes in that dimension.
    private async Task<ChangeSums> SumsAsync(IQueryable<ChangePair> pairs, CancellationToken ct)
    {
        var rows = await pairs
            .Join(db.AssessmentScores, p => p.Last, s => s.AssessmentId, (p, s) => new { p.First, p.Change, s.DimensionId, s.Score })
            .Join(db.AssessmentScores, x => new { Id = x.First, x.DimensionId }, s => new { Id = s.AssessmentId, s.DimensionId },
                (x, s) => new { x.DimensionId, x.Change, Difference = x.Score - s.Score })
            .GroupBy(x => x.DimensionId)
            .Select(g => new { g.Key, Pairs = g.Count(), Overall = g.Sum(x => (long)x.Change), Difference = g.Sum(x => (long)x.Difference) })
            .ToListAsync(ct);
        return rows.Count == 0
            ? ChangeSums.None
            : new ChangeSums(rows[0].Pairs, rows[0].Overall, rows.ToDictionary(r => r.Key, r => r.Difference, StringComparer.Ordinal));
    }

    private sealed class ChangePair
    {
        public Guid CompanyId { get; init; }

        public Guid Last { get; init; }

        public Guid First { get; init; }

        public int? LastSequence { get; init; }

        public int? FirstSequence { get; init; }

        public int Change { get; init; }
    }

    private sealed record ChangeSums(int Pairs, long Overall, IReadOnlyDictionary<string, long> ByDimension)
    {
        public static ChangeSums None { get; } = new(0, 0, new Dictionary<string, long>());
    }

    // (group, level, companies, advanced) rows into one row per group with its five level counts.
    private static List<(string Key, long[] Levels, long Advanced)> Rows(IEnumerable<(string Key, int Level, long Count, long Advanced)> counts) =>
        counts.GroupBy(c => c.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var levels = new long[5];
                foreach (var c in g)
                {
                    levels[c.Level] += c.Count;
                }

                return (g.Key, levels, g.Sum(c => c.Advanced));
            })
            .ToList();

    // The three breakdowns of the same companies and the national row they all add up to, each cell
    // of 1–4 companies withheld with the cells that would give it back. The national row is every
    // breakdown's totals row, so it withholds whatever any of them needed withheld there (and then
    // whatever that in turn gives away): no two published tables together recover a hidden cell.
    public static (LevelRow National, List<LevelRow> States, List<LevelRow> Bands, List<LevelRow> Sectors) Publish(
        IReadOnlyList<(string Key, long[] Levels, long Advanced)> states,
        IReadOnlyList<(string Key, long[] Levels, long Advanced)> bands,
        IReadOnlyList<(string Key, long[] Levels, long Advanced)> sectors)
    {
        ArgumentNullException.ThrowIfNull(states);
        var tables = new[] { Distribution(states), Distribution(bands), Distribution(sectors) };
        var totals = new long[6];
        long advanced = 0;
        foreach (var (_, levels, adv) in states)
        {
            for (var l = 0; l < 5; l++)
            {
                totals[l] += levels[l];
                totals[5] += levels[l];
            }

            advanced += adv;
        }

        var hidden = SmallCells.Line(totals, SmallCells.Threshold, [.. Enumerable.Range(0, 6).Select(c => tables.Any(t => t.TotalsHidden[c]))]);
        var advancedHidden = SmallCells.IsSmall(advanced, SmallCells.Threshold) || tables.Any(t => t.AdvancedTotalHidden) || hidden[5];
        var national = new LevelRow("MX", [.. Enumerable.Range(0, 5).Select(c => Cell(totals[c], hidden[c]))], Cell(totals[5], hidden[5]), Cell(advanced, advancedHidden));
        return (national, tables[0].Rows, tables[1].Rows, tables[2].Rows);
    }

    // Rows × levels 0–4 with each row's total as a sixth column and the totals as a last row, so
    // every row and every column is a line for complementary suppression; the advanced counts are
    // one more line with their total. Returns the rows and what the totals row needed withheld.
    private static (List<LevelRow> Rows, bool[] TotalsHidden, bool AdvancedTotalHidden) Distribution(IReadOnlyList<(string Key, long[] Levels, long Advanced)> groups)
    {
        var n = groups.Count;
        var cells = new long[n + 1, 6];
        var advanced = new long[n + 1];
        for (var r = 0; r < n; r++)
        {
            for (var level = 0; level < 5; level++)
            {
                cells[r, level] = groups[r].Levels[level];
                cells[r, 5] += groups[r].Levels[level];
                cells[n, level] += groups[r].Levels[level];
                cells[n, 5] += groups[r].Levels[level];
            }

            advanced[r] = groups[r].Advanced;
            advanced[n] += groups[r].Advanced;
        }

        var hidden = SmallCells.Table(cells, SmallCells.Threshold);
        var hiddenAdvanced = SmallCells.Line(advanced, SmallCells.Threshold);
        var rows = Enumerable.Range(0, n).Select(r => new LevelRow(
            groups[r].Key,
            Enumerable.Range(0, 5).Select(c => Cell(cells[r, c], hidden[r, c])).ToList(),
            Cell(cells[r, 5], hidden[r, 5]),
            Cell(advanced[r], hiddenAdvanced[r] || hidden[r, 5]))).ToList();
        return (rows, [.. Enumerable.Range(0, 6).Select(c => hidden[n, c])], hiddenAdvanced[n]);
    }

    private static CompanyCell Cell(long value, bool hidden) => new(value, Suppressions.Of(value, hidden));
}
