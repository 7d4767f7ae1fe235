using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.Catalog;

public abstract record PublishPathOutcome
{
    public sealed record Done(LearningPath Path) : PublishPathOutcome;

    public sealed record Invalid(string Es, string En) : PublishPathOutcome;

    public sealed record NotFound : PublishPathOutcome;
}

// A published path is public (/catalogo) and can be completed; a draft is seen by operators only.
// Unpublishing keeps the egresados it already has (they met it while it was in force).
public sealed class PublishPath(SemilleroDb db, CatalogChanges changes, TimeProvider clock)
{
    public Task<PublishPathOutcome> PublishAsync(string code, CancellationToken ct) => SetAsync(code, true, ct);

    public Task<PublishPathOutcome> UnpublishAsync(string code, CancellationToken ct) => SetAsync(code, false, ct);

    private async Task<PublishPathOutcome> SetAsync(string code, bool published, CancellationToken ct)
    {
        var path = await db.LearningPaths.Include(p => p.Courses).FirstOrDefaultAsync(p => p.Code == code, ct);
        if (path is null)
        {
            return new PublishPathOutcome.NotFound();
        }

        if (published && path.Courses.Count == 0)
        {
            return new PublishPathOutcome.Invalid(
                "Una ruta sin cursos no se puede publicar: nadie podría terminarla. Agréguele al menos un curso.",
                "A path without courses cannot be published: nobody could complete it. Add at least one course.");
        }

        if (path.Published != published)
        {
            path.Published = published;
            path.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            // Ingest evaluates published paths only.
            changes.Notify();
        }

        return new PublishPathOutcome.Done(path);
    }
}
