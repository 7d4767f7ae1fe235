using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Semillero.Dashboards;
using Semillero.Data;

namespace Semillero.Demo;

// Demo data for the progress dashboards: the program's targets as the press reported them (the
// 450,000 figure, then 495,000 as a revision with its reason, and yearly lines), and the demo
// registry's sign-up dates spread from the program's start to today, growing over time, so the
// monthly series and the forecast have a history to show. Runs once: only while no target exists.
public sealed class SeedDemoProgress(SemilleroDb db, KpiTargets targets, TimeProvider clock, IOptions<DashboardOptions> options)
{
    public async Task<bool> IsEmptyAsync(CancellationToken ct) => !await db.KpiTargets.AnyAsync(ct);

    public async Task RunAsync(int seed, CancellationToken ct)
    {
        const string By = "demo";
        var due = new DateOnly(2028, 12, 31);
        await targets.ReviseAsync(new TargetInput(KpiMetric.Registered, null, TargetScope.Total, null, 450_000, due,
            "Primera cifra publicada: 450 mil personas capacitadas en tres años.",
            "First published figure: 450,000 people trained in three years."), By, ct);
        await targets.ReviseAsync(new TargetInput(KpiMetric.Registered, null, TargetScope.Total, null, 495_000, due,
            "Cifra del anuncio conjunto con el proveedor: 495 mil personas al cierre de 2028.",
            "Figure from the joint announcement with the provider: 495,000 people by the end of 2028."), By, ct);
        foreach (var year in new[] { 2026, 2027, 2028 })
        {
            await targets.ReviseAsync(new TargetInput(KpiMetric.Registered, year, TargetScope.Total, null, 165_000, null,
                "Reparto anual de la meta total.", "The program total spread over the years."), By, ct);
        }

        await targets.ReviseAsync(new TargetInput(KpiMetric.Graduated, null, TargetScope.Total, null, 150_000, due,
            "Referencia interna: tres de cada diez personas inscritas concluyen una ruta.",
            "Internal reference: three in ten registered people complete a path."), By, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var start = options.Value.ProgramStart.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var span = (now - start).TotalDays;
        var random = new Random(seed);
        var learners = await db.Learners.Where(l => l.RegisteredBy == SeedDemoLearners.SeededBy).ToListAsync(ct);
        foreach (var learner in learners)
        {
            // Square root of a uniform draw: sign-ups grow as the program becomes known.
            var at = start.AddDays(span * Math.Sqrt(random.NextDouble())).AddMinutes(random.Next(0, 1440));
            db.Entry(learner).Property(l => l.CreatedAt).CurrentValue = at < now ? at : now;
            learner.UpdatedAt = now;
        }

        await db.SaveChangesAsync(ct);
    }
}
