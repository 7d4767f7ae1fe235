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
public sealed class ReadDiagnosticFigures(SemilleroDb db, BankVersions banks, ReadTrainingFunnel funnel)
{
    public async Task<DiagnosticFigures> RunAsync(int? version, CancellationToken ct)
    {
        var bank = version is { } v ? await banks.FindAsync(v, ct) ?? await banks.CurrentAsync(ct) : await banks.CurrentAsync(ct);
        var rows = await db.Assessments.AsNoTracking()
            .Where(a => a.SubmittedAt != null && a.BankVersion == bank.Version)
            .Join(db.Companies.Where(c => c.SizeBand != SizeBand.Grande), a => a.CompanyId, c => c.Id,
                (a, c) => new { a.Id, a.CompanyId, a.Sequence, a.Level, a.AdvancedAi, a.OverallScore, c.StateCode, c.SizeBand, c.SectorCode })
            .ToListAsync(ct);
        var byCompany = rows.GroupBy(r => r.CompanyId).ToList();
        var latest = byCompany.Select(g => g.MaxBy(r => r.Sequence)!).ToList();

        var national = Distribution([("MX", latest.Select(r => (r.Level!.Value, r.AdvancedAi)).ToList())]);
        var share = national[0].Advanced.Shown is { } adv && national[0].Total.Shown is { } total && total >= SmallCells.Threshold
            ? Math.Round(adv * 100m / total, 1, MidpointRounding.AwayFromZero)
            : (decimal?)null;

        // T0 → latest, for companies with at least two assessments of this version.
        var trained = await funnel.TrainedCompaniesAsync(ct);
        var pairs = byCompany.Where(g => g.Count() > 1).Select(g => (Company: g.Key, First: g.MinBy(r => r.Sequence)!.Id, Last: g.MaxBy(r => r.Sequence)!.Id)).ToList();
        var ids = pairs.SelectMany(p => new[] { p.First, p.Last }).ToList();
        var scores = (await db.AssessmentScores.AsNoTracking().Where(s => ids.Contains(s.AssessmentId)).ToListAsync(ct))
            .ToLookup(s => s.AssessmentId);
        var overall = rows.Where(r => ids.Contains(r.Id)).ToDictionary(r => r.Id, r => r.OverallScore!.Value);
        ChangeGroup Change(IEnumerable<(Guid Company, Guid First, Guid Last)> group)
        {
            var list = group.ToList();
            if (list.Count < SmallCells.Threshold)
            {
                return new ChangeGroup(list.Count, null, new Dictionary<string, decimal>());
            }

            var byDimension = bank.Dimensions.ToDictionary(d => d.Id, d => Math.Round((decimal)list.Average(p =>
                scores[p.Last].First(s => s.DimensionId == d.Id).Score - scores[p.First].First(s => s.DimensionId == d.Id).Score), 1, MidpointRounding.AwayFromZero), StringComparer.Ordinal);
            return new ChangeGroup(list.Count, Math.Round((decimal)list.Average(p => overall[p.Last] - overall[p.First]), 1, MidpointRounding.AwayFromZero), byDimension);
        }

        return new DiagnosticFigures(
            bank,
            national[0],
            share,
            Distribution(latest.GroupBy(r => r.StateCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Select(r => (r.Level!.Value, r.AdvancedAi)).ToList())).ToList()),
            Distribution(latest.GroupBy(r => r.SizeBand).OrderBy(g => g.Key).Select(g => (g.Key.ToString(), g.Select(r => (r.Level!.Value, r.AdvancedAi)).ToList())).ToList()),
            Distribution(latest.GroupBy(r => r.SectorCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Select(r => (r.Level!.Value, r.AdvancedAi)).ToList())).ToList()),
            Change(pairs.Where(p => trained.Contains(p.Company))),
            Change(pairs.Where(p => !trained.Contains(p.Company))));
    }

    // Rows × levels 0–4 with each row's total as a sixth column and the totals as a last row, so
    // every row and every column is a line for complementary suppression; the advanced counts are
    // one more line with their national total.
    public static List<LevelRow> Distribution(IReadOnlyList<(string Key, List<(int Level, bool Advanced)> Companies)> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var n = groups.Count;
        var cells = new long[n + 1, 6];
        var advanced = new long[n + 1];
        for (var r = 0; r < n; r++)
        {
            foreach (var (level, adv) in groups[r].Companies)
            {
                cells[r, level]++;
                cells[r, 5]++;
                cells[n, level]++;
                cells[n, 5]++;
                if (adv)
                {
                    advanced[r]++;
                    advanced[n]++;
                }
            }
        }

        var hidden = SmallCells.Table(cells, SmallCells.Threshold);
        var hiddenAdvanced = SmallCells.Line(advanced, SmallCells.Threshold);
        return Enumerable.Range(0, n).Select(r => new LevelRow(
            groups[r].Key,
            Enumerable.Range(0, 5).Select(c => Cell(cells[r, c], hidden[r, c])).ToList(),
            Cell(cells[r, 5], hidden[r, 5]),
            Cell(advanced[r], hiddenAdvanced[r] || hidden[r, 5]))).ToList();
    }

    private static CompanyCell Cell(long value, bool hidden) => new(value, Suppressions.Of(value, hidden));
}
