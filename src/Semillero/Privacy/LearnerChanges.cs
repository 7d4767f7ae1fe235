using Semillero.Data;

namespace Semillero.Privacy;

// What others may see of a person changed: a consent given or withdrawn, a badge issued or
// revoked, the account cancelled. Privacy owns the signal because who sees what of a person is what
// it governs. A feature that keeps people in memory (Matching's candidate index) listens, so the
// features that make such changes need not know it exists, and every host (web, CLI, tests)
// behaves the same (docs/adr/0009-dependencies-point-one-way.md).
public interface ILearnerChangeListener
{
    Task LearnerChangedAsync(SemilleroDb db, Guid learnerId, CancellationToken ct);
}

public sealed class LearnerChanges(IEnumerable<ILearnerChangeListener> listeners)
{
    // Called after the change is saved, before the request that made it returns.
    public async Task PublishAsync(SemilleroDb db, Guid learnerId, CancellationToken ct)
    {
        foreach (var listener in listeners)
        {
            await listener.LearnerChangedAsync(db, learnerId, ct);
        }
    }
}
