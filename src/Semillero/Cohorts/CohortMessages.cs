using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Semillero.Calendar;
using Semillero.Data;
using Semillero.Email;

namespace Semillero.Cohorts;

// The emails of cohorts, bilingual. They carry what the cohort's public page already shows (its
// name, its organisation, its dates) and a link.
public sealed class CohortMessages(SemilleroDb db, EmailOutbox outbox, IOptions<SiteOptions> site)
{
    public const string PromotedKind = "convocatoria_lugar";

    public string Link(string path) => site.Value.PublicUrl.TrimEnd('/') + path;

    // A seat freed and the person, first on the waitlist, took it. Nobody to write to: nothing sent.
    public async Task PromotedAsync(long enrolmentId, CancellationToken ct)
    {
        var row = await db.CohortEnrolments.AsNoTracking()
            .Where(e => e.Id == enrolmentId)
            .Join(db.Learners, e => e.LearnerId, l => l.Id, (e, l) => new { e.CohortId, l.Email, l.GivenNames, l.AnonymizedAt })
            .Join(db.Cohorts, x => x.CohortId, c => c.Id, (x, c) => new { x.Email, x.GivenNames, x.AnonymizedAt, c.Id, c.Name, c.StartsOn, c.OrganizationId })
            .Join(db.Organizations, x => x.OrganizationId, o => o.Id, (x, o) => new { x.Email, x.GivenNames, x.AnonymizedAt, x.Id, x.Name, x.StartsOn, Organization = o.Name })
            .FirstOrDefaultAsync(ct);
        if (row is not { Email: { Length: > 0 } email, AnonymizedAt: null })
        {
            return;
        }

        outbox.Enqueue(email,
            "Tiene lugar en la convocatoria / You have a place in the cohort",
            $"""
            Hola, {row.GivenNames}:

            Se liberó un lugar en la convocatoria «{row.Name}» de {row.Organization} y, como era la siguiente persona en la lista de espera, ahora está inscrita o inscrito. El curso empieza el {Dates.Written(row.StartsOn, english: false)}.

            Vea los detalles o, si ya no puede participar, dé de baja su inscripción para que el lugar pase a otra persona:
            {Link("/mi-aprendizaje/convocatorias")}

            ---
            Hello {row.GivenNames},

            A place opened in the cohort "{row.Name}" by {row.Organization} and, as you were next on the waitlist, you are now enrolled. The course starts on {Dates.Written(row.StartsOn, english: true)}.
            See the details at the link above or, if you can no longer take part, withdraw so the place goes to someone else.
            """,
            PromotedKind);
    }
}
