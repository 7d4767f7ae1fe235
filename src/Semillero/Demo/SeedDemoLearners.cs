using System.Text;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Learners;

namespace Semillero.Demo;

public abstract record SeedDemoLearnersOutcome
{
    public sealed record Seeded(ImportSummary Summary) : SeedDemoLearnersOutcome;

    public sealed record Invalid(string Es, string En) : SeedDemoLearnersOutcome;
}

// Demo learners go through the same import as a partner's file: same validation, same atomicity,
// so the demo exercises the real path and a re-seed with the same seed changes nothing.
public sealed class SeedDemoLearners(SemilleroDb db, ImportLearners import, TimeProvider clock)
{
    public const int MaxLearners = 2_000_000;
    public const string SeededBy = "demo";

    public async Task<bool> IsRegistryEmptyAsync(CancellationToken ct) => !await db.Learners.AnyAsync(ct);

    public async Task<SeedDemoLearnersOutcome> RunAsync(int count, int seed, Action<long, long>? progress, CancellationToken ct)
    {
        if (count is < 1 or > MaxLearners)
        {
            return new SeedDemoLearnersOutcome.Invalid(
                $"El número de aprendices va de 1 a {MaxLearners:N0}.", $"The number of learners ranges from 1 to {MaxLearners:N0}.");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var path = Path.GetTempFileName();
        try
        {
            await using (var file = new StreamWriter(path, append: false, new UTF8Encoding(false)))
            {
                await file.WriteLineAsync("curp,nombre,primer_apellido,segundo_apellido,correo,entidad,segmento");
                foreach (var l in DemoLearners.Generate(count, seed, today))
                {
                    await file.WriteLineAsync($"{l.Curp},{l.Nombre},{l.PrimerApellido},{l.SegundoApellido},{l.Correo},{l.EntidadClave},{l.Segmento}");
                }
            }

            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            return await import.RunAsync(stream, "demo.csv", Registrar.Operator(SeededBy), progress, null, ct) switch
            {
                ImportLearnersOutcome.Completed c => new SeedDemoLearnersOutcome.Seeded(c.Summary),
                var other => throw new InvalidOperationException($"Demo data failed its own import: {other}"),
            };
        }
        finally
        {
            File.Delete(path);
        }
    }
}
