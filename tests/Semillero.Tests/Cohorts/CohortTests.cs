using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Cohorts;
using Semillero.Data;
using Semillero.Learners;
using Semillero.Organizations;
using Semillero.Privacy;
using Semillero.Tests.Infrastructure;
using static Semillero.Tests.Cohorts.CohortData;

namespace Semillero.Tests.Cohorts;

// Cohorts as organisations, operators and learners use them: who may open and change one, the
// review, the public search, eligibility, who may enrol whom, withdrawal and the waitlist.
public abstract class CohortTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : CohortTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CohortTests(DatabaseProvider.Postgres);

    private async Task<(Organization Org, Semillero.Catalog.LearningPath Path)> OrgAndPathAsync(OrganizationKind kind = OrganizationKind.Academia, bool verified = true)
    {
        await using var db = Database.NewDb();
        return (await OrganizationAsync(db, kind, verified), await PathAsync(db));
    }

    private async Task<Cohort> OpenCohortAsync(Guid orgId, Guid pathId, int capacity = 30, CohortEnrolmentMode mode = CohortEnrolmentMode.Abierta,
        string segments = "", int? minAge = null, int? maxAge = null, string[]? states = null)
    {
        await using var db = Database.NewDb();
        return await ApprovedAsync(db, orgId, pathId, capacity, mode, segments, minAge, maxAge, states);
    }

    private async Task<List<Learner>> PeopleAsync(int n, string? registeredBy = null, Segment segment = Segment.Estudiante, DateOnly? birthDate = null)
    {
        await using var db = Database.NewDb();
        return await CohortData.PeopleAsync(db, n, registeredBy, segment, birthDate);
    }

    private Task<EnrolOutcome> SelfAsync(Guid cohortId, Guid learnerId) =>
        RunAsync<EnrolInCohort, EnrolOutcome>(s => s.SelfAsync(cohortId, Learner(learnerId), default));

    private Task<EnrolOutcome> ByCurpAsync(Guid cohortId, string curp, Guid orgId) =>
        RunAsync<EnrolInCohort, EnrolOutcome>(s => s.ByCurpAsync(cohortId, curp, Member(orgId), orgId, default));

    [Fact]
    public async Task Create_VerifiedAcademia_IsPendingAndNotInThePublicSearch()
    {
        var (org, path) = await OrgAndPathAsync();

        var outcome = await RunAsync<SaveCohort, SaveCohortOutcome>(s => s.CreateAsync(org.Id, Input(path.Code), "miembro-1", default));

        var saved = Assert.IsType<SaveCohortOutcome.Saved>(outcome);
        Assert.Equal(CohortStatus.Pendiente, saved.Cohort.Status);
        Assert.Equal([path.Id], saved.Cohort.Paths.Select(p => p.PathId));
        Assert.Equal(0, (await RunAsync<ReadCohorts, CohortPage>(s => s.SearchAsync(new CohortSearch(null, null, null, null, null), default))).Total);
    }

    [Theory]
    [InlineData(OrganizationKind.Aceleradora, true, CohortRules.Codes.KindNotAllowed)]
    [InlineData(OrganizationKind.Inversion, true, CohortRules.Codes.KindNotAllowed)]
    [InlineData(OrganizationKind.Proveedor, false, CohortRules.Codes.NotVerified)]
    public async Task Create_OrganisationThatMayNotOpenCohorts_IsRefusedWithTheReason(OrganizationKind kind, bool verified, string code)
    {
        var (org, path) = await OrgAndPathAsync(kind, verified);

        var outcome = await RunAsync<SaveCohort, SaveCohortOutcome>(s => s.CreateAsync(org.Id, Input(path.Code), "miembro-1", default));

        Assert.Equal(code, Assert.IsType<SaveCohortOutcome.Refused>(outcome).Reason.Code);
    }

    [Fact]
    public async Task Create_UnpublishedPathAndWindowClosingAfterTheCourse_NamesBothFields()
    {
        var (org, _) = await OrgAndPathAsync();
        await using (var db = Database.NewDb())
        {
            await PathAsync(db, published: false, code: "borrador-1");
        }

        var input = Input("borrador-1") with { EnrolmentClosesOn = Today.AddDays(101), Capacity = 0 };
        var outcome = await RunAsync<SaveCohort, SaveCohortOutcome>(s => s.CreateAsync(org.Id, input, "miembro-1", default));

        var errors = Assert.IsType<SaveCohortOutcome.Invalid>(outcome).Errors;
        Assert.Equal(
            [(CohortRules.Fields.Paths, CohortRules.Codes.NotPublished), (CohortRules.Fields.EnrolmentClosesOn, CohortRules.Codes.Order), (CohortRules.Fields.Capacity, CohortRules.Codes.Range)],
            errors.Select(e => (e.Field, e.Reason.Code)));
    }

    [Fact]
    public async Task Update_AnotherOrganisationsCohort_IsNotFoundAndUnchanged()
    {
        var (mine, path) = await OrgAndPathAsync();
        var (other, _) = await OrgAndPathAsync();
        var created = (SaveCohortOutcome.Saved)await RunAsync<SaveCohort, SaveCohortOutcome>(s => s.CreateAsync(mine.Id, Input(path.Code), "miembro-1", default));

        var outcome = await RunAsync<SaveCohort, SaveCohortOutcome>(s => s.UpdateAsync(created.Cohort.Id, other.Id, Input(path.Code) with { Name = "Robada" }, default));

        Assert.IsType<SaveCohortOutcome.NotFound>(outcome);
        await using var db = Database.NewDb();
        Assert.Equal("Nube para docentes de Jalisco", (await db.Cohorts.SingleAsync()).Name);
    }

    [Fact]
    public async Task Update_ApprovedCohort_IsRefusedButItsCapacityGrowsAndTheWaitlistTakesTheSeats()
    {
        var (org, path) = await OrgAndPathAsync();
        var cohort = await OpenCohortAsync(org.Id, path.Id, capacity: 1);
        var people = await PeopleAsync(3);
        foreach (var p in people)
        {
            await SelfAsync(cohort.Id, p.Id);
        }

        var change = await RunAsync<SaveCohort, SaveCohortOutcome>(s => s.UpdateAsync(cohort.Id, org.Id, Input(path.Code), default));
        var shrink = await RunAsync<SaveCohort, SaveCohortOutcome>(s => s.IncreaseCapacityAsync(cohort.Id, org.Id, 1, default));
        var grow = await RunAsync<SaveCohort, SaveCohortOutcome>(s => s.IncreaseCapacityAsync(cohort.Id, org.Id, 2, default));

        Assert.Equal(CohortRules.Codes.Locked, Assert.IsType<SaveCohortOutcome.Refused>(change).Reason.Code);
        Assert.IsType<SaveCohortOutcome.Invalid>(shrink);
        Assert.Equal((2, 2), (Assert.IsType<SaveCohortOutcome.Saved>(grow).Cohort.Capacity, ((SaveCohortOutcome.Saved)grow).Cohort.Enrolled));
        await using var db = Database.NewDb();
        var statuses = await db.CohortEnrolments.OrderBy(e => e.Id).Select(e => e.Status).ToListAsync();
        Assert.Equal([EnrolmentStatus.Inscrita, EnrolmentStatus.Inscrita, EnrolmentStatus.EnEspera], statuses);
    }

    [Fact]
    public async Task Review_ApprovedCohortIsPublic_RejectionNeedsAReasonTheOrganisationReads()
    {
        var (org, path) = await OrgAndPathAsync();
        var first = (SaveCohortOutcome.Saved)await RunAsync<SaveCohort, SaveCohortOutcome>(s => s.CreateAsync(org.Id, Input(path.Code), "m", default));
        var second = (SaveCohortOutcome.Saved)await RunAsync<SaveCohort, SaveCohortOutcome>(s => s.CreateAsync(org.Id, Input(path.Code), "m", default));

        var approved = await RunAsync<ReviewCohort, ReviewCohortOutcome>(s => s.ApproveAsync(first.Cohort.Id, Operator(), default));
        var noReason = await RunAsync<ReviewCohort, ReviewCohortOutcome>(s => s.RejectAsync(second.Cohort.Id, "no", Operator(), default));
        var rejected = await RunAsync<ReviewCohort, ReviewCohortOutcome>(s => s.RejectAsync(second.Cohort.Id, "Las fechas no coinciden con el calendario escolar.", Operator(), default));
        var rejectApproved = await RunAsync<ReviewCohort, ReviewCohortOutcome>(s => s.RejectAsync(first.Cohort.Id, "Las fechas no coinciden con el calendario.", Operator(), default));

        Assert.Equal("Operadora (operador-1)", Assert.IsType<ReviewCohortOutcome.Reviewed>(approved).Cohort.ReviewedBy);
        Assert.IsType<ReviewCohortOutcome.Invalid>(noReason);
        Assert.Equal(CohortStatus.Rechazada, Assert.IsType<ReviewCohortOutcome.Reviewed>(rejected).Cohort.Status);
        Assert.IsType<ReviewCohortOutcome.Refused>(rejectApproved);
        var page = await RunAsync<ReadCohorts, CohortPage>(s => s.SearchAsync(new CohortSearch(path.Code, "14", CohortModality.EnLinea, null, null), default));
        Assert.Equal([first.Cohort.Id], page.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task Search_ShowsOnlyApprovedCohortsWhoseWindowIsOpenToday_FilteredByStateAndModality()
    {
        var (org, path) = await OrgAndPathAsync();
        var open = await OpenCohortAsync(org.Id, path.Id, states: ["14"]);
        var nationwide = await OpenCohortAsync(org.Id, path.Id);
        await using (var db = Database.NewDb())
        {
            var closed = await ApprovedAsync(db, org.Id, path.Id);
            await db.Cohorts.Where(c => c.Id == closed.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.EnrolmentClosesOn, Today.AddDays(-1)));
            var pending = await ApprovedAsync(db, org.Id, path.Id);
            await db.Cohorts.Where(c => c.Id == pending.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CohortStatus.Pendiente));
        }

        async Task<IEnumerable<Guid>> Search(string? state, CohortModality? modality) =>
            (await RunAsync<ReadCohorts, CohortPage>(s => s.SearchAsync(new CohortSearch(null, state, modality, null, null), default))).Items.Select(c => c.Id);

        Assert.Equal(new[] { open.Id, nationwide.Id }.Order(), (await Search(null, null)).Order());
        Assert.Equal([nationwide.Id], await Search("09", null));
        Assert.Empty(await Search(null, CohortModality.Presencial));
    }

    [Fact]
    public async Task EnrolSelf_Eligible_TakesASeatRecordsTheConsentAndADoubleSubmitReturnsTheSameEnrolment()
    {
        var (org, path) = await OrgAndPathAsync();
        var cohort = await OpenCohortAsync(org.Id, path.Id);
        var person = (await PeopleAsync(1)).Single();

        var first = Assert.IsType<EnrolOutcome.Enrolled>(await SelfAsync(cohort.Id, person.Id));
        var again = Assert.IsType<EnrolOutcome.Enrolled>(await SelfAsync(cohort.Id, person.Id));

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal(EnrolmentStatus.Inscrita, first.Enrolment.Status);
        Assert.Equal(first.Enrolment.Registration, again.Enrolment.Registration);
        Assert.True(await RunAsync<Consents, bool>(c => c.HasAsync(person.Id, Purposes.CompartirConvocatorias, default)));
        await using var db = Database.NewDb();
        Assert.Equal(1, (await db.Cohorts.SingleAsync()).Enrolled);
        Assert.Equal(EnrolInCohort.ConsentSource, (await db.ConsentRecords.SingleAsync(c => c.LearnerId == person.Id && c.Purpose == Purposes.CompartirConvocatorias)).Source);
    }

    [Fact]
    public async Task EnrolSelf_NotEligible_SaysWhyForEachRule()
    {
        var (org, path) = await OrgAndPathAsync();
        var student = (await PeopleAsync(1, birthDate: Today.AddYears(-20))).Single();
        var invitation = await OpenCohortAsync(org.Id, path.Id, mode: CohortEnrolmentMode.PorInvitacion);
        var teachers = await OpenCohortAsync(org.Id, path.Id, segments: "docente servidor_publico");
        // Twenty today by the CURP's birth date: one day short of a cohort for 21 and over.
        var older = await OpenCohortAsync(org.Id, path.Id, minAge: 21);
        var jalisco = await OpenCohortAsync(org.Id, path.Id, states: ["14"]);
        Cohort closed;
        await using (var db = Database.NewDb())
        {
            closed = await ApprovedAsync(db, org.Id, path.Id);
            await db.Cohorts.Where(c => c.Id == closed.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.EnrolmentOpensOn, Today.AddDays(1)).SetProperty(c => c.EnrolmentClosesOn, Today.AddDays(3)));
        }

        async Task<string> Why(Guid cohortId) => Assert.IsType<EnrolOutcome.NotEligible>(await SelfAsync(cohortId, student.Id)).Reason.Code;

        Assert.Equal(CohortRules.Codes.ByInvitation, await Why(invitation.Id));
        Assert.Equal(CohortRules.Codes.Segment, await Why(teachers.Id));
        Assert.Equal(CohortRules.Codes.Age, await Why(older.Id));
        Assert.Equal(CohortRules.Codes.State, await Why(jalisco.Id));
        Assert.Equal(CohortRules.Codes.WindowClosed, await Why(closed.Id));
        await using var check = Database.NewDb();
        Assert.Equal(0, await check.CohortEnrolments.CountAsync());
    }

    [Fact]
    public async Task EnrolByCurp_OnlyPeopleTheOrganisationRegisteredOrWhoEnrolledThemselvesInItsCohorts()
    {
        var (org, path) = await OrgAndPathAsync();
        var (other, _) = await OrgAndPathAsync();
        var cohort = await OpenCohortAsync(org.Id, path.Id, mode: CohortEnrolmentMode.PorInvitacion);
        var otherOpen = await OpenCohortAsync(org.Id, path.Id);
        var ours = (await PeopleAsync(1, registeredBy: Semillero.Access.PartnerKey.Of(org.Id))).Single();
        var theirs = (await PeopleAsync(1, registeredBy: Semillero.Access.PartnerKey.Of(other.Id))).Single();
        var selfEnrolled = (await PeopleAsync(1, registeredBy: Semillero.Access.PartnerKey.Of(other.Id))).Single();
        var userId = Guid.NewGuid();
        await using (var db = Database.NewDb())
        {
            db.Users.Add(new Semillero.Access.User { Id = userId, UserName = $"{userId:N}@example.com", Email = $"{userId:N}@example.com", LearnerId = selfEnrolled.Id, DisplayName = "P", CreatedAt = Now });
            await db.SaveChangesAsync();
        }

        await RunAsync<EnrolInCohort, EnrolOutcome>(s => s.SelfAsync(otherOpen.Id, Learner(selfEnrolled.Id, userId), default));

        Assert.True(Assert.IsType<EnrolOutcome.Enrolled>(await ByCurpAsync(cohort.Id, ours.Curp, org.Id)).Created);
        Assert.Equal(CohortRules.Codes.NotYours, Assert.IsType<EnrolOutcome.NotAllowed>(await ByCurpAsync(cohort.Id, theirs.Curp, org.Id)).Reason.Code);
        Assert.IsType<EnrolOutcome.Enrolled>(await ByCurpAsync(cohort.Id, selfEnrolled.Curp, org.Id));
        // Another organisation cannot enrol anyone in this cohort, not even people it registered.
        Assert.IsType<EnrolOutcome.CohortNotFound>(await ByCurpAsync(cohort.Id, theirs.Curp, other.Id));
        Assert.Equal(CohortRules.Codes.UnknownCurp, Assert.IsType<EnrolOutcome.UnknownPerson>(await ByCurpAsync(cohort.Id, CsvFiles.People(1, seed: 424_242).Single().Curp, org.Id)).Reason.Code);
    }

    [Fact]
    public async Task Withdraw_SeatedPerson_PromotesTheFirstWaitingAndEmailsThem()
    {
        var (org, path) = await OrgAndPathAsync();
        var cohort = await OpenCohortAsync(org.Id, path.Id, capacity: 2);
        var people = await PeopleAsync(4);
        var enrolments = new List<EnrolmentView>();
        foreach (var p in people)
        {
            enrolments.Add(((EnrolOutcome.Enrolled)await SelfAsync(cohort.Id, p.Id)).Enrolment);
        }

        Assert.Equal([null, null, 1, 2], enrolments.Select(e => e.Position));

        var outcome = await RunAsync<WithdrawEnrolment, WithdrawOutcome>(s => s.RunAsync(cohort.Id, enrolments[0].Registration, Learner(people[0].Id), null, default));
        var again = await RunAsync<WithdrawEnrolment, WithdrawOutcome>(s => s.RunAsync(cohort.Id, enrolments[0].Registration, Learner(people[0].Id), null, default));

        Assert.Equal(1, Assert.IsType<WithdrawOutcome.Withdrawn>(outcome).Promoted);
        Assert.IsType<WithdrawOutcome.AlreadyWithdrawn>(again);
        await using var db = Database.NewDb();
        Assert.Equal(2, (await db.Cohorts.SingleAsync()).Enrolled);
        var statuses = await db.CohortEnrolments.OrderBy(e => e.Id).Select(e => e.Status).ToListAsync();
        Assert.Equal([EnrolmentStatus.Baja, EnrolmentStatus.Inscrita, EnrolmentStatus.Inscrita, EnrolmentStatus.EnEspera], statuses);
        var mail = await db.OutboxMessages.SingleAsync();
        Assert.Equal((people[2].Email, CohortMessages.PromotedKind), (mail.To, mail.Kind));
        Assert.Equal(1, (await RunAsync<ReadEnrolments, EnrolmentView?>(s => s.FindAsync(cohort.Id, enrolments[3].Registration, default)))!.Position);
    }

    [Fact]
    public async Task Withdraw_ByAnotherOrganisationOrAnotherLearner_IsNotFound()
    {
        var (org, path) = await OrgAndPathAsync();
        var (other, _) = await OrgAndPathAsync();
        var cohort = await OpenCohortAsync(org.Id, path.Id);
        var people = await PeopleAsync(2);
        var enrolment = ((EnrolOutcome.Enrolled)await SelfAsync(cohort.Id, people[0].Id)).Enrolment;

        Assert.IsType<WithdrawOutcome.NotFound>(await RunAsync<WithdrawEnrolment, WithdrawOutcome>(s => s.RunAsync(cohort.Id, enrolment.Registration, Member(other.Id), other.Id, default)));
        Assert.IsType<WithdrawOutcome.NotFound>(await RunAsync<WithdrawEnrolment, WithdrawOutcome>(s => s.RunAsync(cohort.Id, enrolment.Registration, Learner(people[1].Id), null, default)));
        Assert.IsType<WithdrawOutcome.Withdrawn>(await RunAsync<WithdrawEnrolment, WithdrawOutcome>(s => s.RunAsync(cohort.Id, enrolment.Registration, Member(org.Id), org.Id, default)));
    }

    [Fact]
    public async Task Import_ReportsEachRowEnrolledWaitingOrRejectedWithItsReason()
    {
        var (org, path) = await OrgAndPathAsync();
        var cohort = await OpenCohortAsync(org.Id, path.Id, capacity: 1, mode: CohortEnrolmentMode.PorInvitacion);
        var ours = await PeopleAsync(2, registeredBy: Semillero.Access.PartnerKey.Of(org.Id));
        var stranger = (await PeopleAsync(1, registeredBy: "Otra institución")).Single();
        var nobody = CsvFiles.People(1, seed: 424_242).Single().Curp;
        var csv = $"curp\n{ours[0].Curp}\n{ours[1].Curp.ToLowerInvariant()}\n{ours[0].Curp}\nNOESCURP\n{stranger.Curp}\n{nobody}\n";

        var outcome = await RunAsync<ImportEnrolments, ImportEnrolmentsOutcome>(s =>
            s.RunAsync(cohort.Id, CsvFiles.Utf8(csv), Member(org.Id), org.Id, default));

        var summary = Assert.IsType<ImportEnrolmentsOutcome.Completed>(outcome).Summary;
        Assert.Equal(
            [(2, EnrolmentRowStatus.Inscrita, (string?)null), (3, EnrolmentRowStatus.EnEspera, null), (4, EnrolmentRowStatus.Rechazada, CohortRules.Codes.DuplicateInFile),
             (5, EnrolmentRowStatus.Rechazada, CohortRules.Codes.InvalidCurp), (6, EnrolmentRowStatus.Rechazada, CohortRules.Codes.NotYours),
             (7, EnrolmentRowStatus.Rechazada, CohortRules.Codes.UnknownCurp)],
            summary.Results.Select(r => (r.Row, r.Status, r.Code)));
        Assert.Equal((1, 1, 4), (summary.Enrolled, summary.Waiting, summary.Rejected));

        var again = (ImportEnrolmentsOutcome.Completed)await RunAsync<ImportEnrolments, ImportEnrolmentsOutcome>(s =>
            s.RunAsync(cohort.Id, CsvFiles.Utf8($"CURP\n{ours[0].Curp}\n"), Member(org.Id), org.Id, default));
        Assert.Equal(CohortRules.Codes.AlreadyEnrolled, again.Summary.Results.Single().Code);
    }
}
