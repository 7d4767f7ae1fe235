using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Geography;

namespace Semillero.Learners;

public sealed record StateCount(Entidad State, int Learners)
{
    // Coverage against the 2020 census, the program's per-capita yardstick.
    public double Per100k => State.Poblacion2020 == 0 ? 0 : Learners * 100_000.0 / State.Poblacion2020;
}

public sealed record RegistrySnapshot(int Total, IReadOnlyList<StateCount> ByState);

// The landing page's live counters. Counts people, not records: the registry holds one row per CURP.
public sealed class RegistryCounts(SemilleroDb db)
{
    public async Task<RegistrySnapshot> RunAsync(CancellationToken ct)
    {
        var byCode = await db.Learners.AsNoTracking()
            .GroupBy(l => l.StateCode)
            .Select(g => new { Code = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Code, x => x.Count, ct);

        var states = Entidades.All
            .Select(e => new StateCount(e, byCode.GetValueOrDefault(e.Clave)))
            .ToList();
        return new RegistrySnapshot(states.Sum(s => s.Learners), states);
    }
}
