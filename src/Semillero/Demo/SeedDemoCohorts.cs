using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Calendar;
using Semillero.Cohorts;
using Semillero.Data;
using Semillero.Organizations;

namespace Semillero.Demo;

public sealed record SeedDemoCohortsOutcome(int Cohorts, int Enrolments);

// The demo's cohorts: one approved cohort per verified organisation that may open cohorts (up to
// three), each teaching published paths with its enrolment window open around the demo's today;
// the first has five seats, eight demo learners enrolled and so a waitlist of three. Built with the
// cohorts' own use cases. Nothing happens without such organisations or published paths, nor when
// cohorts exist already.
public sealed class SeedDemoCohorts(SemilleroDb db, SaveCohort save, ReviewCohort review, EnrolInCohort enrol, TimeProvider clock)
{
    public const string SeededBy = "demo";

    private static readonly string[] Names =
    [
        "Fundamentos de nube para docentes",
        "Inteligencia artificial aplicada para pymes",
        "Ciencia de datos en el gobierno",
    ];

    public async Task<SeedDemoCohortsOutcome> RunAsync(CancellationToken ct)
    {
        if (await db.Cohorts.AnyAsync(ct))
        {
            return new(0, 0);
        }

        var organizations = await db.Organizations.AsNoTracking()
            .Where(o => o.VerifiedAt != null && (o.Kind == OrganizationKind.Proveedor || o.Kind == OrganizationKind.Academia
                || o.Kind == OrganizationKind.Camara || o.Kind == OrganizationKind.Gobierno))
            // The demo partner's organisation first: its administrator (the demo aliado account)
            // then has a full cohort with a waitlist to look at.
            .OrderBy(o => o.Id != SeedDemoOrganizations.ProviderId).ThenBy(o => o.Name).Select(o => o.Id).Take(Names.Length).ToListAsync(ct);
        var paths = await db.LearningPaths.AsNoTracking().Where(p => p.Published).OrderBy(p => p.Code).Select(p => p.Code).Take(3).ToListAsync(ct);
        if (organizations.Count == 0 || paths.Count == 0)
        {
            return new(0, 0);
        }

        var today = ProgramCalendar.Today(clock);
        var operatorActor = new Actor(SeededBy, "Demo", Roles.Operador);
        var learners = await db.Learners.AsNoTracking().Where(l => l.AnonymizedAt == null)
            .OrderBy(l => l.CreatedAt).ThenBy(l => l.Id).Select(l => l.Id).Take(11).ToListAsync(ct);
        var cohorts = 0;
        var enrolments = 0;
        for (var i = 0; i < organizations.Count; i++)
        {
            var input = new CohortInput(Names[i], "Grupo de demostración: sesiones semanales en línea y acompañamiento de la organización.",
                [paths[i % paths.Count]], "en_linea", [], today.AddDays(21 + (i * 7)), today.AddDays(110 + (i * 7)),
                today.AddDays(-7), today.AddDays(14 + i), i == 0 ? 5 : 30, [], null, null, "abierta");
            if (await save.CreateAsync(organizations[i], input, SeededBy, ct) is not SaveCohortOutcome.Saved saved
                || await review.ApproveAsync(saved.Cohort.Id, operatorActor, ct) is not ReviewCohortOutcome.Reviewed)
            {
                continue;
            }

            cohorts++;
            // The first cohort fills up and keeps a waitlist; the next get a few people each.
            var people = i == 0 ? learners.Take(8) : learners.Skip(8).Take(3);
            foreach (var learnerId in people)
            {
                var outcome = await enrol.SelfAsync(saved.Cohort.Id, new Actor(SeededBy, "Demo", Roles.Aprendiz, LearnerId: learnerId), ct);
                enrolments += outcome is EnrolOutcome.Enrolled { Created: true } ? 1 : 0;
            }
        }

        return new(cohorts, enrolments);
    }
}
