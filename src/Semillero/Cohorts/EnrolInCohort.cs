using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Calendar;
using Semillero.Data;
using Semillero.Identity;
using Semillero.Privacy;
using Semillero.Validation;

namespace Semillero.Cohorts;

// One enrolment as its person and its organisation see it. Position: place on the waitlist (1 is
// next), null unless EnEspera. Registration is what a provider may send as the xAPI statements'
// context.registration.
public sealed record EnrolmentView(long Id, Guid Registration, Guid CohortId, Guid LearnerId, EnrolmentStatus Status, int? Position,
    DateTime CreatedAt, DateTime? SeatedAt, DateTime? WithdrawnAt);

public abstract record EnrolOutcome
{
    // Created false: the person already held this enrolment (a double submit returns it).
    public sealed record Enrolled(EnrolmentView Enrolment, bool Created) : EnrolOutcome;

    public sealed record NotEligible(IdRejection Reason) : EnrolOutcome;

    // No such cohort, or one the actor may not see (not approved, another organisation's).
    public sealed record CohortNotFound : EnrolOutcome;

    // The organisation named a CURP nobody in the registry has.
    public sealed record UnknownPerson(IdRejection Reason) : EnrolOutcome;

    // The organisation may not enrol this person (docs/cohorts.md, "Who may enrol whom").
    public sealed record NotAllowed(IdRejection Reason) : EnrolOutcome;
}

// Enrols a person in a cohort: the person themself from the cohort's page, or the cohort's
// organisation by CURP. Eligibility first (pure rules, CohortRules.Ineligibility); then one
// transaction takes a seat with the conditional UPDATE (CohortSeats) and writes the enrolment as
// Inscrita, or as EnEspera when the cohort is full, whose Id is its place in the waitlist.
public sealed class EnrolInCohort(SemilleroDb db, CohortSeats seats, Consents consents, TimeProvider clock)
{
    public const string ConsentSource = "convocatoria";

    // The learner enrols themself; they read, before confirming, that their data will be shared
    // with the organisation, and the consent is recorded with the enrolment.
    public async Task<EnrolOutcome> SelfAsync(Guid cohortId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.LearnerId is not { } learnerId)
        {
            return new EnrolOutcome.CohortNotFound();
        }

        var cohort = await FactsAsync(cohortId, ct);
        if (cohort is null || cohort.Facts.Status != CohortStatus.Aprobada)
        {
            return new EnrolOutcome.CohortNotFound();
        }

        var person = await db.Learners.AsNoTracking().Where(l => l.Id == learnerId && l.AnonymizedAt == null)
            .Select(l => new PersonFacts(l.Segment, l.BirthDate, l.StateCode)).FirstOrDefaultAsync(ct);
        if (person is null)
        {
            return new EnrolOutcome.CohortNotFound();
        }

        return await EnrolAsync(cohortId, learnerId, cohort.Facts, person, actor, byOrganization: false, ct);
    }

    // The cohort's organisation (or an operator: organizationScope null) enrols a person by CURP.
    public async Task<EnrolOutcome> ByCurpAsync(Guid cohortId, string? curp, Actor actor, Guid? organizationScope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var cohort = await FactsAsync(cohortId, ct);
        if (cohort is null || (organizationScope is { } scope && cohort.OrganizationId != scope))
        {
            return new EnrolOutcome.CohortNotFound();
        }

        if (!Curp.TryParse(curp, ProgramCalendar.Today(clock), out var parsed, out var rejection))
        {
            return new EnrolOutcome.UnknownPerson(new IdRejection(CohortRules.Codes.InvalidCurp, rejection.Es, rejection.En));
        }

        return await ByLearnerAsync(cohortId, cohort, parsed.Value, actor, organizationScope, ct);
    }

    internal async Task<EnrolOutcome> ByLearnerAsync(Guid cohortId, CohortRow cohort, string curp, Actor actor, Guid? organizationScope, CancellationToken ct)
    {
        var person = await db.Learners.AsNoTracking().Where(l => l.Curp == curp && l.AnonymizedAt == null)
            .Select(l => new { l.Id, l.RegisteredBy, Facts = new PersonFacts(l.Segment, l.BirthDate, l.StateCode) }).FirstOrDefaultAsync(ct);
        if (person is null)
        {
            return new EnrolOutcome.UnknownPerson(new IdRejection(CohortRules.Codes.UnknownCurp,
                "Nadie con esa CURP está en el registro; regístrela primero.", "Nobody with that CURP is in the registry; register the person first."));
        }

        if (organizationScope is { } org && !await MayEnrolAsync(org, person.Id, person.RegisteredBy, ct))
        {
            return new EnrolOutcome.NotAllowed(new IdRejection(CohortRules.Codes.NotYours,
                "Su organización solo inscribe a personas que registró o que ya se inscribieron por sí mismas en una de sus convocatorias; las demás se inscriben desde la página de la convocatoria.",
                "The organisation enrols only people it registered or who already enrolled themselves in one of its cohorts; others enrol from the cohort's page."));
        }

        return await EnrolAsync(cohortId, person.Id, cohort.Facts, person.Facts, actor, byOrganization: true, ct);
    }

    // Who an organisation may enrol: a CURP is not a secret, so knowing one is no consent. People
    // the organisation registered itself it already holds the data of; people with an account chose
    // the organisation by enrolling themselves in one of its cohorts (docs/cohorts.md).
    private async Task<bool> MayEnrolAsync(Guid organizationId, Guid learnerId, string? registeredBy, CancellationToken ct)
    {
        if (string.Equals(registeredBy, PartnerKey.Of(organizationId), StringComparison.Ordinal))
        {
            return true;
        }

        var userIds = (await db.Users.AsNoTracking().Where(u => u.LearnerId == learnerId).Select(u => u.Id).ToListAsync(ct))
            .Select(id => id.ToString()).ToList();
        return userIds.Count > 0 && await db.CohortEnrolments.AsNoTracking()
            .Where(e => e.LearnerId == learnerId && userIds.Contains(e.CreatedBy))
            .Join(db.Cohorts, e => e.CohortId, c => c.Id, (e, c) => c.OrganizationId)
            .AnyAsync(o => o == organizationId, ct);
    }

    private async Task<EnrolOutcome> EnrolAsync(Guid cohortId, Guid learnerId, CohortFacts cohort, PersonFacts person, Actor actor, bool byOrganization, CancellationToken ct)
    {
        // An active enrolment is returned as it is, whatever the rules say today: a double submit,
        // or the organisation re-sending a CURP, is not an error.
        if (await ActiveAsync(cohortId, learnerId, ct) is { } existing)
        {
            return new EnrolOutcome.Enrolled(existing, Created: false);
        }

        var today = ProgramCalendar.Today(clock);
        if (CohortRules.Ineligibility(cohort, person, today, byOrganization) is { } reason)
        {
            return new EnrolOutcome.NotEligible(reason);
        }

        var shareConsent = !byOrganization && !await consents.HasAsync(learnerId, Purposes.CompartirConvocatorias, ct);
        CohortEnrolment? enrolment = null;
        var duplicate = false;
        await CohortSeats.WithRetriesAsync(db, async () =>
        {
            duplicate = false;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var seated = await seats.TryTakeAsync(cohortId, ct);
            if (!seated)
            {
                // Full: lock the row, then look again, so a seat freed by a withdrawal committing
                // meanwhile is not missed while this person joins the waitlist.
                await seats.LockAsync(cohortId, ct);
                seated = await seats.TryTakeAsync(cohortId, ct);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            enrolment = new CohortEnrolment
            {
                Registration = Guid.NewGuid(),
                CohortId = cohortId,
                LearnerId = learnerId,
                Status = seated ? EnrolmentStatus.Inscrita : EnrolmentStatus.EnEspera,
                CreatedAt = now,
                SeatedAt = seated ? now : null,
                CreatedBy = CohortRules.Who(actor.Id),
            };
            db.CohortEnrolments.Add(enrolment);
            if (shareConsent)
            {
                consents.Record(learnerId, [new(Purposes.CompartirConvocatorias, true)], ConsentSource);
            }

            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateException e) when (e.InnerException is not Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 })
            {
                // The one-active-enrolment index kept the other submit; the seat taken here is
                // undone with the transaction.
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                duplicate = true;
            }
        }, ct);

        if (duplicate)
        {
            return await ActiveAsync(cohortId, learnerId, ct) is { } kept
                ? new EnrolOutcome.Enrolled(kept, Created: false)
                : throw new InvalidOperationException("An enrolment failed to save and no active enrolment exists.");
        }

        return new EnrolOutcome.Enrolled(await ViewAsync(enrolment!.Id, ct) ?? throw new InvalidOperationException("enrolment vanished"), Created: true);
    }

    private async Task<EnrolmentView?> ActiveAsync(Guid cohortId, Guid learnerId, CancellationToken ct)
    {
        var id = await db.CohortEnrolments.AsNoTracking()
            .Where(e => e.CohortId == cohortId && e.LearnerId == learnerId && e.Status != EnrolmentStatus.Baja)
            .Select(e => (long?)e.Id).FirstOrDefaultAsync(ct);
        return id is { } found ? await ViewAsync(found, ct) : null;
    }

    public async Task<EnrolmentView?> ViewAsync(long id, CancellationToken ct) => await ReadEnrolments.ViewAsync(db, id, ct);

    internal sealed record CohortRow(Guid OrganizationId, CohortFacts Facts);

    internal async Task<CohortRow?> FactsAsync(Guid cohortId, CancellationToken ct)
    {
        var row = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId)
            .Select(c => new
            {
                c.OrganizationId, c.Status, c.EnrolmentMode, c.EnrolmentOpensOn, c.EnrolmentClosesOn, c.EligibleSegments, c.MinAge, c.MaxAge,
                States = c.States.Select(s => s.StateCode).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : new CohortRow(row.OrganizationId, new CohortFacts(row.Status, row.EnrolmentMode, row.EnrolmentOpensOn,
            row.EnrolmentClosesOn, row.EligibleSegments, row.MinAge, row.MaxAge, row.States));
    }
}
