using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Validation;

namespace Semillero.Catalog;

public abstract record SaveCourseOutcome
{
    public sealed record Saved(Course Course, bool Created) : SaveCourseOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : SaveCourseOutcome;

    // The provider already has a course with the code, or an activity already belongs to another
    // course (OtherCourseId names it).
    public sealed record Conflict(FieldError Error, Guid OtherCourseId) : SaveCourseOutcome;

    public sealed record NotFound : SaveCourseOutcome;
}

// Creates or changes a course: its provider and code (as the provider's completion reports name
// it), names, address, hours and the activity IRIs its statements are about. An activity belongs
// to one course, or a statement would count for two; a change of activities takes effect for the
// next statement ingest stores (the rule book is invalidated), not for those already stored — a new
// rule version re-evaluates those.
public sealed class SaveCourse(SemilleroDb db, CatalogChanges changes, IPartnerDirectory partners, TimeProvider clock)
{
    public Task<SaveCourseOutcome> CreateAsync(CourseInput input, CancellationToken ct) => RunAsync(null, input, ct);

    public Task<SaveCourseOutcome> UpdateAsync(Guid id, CourseInput input, CancellationToken ct) => RunAsync(id, input, ct);

    private async Task<SaveCourseOutcome> RunAsync(Guid? id, CourseInput input, CancellationToken ct)
    {
        Course? course = null;
        if (id is { } existingId)
        {
            course = await db.Courses.Include(c => c.Activities).FirstOrDefaultAsync(c => c.Id == existingId, ct);
            if (course is null)
            {
                return new SaveCourseOutcome.NotFound();
            }
        }

        var (valid, errors) = CatalogRules.ValidateCourse(input);
        if (valid is null)
        {
            return new SaveCourseOutcome.Invalid(errors);
        }

        // People name the provider; the course keeps the organisation's partner key, the one its
        // statements and completion reports arrive under (Access/PartnerKey).
        valid = valid with { Provider = partners.KeyFor(valid.Provider) };

        var selfId = course?.Id;
        var twin = await db.Courses.AsNoTracking()
            .Where(c => c.Provider == valid.Provider && c.Code == valid.Code && c.Id != selfId)
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        if (twin is { } twinId)
        {
            return Taken(valid, twinId);
        }

        var clash = await db.CourseActivities.AsNoTracking()
            .Where(a => valid.Activities.Contains(a.ActivityId) && a.CourseId != selfId)
            .Join(db.Courses, a => a.CourseId, c => c.Id, (a, c) => new { a.ActivityId, c.Id, c.Provider, c.Code, c.NameEs, c.NameEn })
            .FirstOrDefaultAsync(ct);
        if (clash is not null)
        {
            return new SaveCourseOutcome.Conflict(new(CatalogRules.Fields.Activities, new IdRejection(CatalogRules.Codes.Clash,
                $"La actividad «{clash.ActivityId}» ya pertenece al curso «{clash.NameEs}» ({partners.NameOf(clash.Provider)}, {clash.Code}); una actividad cuenta para un solo curso.",
                $"The activity «{clash.ActivityId}» already belongs to the course «{clash.NameEn}» ({partners.NameOf(clash.Provider)}, {clash.Code}); an activity counts for one course only.")), clash.Id);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var created = course is null;
        course ??= new Course { Id = Guid.CreateVersion7(now), Provider = valid.Provider, Code = valid.Code, NameEs = valid.NameEs, NameEn = valid.NameEn, CreatedAt = now };
        course.NameEs = valid.NameEs;
        course.NameEn = valid.NameEn;
        course.Url = valid.Url;
        course.Hours = valid.Hours;

        var before = course.Activities.Select(a => a.ActivityId).ToHashSet(StringComparer.Ordinal);
        var activitiesChanged = !before.SetEquals(valid.Activities);
        course.Activities.RemoveAll(a => !valid.Activities.Contains(a.ActivityId, StringComparer.Ordinal));
        course.Activities.AddRange(valid.Activities.Where(a => !before.Contains(a)).Select(a => new CourseActivity { ActivityId = a, CourseId = course.Id }).ToList());

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (created)
            {
                db.Courses.Add(course);
            }
            else if (course.Provider != valid.Provider || course.Code != valid.Code)
            {
                // Provider and code are init-only on the entity; a correction (a typo in the code)
                // is written here. Completions already recorded refer to the course by id.
                var courseId = course.Id;
                await db.Courses.Where(c => c.Id == courseId)
                    .ExecuteUpdateAsync(u => u.SetProperty(c => c.Provider, valid.Provider).SetProperty(c => c.Code, valid.Code), ct);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (CatalogWrites.IsUniqueViolation(e))
        {
            // Lost a race with another save: say which rule it broke.
            db.ChangeTracker.Clear();
            var other = await db.Courses.AsNoTracking().Where(c => c.Provider == valid.Provider && c.Code == valid.Code && c.Id != course.Id)
                .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
            return other is { } otherId
                ? Taken(valid, otherId)
                : new SaveCourseOutcome.Conflict(new(CatalogRules.Fields.Activities, new IdRejection(CatalogRules.Codes.Clash,
                    "Otra persona asignó una de estas actividades a otro curso mientras usted guardaba; revise la lista.",
                    "Someone assigned one of these activities to another course while you were saving; check the list.")), Guid.Empty);
        }

        if (activitiesChanged || created)
        {
            changes.Notify();
        }

        db.ChangeTracker.Clear();
        var saved = await db.Courses.AsNoTracking().Include(c => c.Activities).SingleAsync(c => c.Id == course.Id, ct);
        return new SaveCourseOutcome.Saved(saved, created);
    }

    private SaveCourseOutcome.Conflict Taken(ValidCourse course, Guid other) =>
        new(new(CatalogRules.Fields.Code, CatalogRules.Duplicate(
            $"«{partners.NameOf(course.Provider)}» ya tiene un curso con la clave «{course.Code}».",
            $"«{partners.NameOf(course.Provider)}» already has a course with the code «{course.Code}».")), other);
}
