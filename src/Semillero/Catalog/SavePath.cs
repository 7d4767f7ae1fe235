using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Catalog;

public abstract record SavePathOutcome
{
    public sealed record Saved(LearningPath Path, bool Created) : SavePathOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : SavePathOutcome;

    // Another path already has the code.
    public sealed record Conflict(FieldError Error) : SavePathOutcome;

    public sealed record NotFound : SavePathOutcome;
}

// Creates a path (as a draft) or changes one. Its code can change only while it is a draft: once
// published it is in public addresses and in badges already issued.
public sealed class SavePath(SemilleroDb db, CatalogChanges changes, TimeProvider clock)
{
    public Task<SavePathOutcome> CreateAsync(PathInput input, CancellationToken ct) => RunAsync(null, input, ct);

    public Task<SavePathOutcome> UpdateAsync(string code, PathInput input, CancellationToken ct) => RunAsync(code, input, ct);

    private async Task<SavePathOutcome> RunAsync(string? existingCode, PathInput input, CancellationToken ct)
    {
        LearningPath? path = null;
        if (existingCode is not null)
        {
            path = await db.LearningPaths.Include(p => p.Skills).Include(p => p.Courses).FirstOrDefaultAsync(p => p.Code == existingCode, ct);
            if (path is null)
            {
                return new SavePathOutcome.NotFound();
            }
        }

        var (valid, errors) = CatalogRules.ValidatePath(input);
        var problems = errors.ToList();
        // Checked whatever else is wrong, so every problem shows at once.
        var chosen = (input.Courses ?? []).Distinct().ToList();
        var known = await db.Courses.AsNoTracking().Where(c => chosen.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        if (chosen.Except(known).Any())
        {
            problems.Add(new(CatalogRules.Fields.Courses, new IdRejection(CatalogRules.Codes.Unknown,
                "Uno de los cursos elegidos ya no existe; vuelva a elegirlos.",
                "One of the chosen courses no longer exists; choose them again.")));
        }

        if (valid is not null)
        {
            if (path is { Published: true } && !string.Equals(path.Code, valid.Code, StringComparison.Ordinal))
            {
                problems.Add(new(CatalogRules.Fields.Code, new IdRejection(CatalogRules.Codes.Immutable,
                    $"La ruta ya se publicó: su clave «{path.Code}» está en direcciones públicas e insignias y no puede cambiar.",
                    $"The path is published: its code «{path.Code}» is in public addresses and badges and cannot change.")));
            }
        }

        if (problems.Count > 0)
        {
            return new SavePathOutcome.Invalid(problems);
        }

        var v = valid!;
        if (await db.LearningPaths.AnyAsync(p => p.Code == v.Code && (path == null || p.Id != path.Id), ct))
        {
            return Taken(v.Code);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var created = path is null;
        path ??= new LearningPath
        {
            Id = Guid.CreateVersion7(now),
            Code = v.Code,
            NameEs = v.NameEs,
            NameEn = v.NameEn,
            SummaryEs = v.SummaryEs,
            SummaryEn = v.SummaryEn,
            CriteriaEs = v.CriteriaEs,
            CriteriaEn = v.CriteriaEn,
            CreatedAt = now,
        };
        path.Area = v.Area;
        path.Level = v.Level;
        path.NameEs = v.NameEs;
        path.NameEn = v.NameEn;
        path.SummaryEs = v.SummaryEs;
        path.SummaryEn = v.SummaryEn;
        path.CriteriaEs = v.CriteriaEs;
        path.CriteriaEn = v.CriteriaEn;
        path.UpdatedAt = now;

        // Changed in place (removed, added, repositioned), never cleared and re-added: the rows
        // that stay keep their keys.
        path.Skills.RemoveAll(s => !v.Skills.Contains(s.SkillId, StringComparer.Ordinal));
        path.Skills.AddRange(v.Skills.Where(id => path.Skills.All(s => s.SkillId != id)).Select(id => new PathSkill { PathId = path.Id, SkillId = id }).ToList());
        path.Courses.RemoveAll(c => !v.Courses.Contains(c.CourseId));
        for (var i = 0; i < v.Courses.Count; i++)
        {
            var courseId = v.Courses[i];
            if (path.Courses.Find(c => c.CourseId == courseId) is { } existing)
            {
                existing.Position = i + 1;
            }
            else
            {
                path.Courses.Add(new PathCourse { PathId = path.Id, CourseId = courseId, Position = i + 1 });
            }
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (created)
            {
                db.LearningPaths.Add(path);
            }
            else if (!string.Equals(path.Code, v.Code, StringComparison.Ordinal))
            {
                // The code is init-only on the entity (it never changes once published); a draft's is
                // renamed here, in the same transaction.
                var id = path.Id;
                await db.LearningPaths.Where(p => p.Id == id).ExecuteUpdateAsync(u => u.SetProperty(p => p.Code, v.Code), ct);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (CatalogWrites.IsUniqueViolation(e))
        {
            return Taken(v.Code);
        }

        // A published path's courses are part of what ingest evaluates.
        changes.Notify();
        db.ChangeTracker.Clear();
        var saved = await db.LearningPaths.AsNoTracking().Include(p => p.Skills).Include(p => p.Courses).SingleAsync(p => p.Id == path.Id, ct);
        return new SavePathOutcome.Saved(saved, created);
    }

    private static SavePathOutcome.Conflict Taken(string code) =>
        new(new(CatalogRules.Fields.Code, CatalogRules.Duplicate(
            $"Ya existe una ruta con la clave «{code}».",
            $"A path with the code «{code}» already exists.")));
}
