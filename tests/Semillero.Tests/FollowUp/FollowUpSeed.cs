using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Semillero.Catalog;
using Semillero.Completions;
using Semillero.Data;
using Semillero.Learners;
using Semillero.Privacy;

namespace Semillero.Tests.FollowUp;

// Graduates for the follow-up tests (core, web and browser): a path with its rule, a learner, a
// path completion at a given time and the follow-up consent, written straight to the database.
public static partial class FollowUpSeed
{
    public static async Task<Guid> PathAsync(SemilleroDb db, string code, DateTime now)
    {
        var path = new LearningPath
        {
            Id = Guid.NewGuid(), Code = code, Area = PathArea.Nube, Level = PathLevel.Fundamentos,
            NameEs = $"Ruta {code}", NameEn = $"Path {code}", SummaryEs = "Conceptos.", SummaryEn = "Concepts.",
            CriteriaEs = "Terminar.", CriteriaEn = "Complete.", Published = true, CreatedAt = now, UpdatedAt = now,
        };
        db.LearningPaths.Add(path);
        db.CompletionRules.Add(new CompletionRule { Id = Guid.NewGuid(), PathId = path.Id, Version = 1, Reason = "Regla de egreso", CreatedBy = "operador", CreatedAt = now });
        await db.SaveChangesAsync();
        return path.Id;
    }

    public static async Task<Guid> LearnerAsync(SemilleroDb db, DateTime now, string? email = "auto", string state = "09", bool? consent = true)
    {
        var id = Guid.NewGuid();
        db.Learners.Add(new Learner
        {
            Id = id,
            Curp = id.ToString("N")[..18].ToUpperInvariant(),
            GivenNames = "Ana Lucía",
            FirstSurname = "Pérez",
            Email = email == "auto" ? $"egresada-{id:N}@example.com" : email,
            StateCode = state,
            Segment = Segment.Estudiante,
            BirthDate = new DateOnly(1998, 5, 4),
            CreatedAt = now,
            UpdatedAt = now,
        });
        await db.SaveChangesAsync();
        if (consent is { } granted)
        {
            await ConsentAsync(db, id, granted, now);
        }

        return id;
    }

    public static async Task ConsentAsync(SemilleroDb db, Guid learnerId, bool granted, DateTime at)
    {
        db.ConsentRecords.Add(new ConsentRecord { LearnerId = learnerId, Purpose = Purposes.EncuestasSeguimiento, NoticeVersion = 1, Granted = granted, At = at, Source = "prueba" });
        await db.SaveChangesAsync();
    }

    public static async Task<Guid> CompletionAsync(SemilleroDb db, Guid learnerId, Guid pathId, DateTime completedAt)
    {
        var rule = await db.CompletionRules.Where(r => r.PathId == pathId).Select(r => r.Id).FirstAsync();
        var completion = new PathCompletion { Id = Guid.NewGuid(), LearnerId = learnerId, PathId = pathId, RuleId = rule, CompletedAt = completedAt, RecordedAt = completedAt };
        db.PathCompletions.Add(completion);
        await db.SaveChangesAsync();
        return completion.Id;
    }

    // The survey link in an outbox message, and its token.
    public static string LinkIn(string body) => LinkRegex().Match(body) is { Success: true } m
        ? m.Value
        : throw new InvalidOperationException("no survey link in the message");

    public static string TokenIn(string body) => LinkIn(body)[(LinkIn(body).LastIndexOf('/') + 1)..];

    [GeneratedRegex(@"https?://\S+/seguimiento/[A-Za-z0-9_\-]+")]
    private static partial Regex LinkRegex();
}
