using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Companies;
using Semillero.Data;
using Semillero.Diagnostics;
using Semillero.Identity;

namespace Semillero.Demo;

// The diagnostic's demo: sixty synthetic Pymes across states and sectors with a submitted
// assessment at every level (enough that the program's figures show rather than hide), a dozen of
// them re-assessed — half after their staff trained and graduated — and the demo empresa's own
// company with its T0. Built with the diagnostic's use cases; only into a database without
// assessments.
public sealed class SeedDemoDiagnostics(SemilleroDb db, StartAssessment start, SaveAnswers save, SubmitAssessment submit, TimeProvider clock)
{
    private static readonly string[] Trades = ["Panadería", "Taller", "Despacho", "Distribuidora", "Consultoría", "Abarrotes", "Ferretería", "Laboratorio", "Agencia", "Imprenta"];

    private static readonly string[] Names = ["del Valle", "Sol", "Horizonte", "Azteca", "Maya", "Norte", "Pacífico", "Bajío", "Sierra", "Golfo", "Jacarandas", "Laguna"];

    private static readonly string[] Sectors = ["31-33", "43", "46", "54", "72", "81"];

    private static readonly string[] States = ["09", "14", "19", "21", "31", "20", "15", "11"];

    // How many synthetic Pymes end at each level 0–4.
    private static readonly int[] AtLevel = [8, 16, 18, 12, 6];

    public async Task<bool> IsEmptyAsync(CancellationToken ct) => !await db.Assessments.AnyAsync(ct);

    public async Task<int> RunAsync(int seed, CancellationToken ct)
    {
        var random = new Random(seed);
        var bank = QuestionBanks.Shipped;
        var now = clock.GetUtcNow().UtcDateTime;
        var companies = new List<(Guid Id, int Level)>();
        var n = 0;
        for (var level = 0; level < AtLevel.Length; level++)
        {
            for (var i = 0; i < AtLevel[level]; i++, n++)
            {
                var workers = 5 + random.Next(0, 200);
                var sales = Math.Round((decimal)(random.NextDouble() * 200), 1);
                var sector = Sectors[n % Sectors.Length];
                var body = "DGP" + new DateOnly(2010, 1, 1).AddDays(n * 53).ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture)
                    + "ABCDEFGHJKLMNPRSTUVWXYZ"[n % 23] + (char)('1' + (n % 9));
                var name = $"{Trades[n % Trades.Length]} {Names[(n * 7 / Trades.Length) % Names.Length]}";
                var band = CompanyRules.SizeBandOf(sector, workers, sales);
                if (band == SizeBand.Grande)
                {
                    (workers, sales, band) = (20, 10m, CompanyRules.SizeBandOf(sector, 20, 10m));
                }

                var company = new Company
                {
                    Id = Guid.CreateVersion7(clock.GetUtcNow()),
                    Rfc = body + Rfc.CheckDigit(body),
                    RfcCheckDigitMatches = true,
                    LegalName = name + " S.A. de C.V.",
                    TradeName = name,
                    SectorCode = sector,
                    StateCode = States[(n * 5) % States.Length],
                    Workers = workers,
                    AnnualSalesMdp = sales,
                    SizeBand = band,
                    Kind = CompanyKind.Pyme,
                    Description = "Empresa de demostración del diagnóstico de madurez en IA.",
                    CreatedAt = now,
                    UpdatedAt = now,
                    CreatedBy = SeedDemoCompanies.SeededBy,
                    VerifiedAt = now,
                    VerifiedBy = SeedDemoCompanies.SeededBy,
                };
                db.Companies.Add(company);
                companies.Add((company.Id, level));
            }
        }

        await db.SaveChangesAsync(ct);
        var taken = 0;

        // Twelve re-assessed: the first six of level 1–2 move up a level after training, the next
        // six stay where they were.
        var again = companies.Where(c => c.Level is 1 or 2).Take(12).ToList();
        foreach (var (id, level) in companies)
        {
            var index = again.FindIndex(c => c.Id == id);
            taken += await TakeAsync(bank, id, level, random, ct);
            if (index >= 0)
            {
                taken += await TakeAsync(bank, id, index < 6 ? level + 1 : level, random, ct);
            }
        }

        await TrainAsync(again.Take(6).Select(c => c.Id).ToList(), now, ct);

        // The demo empresa's company: a T0 at level 2, so its result, paths and "measure again" show.
        var demoCompany = await db.Companies.AsNoTracking().Where(c => c.Rfc.StartsWith(SeedDemoCompanies.DemoEmpresaRfcStart)).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        if (demoCompany is { } mine)
        {
            taken += await TakeAsync(bank, mine, 2, random, ct);
        }

        return taken;
    }

    // Answers around the level's score (each question the level's 0–4 value, one in four moved a
    // step), with AI in production from level 3 up; then submitted.
    private async Task<int> TakeAsync(QuestionBank bank, Guid companyId, int level, Random random, CancellationToken ct)
    {
        var actor = new Actor("demo", "Demo", Roles.Empresa, CompanyId: companyId);
        if (await start.RunAsync(companyId, actor, ct) is not StartAssessmentOutcome.Started started)
        {
            return 0;
        }

        var answers = bank.Questions.ToDictionary(q => q.Id, q =>
        {
            var score = level;
            if (random.Next(4) == 0)
            {
                score += random.Next(2) == 0 ? -1 : 1;
            }

            return (int?)Math.Clamp(score, 0, 4);
        }, StringComparer.Ordinal);
        answers[bank.AdvancedUse.QuestionId] = level >= 3 ? Math.Max(3, level) : Math.Min(level, 2);
        await save.AsOwnerAsync(started.AssessmentId, answers, actor, ct);
        return await submit.RunAsync(started.AssessmentId, actor, ct) is SubmitAssessmentOutcome.Submitted ? 1 : 0;
    }

    // Each company invited one demo learner to a path whose every course they completed: once the
    // background evaluation makes them egresados of it (seconds after start-up), the company's staff
    // "trained".
    private async Task TrainAsync(List<Guid> companies, DateTime now, CancellationToken ct)
    {
        var pathCourses = (await db.PathCourses.AsNoTracking().Select(pc => new { pc.PathId, pc.CourseId }).ToListAsync(ct))
            .GroupBy(pc => pc.PathId).ToDictionary(g => g.Key, g => g.Select(pc => pc.CourseId).ToHashSet());
        var done = (await db.CourseCompletions.AsNoTracking().Select(c => new { c.LearnerId, c.CourseId }).ToListAsync(ct))
            .GroupBy(c => c.LearnerId).ToDictionary(g => g.Key, g => g.Select(c => c.CourseId).ToHashSet());
        var graduates = done
            .SelectMany(d => pathCourses.Where(p => p.Value.IsSubsetOf(d.Value)).Select(p => (LearnerId: d.Key, PathId: p.Key)))
            .OrderBy(g => g.LearnerId).Take(companies.Count * 4).ToList();
        var ids = graduates.Select(g => g.LearnerId).ToList();
        var emails = await db.Learners.AsNoTracking().Where(l => ids.Contains(l.Id) && l.Email != null && l.AnonymizedAt == null)
            .ToDictionaryAsync(l => l.Id, l => l.Email!, ct);
        var invited = graduates.Where(g => emails.ContainsKey(g.LearnerId)).DistinctBy(g => g.LearnerId).Take(companies.Count).ToList();
        for (var i = 0; i < invited.Count; i++)
        {
            db.TrainingInvitations.Add(new TrainingInvitation
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                CompanyId = companies[i],
                Email = emails[invited[i].LearnerId],
                PathId = invited[i].PathId,
                InvitedAt = now,
                InvitedBy = "demo",
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
