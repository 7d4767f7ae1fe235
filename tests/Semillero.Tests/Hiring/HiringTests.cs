using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Hiring;
using Semillero.Privacy;
using Semillero.Tests.Infrastructure;
using Semillero.Vacancies;
using static Semillero.Tests.Hiring.HiringData;

namespace Semillero.Tests.Hiring;

// The hiring pipeline as employers and candidates use it: invitations only to people who consent,
// one candidacy per person and vacancy, contact data only after acceptance (and audited), the
// stage rules, placements attributed to the badges held before the start, companies kept apart.
public abstract class HiringTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : HiringTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : HiringTests(DatabaseProvider.Postgres);

    private Task<InviteCandidateOutcome> InviteAsync(Actor employer, Guid vacancyId, string alias, string? message = "Nos interesa su perfil.") =>
        RunAsync<InviteCandidate, InviteCandidateOutcome>(s => s.RunAsync(new InviteCandidateInput(vacancyId, alias, message), employer, default));

    private Task<MoveApplicationOutcome> MoveAsync(Guid applicationId, ApplicationStage to, Actor actor, string? note = null) =>
        RunAsync<MoveApplication, MoveApplicationOutcome>(s => s.RunAsync(applicationId, to, note, actor, default));

    private Task<RecordPlacementOutcome> HireAsync(Guid applicationId, Actor actor, DateOnly startsOn) =>
        RunAsync<RecordPlacement, RecordPlacementOutcome>(s => s.RunAsync(applicationId, new RecordPlacementInput(startsOn, "de10k_a20k", "Indeterminado"), actor, default));

    private async Task<(Guid CompanyId, Guid VacancyId, Actor Employer)> OpenVacancyAsync(string tradeName = "Nube Norte")
    {
        await using var db = Database.NewDb();
        var company = await CompanyAsync(db, tradeName: tradeName);
        var vacancy = await VacancyAsync(db, company.Id);
        return (company.Id, vacancy.Id, Employer(company.Id, $"empresa-{company.Id:N}"));
    }

    private async Task<(Guid LearnerId, string Alias, string Email, string Name)> PersonAsync(bool visible = true, bool profile = true)
    {
        await using var db = Database.NewDb();
        var (learner, alias) = await CandidateAsync(db, visible, profile: profile);
        return (learner.Id, alias, learner.Email!, learner.GivenNames);
    }

    [Fact]
    public async Task Invite_PersonWithoutConsent_IsTheSameNotFoundAsAnUnknownAlias()
    {
        var (_, vacancyId, employer) = await OpenVacancyAsync();
        var hidden = await PersonAsync(visible: false);
        var withdrew = await PersonAsync();
        await using (var db = Database.NewDb())
        {
            db.ConsentRecords.Add(new ConsentRecord { LearnerId = withdrew.LearnerId, Purpose = Purposes.VisibleEmpleadores, Granted = false, NoticeVersion = 1, At = Now, Source = "cuenta" });
            await db.SaveChangesAsync();
        }

        Assert.Equal(new InviteCandidateOutcome.CandidateNotFound(hidden.Alias), await InviteAsync(employer, vacancyId, hidden.Alias));
        Assert.Equal(new InviteCandidateOutcome.CandidateNotFound(withdrew.Alias), await InviteAsync(employer, vacancyId, withdrew.Alias));
        Assert.Equal(new InviteCandidateOutcome.CandidateNotFound("C-NOEXIS"), await InviteAsync(employer, vacancyId, "c-noexis"));
        await using var check = Database.NewDb();
        Assert.Equal(0, await check.Applications.CountAsync());
        Assert.Equal(0, await check.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task Invite_CreatesTheInvitation_EmailsThePerson_AndASecondInviteFindsIt()
    {
        var (_, vacancyId, employer) = await OpenVacancyAsync();
        var person = await PersonAsync();

        var invited = Assert.IsType<InviteCandidateOutcome.Invited>(await InviteAsync(employer, vacancyId, person.Alias.ToLowerInvariant(), "Mensaje confidencial de la empresa"));
        Assert.True(invited.Created);
        Assert.Equal(ApplicationStage.Invitada, invited.Stage);
        var again = Assert.IsType<InviteCandidateOutcome.Invited>(await InviteAsync(employer, vacancyId, person.Alias));
        Assert.False(again.Created);
        Assert.Equal(invited.ApplicationId, again.ApplicationId);

        await using var db = Database.NewDb();
        var application = await db.Applications.SingleAsync();
        Assert.Equal((ApplicationOrigin.Invitacion, ApplicationStage.Invitada, person.LearnerId), (application.Origin, application.Stage, application.LearnerId));
        Assert.Null(application.ContactAcceptedAt);
        Assert.Equal(ApplicationStage.Invitada, (await db.ApplicationEvents.SingleAsync()).Stage);
        var mail = await db.OutboxMessages.SingleAsync();
        Assert.Equal(person.Email, mail.To);
        Assert.Equal(HiringMessages.InvitationKind, mail.Kind);
        Assert.Contains("/mi-aprendizaje/postulaciones", mail.BodyText, StringComparison.Ordinal);
        Assert.Contains("Analista de datos en la nube", mail.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("confidencial", mail.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_VacancyNotTakingCandidates_OrAnotherCompanys_IsRefused()
    {
        var person = await PersonAsync();
        Guid closed, draft, unverified, other;
        Actor employer;
        await using (var db = Database.NewDb())
        {
            var company = await CompanyAsync(db);
            employer = Employer(company.Id);
            closed = (await VacancyAsync(db, company.Id, closesOn: DateOnly.FromDateTime(Now).AddDays(-1))).Id;
            draft = (await VacancyAsync(db, company.Id, VacancyStatus.Borrador)).Id;
            var pending = await CompanyAsync(db, verified: false, tradeName: "Sin verificar");
            unverified = (await VacancyAsync(db, pending.Id)).Id;
            other = (await VacancyAsync(db, (await CompanyAsync(db, tradeName: "Otra")).Id)).Id;
        }

        Assert.IsType<InviteCandidateOutcome.VacancyNotOpen>(await InviteAsync(employer, closed, person.Alias));
        Assert.IsType<InviteCandidateOutcome.VacancyNotOpen>(await InviteAsync(employer, draft, person.Alias));
        Assert.IsType<InviteCandidateOutcome.VacancyNotFound>(await InviteAsync(employer, other, person.Alias));
        // The operator reaches every company's vacancy, but an unverified company's takes nobody.
        Assert.IsType<InviteCandidateOutcome.VacancyNotOpen>(await InviteAsync(Operator(), unverified, person.Alias));
        Assert.IsType<InviteCandidateOutcome.Invited>(await InviteAsync(Operator(), other, person.Alias));
        Assert.IsType<InviteCandidateOutcome.Invalid>(await InviteAsync(employer, other, " "));
    }

    [Fact]
    public async Task InviteThenApply_IsOneCandidacy_TheInvitationAccepted()
    {
        var (_, vacancyId, employer) = await OpenVacancyAsync();
        var person = await PersonAsync();
        var invited = Assert.IsType<InviteCandidateOutcome.Invited>(await InviteAsync(employer, vacancyId, person.Alias));

        var applied = Assert.IsType<ApplyToVacancyOutcome.Applied>(
            await RunAsync<ApplyToVacancy, ApplyToVacancyOutcome>(s => s.RunAsync(vacancyId, "Con gusto", Candidate(person.LearnerId), default)));
        Assert.True(applied.AcceptedInvitation);
        Assert.Equal(invited.ApplicationId, applied.ApplicationId);
        var twice = Assert.IsType<ApplyToVacancyOutcome.AlreadyApplied>(
            await RunAsync<ApplyToVacancy, ApplyToVacancyOutcome>(s => s.RunAsync(vacancyId, null, Candidate(person.LearnerId), default)));
        Assert.Equal(ApplicationStage.Postulada, twice.Stage);

        await using var db = Database.NewDb();
        var application = await db.Applications.SingleAsync();
        Assert.Equal(ApplicationOrigin.Invitacion, application.Origin);
        Assert.Equal(ApplicationStage.Postulada, application.Stage);
        Assert.Equal(Now, application.ContactAcceptedAt);
        Assert.Equal(["Invitada", "Postulada"], await db.ApplicationEvents.OrderBy(e => e.Id).Select(e => e.Stage.ToString()).ToListAsync());
    }

    [Fact]
    public async Task Apply_WithoutInvitation_AcceptsContact_AndGivesAProfileToWhoHadNone()
    {
        var (_, vacancyId, _) = await OpenVacancyAsync();
        var person = await PersonAsync(visible: false, profile: false);

        var applied = Assert.IsType<ApplyToVacancyOutcome.Applied>(
            await RunAsync<ApplyToVacancy, ApplyToVacancyOutcome>(s => s.RunAsync(vacancyId, null, Candidate(person.LearnerId), default)));
        Assert.False(applied.AcceptedInvitation);

        await using var db = Database.NewDb();
        var application = await db.Applications.SingleAsync();
        Assert.Equal((ApplicationOrigin.Postulacion, ApplicationStage.Postulada), (application.Origin, application.Stage));
        Assert.NotNull(application.ContactAcceptedAt);
        Assert.Matches("^C-[2-9A-HJKMNP-Z]{6}$", (await db.TalentProfiles.SingleAsync(p => p.LearnerId == person.LearnerId)).Alias);
    }

    [Fact]
    public async Task Apply_ToAClosedOrUnpublishedVacancy_IsRefused()
    {
        var person = await PersonAsync();
        Guid closed, draft;
        await using (var db = Database.NewDb())
        {
            var company = await CompanyAsync(db);
            closed = (await VacancyAsync(db, company.Id, VacancyStatus.Cerrada)).Id;
            draft = (await VacancyAsync(db, company.Id, VacancyStatus.Borrador)).Id;
        }

        Assert.IsType<ApplyToVacancyOutcome.VacancyNotOpen>(await RunAsync<ApplyToVacancy, ApplyToVacancyOutcome>(s => s.RunAsync(closed, null, Candidate(person.LearnerId), default)));
        Assert.IsType<ApplyToVacancyOutcome.VacancyNotFound>(await RunAsync<ApplyToVacancy, ApplyToVacancyOutcome>(s => s.RunAsync(draft, null, Candidate(person.LearnerId), default)));
        Assert.IsType<ApplyToVacancyOutcome.VacancyNotFound>(await RunAsync<ApplyToVacancy, ApplyToVacancyOutcome>(s => s.RunAsync(Guid.NewGuid(), null, Candidate(person.LearnerId), default)));
    }

    [Fact]
    public async Task Pipeline_HidesNameAndEmailUntilAccepted_ThenShowsThemAndAuditsTheRead()
    {
        var (_, vacancyId, employer) = await OpenVacancyAsync();
        var person = await PersonAsync();
        var invited = Assert.IsType<InviteCandidateOutcome.Invited>(await InviteAsync(employer, vacancyId, person.Alias));

        var before = (await RunAsync<ListVacancyApplications, VacancyPipeline?>(s => s.RunAsync(vacancyId, employer, "prueba", default)))!;
        var item = Assert.Single(before.Items);
        Assert.Equal(person.Alias, item.Alias);
        Assert.Null(item.Contact);
        Assert.Null((await RunAsync<ReadApplication, ApplicationDetail?>(s => s.RunAsync(invited.ApplicationId, employer, "prueba", default)))!.Contact);
        await using (var db = Database.NewDb())
        {
            Assert.Equal(0, await db.AuditEntries.CountAsync());
        }

        Assert.IsType<RespondToInvitationOutcome.Responded>(
            await RunAsync<RespondToInvitation, RespondToInvitationOutcome>(s => s.RunAsync(invited.ApplicationId, accept: true, null, Candidate(person.LearnerId), default)));

        var after = Assert.Single((await RunAsync<ListVacancyApplications, VacancyPipeline?>(s => s.RunAsync(vacancyId, employer, "prueba", default)))!.Items);
        Assert.NotNull(after.Contact);
        Assert.StartsWith(person.Name, after.Contact.Name, StringComparison.Ordinal);
        Assert.Equal(person.Email, after.Contact.Email);
        var detail = (await RunAsync<ReadApplication, ApplicationDetail?>(s => s.RunAsync(invited.ApplicationId, employer, "prueba", default)))!;
        Assert.Equal(person.Email, detail.Contact!.Email);
        Assert.Equal([ApplicationStage.EnRevision, ApplicationStage.Entrevista, ApplicationStage.Oferta, ApplicationStage.Descartada], detail.Moves);

        await using var check = Database.NewDb();
        var audits = await check.AuditEntries.ToListAsync();
        Assert.Equal(2, audits.Count);
        Assert.All(audits, a => Assert.Equal((person.LearnerId, Roles.Empresa, employer.Id, "consulta"), (a.LearnerId, a.ActorRole, a.ActorId, a.Action)));
    }

    [Fact]
    public async Task Decline_EndsIt_AndTheCompanyNeverSeesWho()
    {
        var (_, vacancyId, employer) = await OpenVacancyAsync();
        var person = await PersonAsync();
        var invited = Assert.IsType<InviteCandidateOutcome.Invited>(await InviteAsync(employer, vacancyId, person.Alias));
        Assert.Equal(new RespondToInvitationOutcome.Responded(invited.ApplicationId, ApplicationStage.Declinada),
            await RunAsync<RespondToInvitation, RespondToInvitationOutcome>(s => s.RunAsync(invited.ApplicationId, accept: false, null, Candidate(person.LearnerId), default)));
        Assert.Equal(new RespondToInvitationOutcome.NotPending(ApplicationStage.Declinada),
            await RunAsync<RespondToInvitation, RespondToInvitationOutcome>(s => s.RunAsync(invited.ApplicationId, accept: true, null, Candidate(person.LearnerId), default)));
        // Somebody else cannot answer it.
        var other = await PersonAsync();
        Assert.IsType<RespondToInvitationOutcome.NotFound>(
            await RunAsync<RespondToInvitation, RespondToInvitationOutcome>(s => s.RunAsync(invited.ApplicationId, accept: true, null, Candidate(other.LearnerId), default)));

        var item = Assert.Single((await RunAsync<ListVacancyApplications, VacancyPipeline?>(s => s.RunAsync(vacancyId, employer, "prueba", default)))!.Items);
        Assert.Equal(ApplicationStage.Declinada, item.Stage);
        Assert.Null(item.Contact);
    }

    [Fact]
    public async Task Moves_IllegalOnesAreRefused_AndNothingChanges()
    {
        var (_, vacancyId, employer) = await OpenVacancyAsync();
        var person = await PersonAsync();
        var candidate = Candidate(person.LearnerId);
        var id = Assert.IsType<InviteCandidateOutcome.Invited>(await InviteAsync(employer, vacancyId, person.Alias)).ApplicationId;

        // The employer cannot push an invitation forward for the candidate.
        Assert.Equal(ApplicationStage.Invitada, Assert.IsType<MoveApplicationOutcome.NotAllowed>(await MoveAsync(id, ApplicationStage.Postulada, employer)).From);
        Assert.IsType<MoveApplicationOutcome.Moved>(await MoveAsync(id, ApplicationStage.Postulada, candidate));
        Assert.IsType<MoveApplicationOutcome.NotAllowed>(await MoveAsync(id, ApplicationStage.EnRevision, candidate));
        Assert.IsType<MoveApplicationOutcome.NotAllowed>(await MoveAsync(id, ApplicationStage.Contratada, employer));
        Assert.IsType<MoveApplicationOutcome.Moved>(await MoveAsync(id, ApplicationStage.Entrevista, employer, "Entrevista el martes"));
        Assert.IsType<MoveApplicationOutcome.NotAllowed>(await MoveAsync(id, ApplicationStage.EnRevision, employer));
        // Only the employer hires.
        Assert.IsType<RecordPlacementOutcome.NotFound>(await HireAsync(id, candidate, DateOnly.FromDateTime(Now)));
        Assert.IsType<MoveApplicationOutcome.Moved>(await MoveAsync(id, ApplicationStage.Retirada, candidate, "Acepté otra oferta"));
        var final = Assert.IsType<MoveApplicationOutcome.NotAllowed>(await MoveAsync(id, ApplicationStage.Oferta, employer));
        Assert.Empty(final.Allowed);
        Assert.IsType<RecordPlacementOutcome.NotAllowed>(await HireAsync(id, employer, DateOnly.FromDateTime(Now)));

        await using var db = Database.NewDb();
        Assert.Equal(ApplicationStage.Retirada, (await db.Applications.SingleAsync()).Stage);
        Assert.Equal(["Invitada", "Postulada", "Entrevista", "Retirada"], await db.ApplicationEvents.OrderBy(e => e.Id).Select(e => e.Stage.ToString()).ToListAsync());
        Assert.Equal(0, await db.Placements.CountAsync());

        // The candidate sees the stages, their own note, not the company's.
        var mine = await RunAsync<ListMyApplications, MyApplications>(s => s.RunAsync(person.LearnerId, default));
        var history = Assert.Single(mine.Applications).History;
        Assert.Null(history.Single(h => h.Stage == ApplicationStage.Entrevista).Note);
        Assert.Equal("Acepté otra oferta", history.Single(h => h.Stage == ApplicationStage.Retirada).Note);
    }

    [Fact]
    public async Task Placement_AttributesExactlyTheValidBadgesIssuedBeforeTheStart_OncePerApplication()
    {
        var (companyId, vacancyId, employer) = await OpenVacancyAsync();
        var person = await PersonAsync();
        var startsOn = new DateOnly(2026, 12, 1);
        Guid before, revoked, sameMorning, onTheDay, after;
        await using (var db = Database.NewDb())
        {
            before = (await BadgeAsync(db, person.LearnerId, new DateTime(2026, 10, 1, 15, 0, 0, DateTimeKind.Utc), "nube-fundamentos")).Id;
            revoked = (await BadgeAsync(db, person.LearnerId, new DateTime(2026, 10, 2, 15, 0, 0, DateTimeKind.Utc), "ia-fundamentos", revoked: true)).Id;
            // 05:59 UTC on Dec 1 is still Nov 30 in Mexico City: before the start.
            sameMorning = (await BadgeAsync(db, person.LearnerId, new DateTime(2026, 12, 1, 5, 59, 0, DateTimeKind.Utc), "datos-fundamentos")).Id;
            onTheDay = (await BadgeAsync(db, person.LearnerId, new DateTime(2026, 12, 1, 6, 0, 0, DateTimeKind.Utc), "ia-intermedio")).Id;
            after = (await BadgeAsync(db, person.LearnerId, new DateTime(2026, 12, 15, 6, 0, 0, DateTimeKind.Utc), "nube-intermedio")).Id;
        }

        var id = Assert.IsType<ApplyToVacancyOutcome.Applied>(
            await RunAsync<ApplyToVacancy, ApplyToVacancyOutcome>(s => s.RunAsync(vacancyId, null, Candidate(person.LearnerId), default))).ApplicationId;
        Assert.IsType<RecordPlacementOutcome.NotAllowed>(await HireAsync(id, employer, startsOn));
        Assert.IsType<MoveApplicationOutcome.Moved>(await MoveAsync(id, ApplicationStage.Oferta, employer));
        var invalid = Assert.IsType<RecordPlacementOutcome.Invalid>(await RunAsync<RecordPlacement, RecordPlacementOutcome>(s =>
            s.RunAsync(id, new RecordPlacementInput(null, "mucho", ""), employer, default)));
        Assert.Equal(["startsOn", "salaryBand", "contractType"], invalid.Errors.Select(e => e.Field));

        var placement = Assert.IsType<RecordPlacementOutcome.Recorded>(await HireAsync(id, employer, startsOn)).Placement;
        Assert.Equal([before, sameMorning], placement.Badges.Select(b => b.BadgeAwardId));
        Assert.Equal(["nube-fundamentos", "datos-fundamentos"], placement.Badges.Select(b => b.PathCode));
        Assert.Equal((SalaryBand.De10kA20k, ContractType.Indeterminado, "09", companyId), (placement.SalaryBand, placement.ContractType, placement.StateCode, placement.CompanyId));

        var again = Assert.IsType<RecordPlacementOutcome.AlreadyRecorded>(await HireAsync(id, employer, startsOn.AddDays(7)));
        Assert.Equal(placement.Id, again.Placement.Id);
        await using var check = Database.NewDb();
        Assert.Equal(1, await check.Placements.CountAsync());
        Assert.Equal(2, await check.PlacementBadges.CountAsync());
        Assert.Equal(ApplicationStage.Contratada, (await check.Applications.SingleAsync()).Stage);
        Assert.DoesNotContain(await check.PlacementBadges.Select(b => b.BadgeAwardId).ToListAsync(), b => b == revoked || b == onTheDay || b == after);
        Assert.Equal(startsOn, Assert.Single((await RunAsync<ListMyApplications, MyApplications>(s => s.RunAsync(person.LearnerId, default))).Applications).StartsOn);
    }

    [Fact]
    public async Task Placement_ForARemoteVacancy_TakesTheCompanysState()
    {
        Guid vacancyId;
        Actor employer;
        await using (var db = Database.NewDb())
        {
            var company = await CompanyAsync(db, state: "31");
            employer = Employer(company.Id);
            vacancyId = (await VacancyAsync(db, company.Id, state: null)).Id;
        }

        var person = await PersonAsync();
        var id = Assert.IsType<ApplyToVacancyOutcome.Applied>(
            await RunAsync<ApplyToVacancy, ApplyToVacancyOutcome>(s => s.RunAsync(vacancyId, null, Candidate(person.LearnerId), default))).ApplicationId;
        Assert.IsType<MoveApplicationOutcome.Moved>(await MoveAsync(id, ApplicationStage.Entrevista, employer));
        var placement = Assert.IsType<RecordPlacementOutcome.Recorded>(await HireAsync(id, employer, new DateOnly(2026, 12, 1))).Placement;
        Assert.Equal("31", placement.StateCode);
        Assert.Empty(placement.Badges);
    }

    [Fact]
    public async Task AnotherCompany_CannotSeeOrTouchTheApplications()
    {
        var (_, vacancyId, employerA) = await OpenVacancyAsync("Empresa A");
        var (_, _, employerB) = await OpenVacancyAsync("Empresa B");
        var person = await PersonAsync();
        var id = Assert.IsType<ApplyToVacancyOutcome.Applied>(
            await RunAsync<ApplyToVacancy, ApplyToVacancyOutcome>(s => s.RunAsync(vacancyId, null, Candidate(person.LearnerId), default))).ApplicationId;

        Assert.Null(await RunAsync<ListVacancyApplications, VacancyPipeline?>(s => s.RunAsync(vacancyId, employerB, "prueba", default)));
        Assert.Null(await RunAsync<ReadApplication, ApplicationDetail?>(s => s.RunAsync(id, employerB, "prueba", default)));
        Assert.IsType<MoveApplicationOutcome.NotFound>(await MoveAsync(id, ApplicationStage.Descartada, employerB));
        Assert.IsType<RecordPlacementOutcome.NotFound>(await HireAsync(id, employerB, new DateOnly(2026, 12, 1)));
        // An empresa account without a company reaches nothing; an analyst neither.
        Assert.Null(await RunAsync<ListVacancyApplications, VacancyPipeline?>(s => s.RunAsync(vacancyId, new Actor("x", "x", Roles.Empresa), "prueba", default)));
        Assert.IsType<MoveApplicationOutcome.NotFound>(await MoveAsync(id, ApplicationStage.Descartada, new Actor("x", "x", Roles.Analista)));

        Assert.Single((await RunAsync<ListVacancyApplications, VacancyPipeline?>(s => s.RunAsync(vacancyId, employerA, "prueba", default)))!.Items);
        Assert.Single((await RunAsync<ListVacancyApplications, VacancyPipeline?>(s => s.RunAsync(vacancyId, Operator(), "prueba", default)))!.Items);
        await using var db = Database.NewDb();
        Assert.Equal(ApplicationStage.Postulada, (await db.Applications.SingleAsync()).Stage);
    }

    [Fact]
    public async Task MyApplications_InvitationsWaitApart_WithTheCompanysTradeName()
    {
        var (_, vacancyId, employer) = await OpenVacancyAsync("Datos del Bajío");
        var person = await PersonAsync();
        await InviteAsync(employer, vacancyId, person.Alias, "Nos gustaría conocerle.");

        var mine = await RunAsync<ListMyApplications, MyApplications>(s => s.RunAsync(person.LearnerId, default));
        var invitation = Assert.Single(mine.Invitations);
        Assert.Empty(mine.Applications);
        Assert.Equal(("Datos del Bajío", "Analista de datos en la nube", "Nos gustaría conocerle."), (invitation.CompanyName, invitation.VacancyTitle, invitation.Message));
        Assert.False(invitation.CanWithdraw);
        Assert.Empty((await RunAsync<ListMyApplications, MyApplications>(s => s.RunAsync(Guid.NewGuid(), default))).Invitations);
    }
}
