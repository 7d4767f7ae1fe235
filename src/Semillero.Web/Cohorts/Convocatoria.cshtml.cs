using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Calendar;
using Semillero.Cohorts;
using Semillero.Data;
using Semillero.Validation;
using Semillero.Web.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.Cohorts;

// GET/POST /convocatorias/{id} — an approved cohort's public page. A signed-in learner reads
// whether they may enrol (and why not), enrols with a POST form after reading that their data
// will be shared with the organisation, and withdraws from here too; visitors get a sign-in link
// that returns here; other roles read why they cannot enrol.
public sealed partial class ConvocatoriaModel(ReadCohorts read, ReadEnrolments enrolments, EnrolInCohort enrol, WithdrawEnrolment withdraw,
    SemilleroDb db, TimeProvider clock, ILogger<ConvocatoriaModel> logger) : PageModel
{
    public const string Flash = "convocatoria-aviso";

    public CohortDetail? Cohort { get; private set; }

    public EnrolmentView? Mine { get; private set; }

    // Why the signed-in learner cannot enrol today, or null.
    public IdRejection? Blocked { get; private set; }

    public string? Message { get; private set; }

    public bool IsLearner => User.IsInRole(Roles.Aprendiz) && User.Actor().LearnerId is not null;

    public bool IsOpen => Cohort is not null && CohortRules.IsOpen(Cohort.Facts, ProgramCalendar.Today(clock));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Message = TempData[Flash] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostInscribirAsync(Guid id, CancellationToken ct)
    {
        if (!IsLearner)
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        var t = CohortTexts.Current;
        switch (await enrol.SelfAsync(id, User.Actor(), ct))
        {
            case EnrolOutcome.Enrolled e:
                if (e.Created)
                {
                    Log.Enrolled(logger, id, e.Enrolment.Id);
                }

                TempData[Flash] = !e.Created ? t.AlreadyOk
                    : e.Enrolment.Status == EnrolmentStatus.Inscrita ? t.EnrolledOk : t.WaitlistedOk(e.Enrolment.Position);
                return Redirect($"/convocatorias/{id}");
            case EnrolOutcome.NotEligible n:
                await LoadAsync(id, ct);
                Blocked = n.Reason;
                return Page();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostBajaAsync(Guid id, Guid registro, CancellationToken ct)
    {
        if (!IsLearner)
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        switch (await withdraw.RunAsync(id, registro, User.Actor(), null, ct))
        {
            case WithdrawOutcome.Withdrawn or WithdrawOutcome.AlreadyWithdrawn:
                TempData[Flash] = CohortTexts.Current.WithdrawnOk;
                return Redirect($"/convocatorias/{id}");
            default:
                return NotFound();
        }
    }

    public string Pick(IdRejection reason) => Problems.Pick(reason.Es, reason.En);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Cohort = await read.FindAsync(id, ct);
        if (Cohort is null || Cohort.Status != CohortStatus.Aprobada)
        {
            Cohort = null;
            return false;
        }

        if (IsLearner && User.Actor().LearnerId is { } learnerId)
        {
            Mine = await enrolments.ForLearnerInCohortAsync(id, learnerId, ct);
            if (Mine is null or { Status: EnrolmentStatus.Baja })
            {
                var person = await db.Learners.AsNoTracking().Where(l => l.Id == learnerId)
                    .Select(l => new PersonFacts(l.Segment, l.BirthDate, l.StateCode)).FirstOrDefaultAsync(ct);
                Blocked = person is null ? null : CohortRules.Ineligibility(Cohort.Facts, person, ProgramCalendar.Today(clock), byOrganization: false);
            }
        }

        return true;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Cohort {CohortId}: enrolment {EnrolmentId} created by its learner")]
        public static partial void Enrolled(ILogger logger, Guid cohortId, long enrolmentId);
    }
}
