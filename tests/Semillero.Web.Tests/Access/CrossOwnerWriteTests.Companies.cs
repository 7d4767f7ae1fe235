using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Hiring;
using Semillero.Tests.Hiring;
using Semillero.Vacancies;
using Semillero.Web.Tests.Companies;
using Semillero.Web.Tests.Hiring;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Access;

// Company × company: the profile, vacancies, invitations, the pipeline and hires.
public abstract partial class CrossOwnerWriteTests
{
    private const string RfcA = "NDS190312K4";
    private const string RfcB = "DMA150804R2";

    // A verified company and an API key of its own.
    private sealed record Firm(Guid Id, string Rfc, HttpClient Key);

    private async Task<Firm> FirmAsync(string rfcBody, string tradeName)
    {
        var id = await App.RegisterCompanyAsync(rfcBody, tradeName, verified: true);
        return new(id, CompanyPeople.Rfc(rfcBody), await App.EmployerKeyAsync(id));
    }

    // The web app runs on the real clock: dates relative to today, so the suite passes any day.
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    private static string Day(int fromToday) => Today.AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<Guid> VacancyAsync(Guid companyId, VacancyStatus status = VacancyStatus.Abierta, string title = "Analista de datos en la nube")
    {
        await using var db = Database.NewDb();
        return (await HiringData.VacancyAsync(db, companyId, status, closesOn: Today.AddDays(30), title: title)).Id;
    }

    // A candidacy written straight to the database, as if the person had applied (or been invited).
    private async Task<Guid> CandidacyAsync(Guid vacancyId, Guid learnerId, ApplicationStage stage)
    {
        await using var db = Database.NewDb();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var application = new Application
        {
            Id = Guid.NewGuid(),
            VacancyId = vacancyId,
            LearnerId = learnerId,
            Origin = stage == ApplicationStage.Invitada ? ApplicationOrigin.Invitacion : ApplicationOrigin.Postulacion,
            Stage = stage,
            ContactAcceptedAt = stage == ApplicationStage.Invitada ? null : now,
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = "prueba",
        };
        db.Applications.Add(application);
        db.ApplicationEvents.Add(new ApplicationEvent { ApplicationId = application.Id, Stage = stage, At = now, By = "prueba" });
        await db.SaveChangesAsync();
        return application.Id;
    }

    // A person with a work profile who lets employers see it.
    private async Task<(Guid LearnerId, string Alias)> VisibleCandidateAsync()
    {
        await using var db = Database.NewDb();
        var (learner, alias) = await HiringData.CandidateAsync(db);
        return (learner.Id, alias);
    }

    // Everything company A owns: the company, its accounts, vacancies, their candidacies and
    // history, and its placements.
    private Task<string> CompanyStateAsync(Guid companyId) => SnapshotAsync(async db =>
    {
        var vacancies = db.Vacancies.Where(v => v.CompanyId == companyId);
        var applications = db.Applications.Where(a => vacancies.Any(v => v.Id == a.VacancyId));
        return new
        {
            Company = await db.Companies.AsNoTracking().SingleAsync(c => c.Id == companyId),
            Accounts = await db.Users.AsNoTracking().Where(u => u.CompanyId == companyId).OrderBy(u => u.Id)
                .Select(u => new { u.Id, u.Email, u.PasswordHash, u.SecurityStamp, u.ConcurrencyStamp }).ToListAsync(),
            Vacancies = await vacancies.AsNoTracking().Include(v => v.Skills.OrderBy(s => s.SkillId)).OrderBy(v => v.Id).ToListAsync(),
            Applications = await applications.AsNoTracking().OrderBy(a => a.Id).ToListAsync(),
            Events = await db.ApplicationEvents.AsNoTracking().Where(e => applications.Any(a => a.Id == e.ApplicationId)).OrderBy(e => e.Id).ToListAsync(),
            Placements = await db.Placements.AsNoTracking().Where(p => p.CompanyId == companyId).OrderBy(p => p.Id).ToListAsync(),
        };
    });

    private static Dictionary<string, string> VacancyFields(string title) => new()
    {
        ["title"] = title,
        ["description"] = "Construir flujos de datos en la nube para la planta.",
        ["nivel[datos-etl]"] = "2",
        ["tipo[datos-etl]"] = "requerida",
        ["modality"] = "remoto",
        ["state"] = "",
        ["openings"] = "1",
        ["closesOn"] = Day(10),
    };

    private static Dictionary<string, string> CompanyFields(string rfc, string tradeName) => new()
    {
        ["rfc"] = rfc,
        ["legalName"] = tradeName + ", S.A. de C.V.",
        ["tradeName"] = tradeName,
        ["sector"] = "54",
        ["state"] = "14",
        ["workers"] = "42",
        ["annualSalesMdp"] = "38.5",
        ["kind"] = "startup",
        ["website"] = "https://empresa.example",
        ["description"] = "Consultoría de nube para pymes.",
    };

    private static object PlacementBody() => new { startsOn = Day(7), salaryBand = "de20k_a35k", contractType = "indeterminado" };

    [Fact]
    [CrossOwner("PUT /api/vacancies/{id:guid}")]
    [CrossOwner("POST /api/vacancies/{id:guid}/publish")]
    [CrossOwner("POST /api/vacancies/{id:guid}/close")]
    public async Task VacancyApi_AnotherCompanysVacancy_UpdatePublishClose_AreNotFound_AndChangeNothing()
    {
        var a = await FirmAsync(RfcA, "Nube del Sur");
        var b = await FirmAsync(RfcB, "DataMAV");
        var draft = await VacancyAsync(a.Id, VacancyStatus.Borrador);
        var unknown = Guid.NewGuid();
        var before = await CompanyStateAsync(a.Id);

        var edit = CompanyPeople.VacancyBody(title: "Cambiada por otra empresa");
        var editNamingA = CompanyPeople.VacancyBody(a.Id, title: "Cambiada por otra empresa");
        await AssertNotFoundAsForUnknownAsync(await b.Key.PutAsJsonAsync($"/api/vacancies/{draft}", edit), await b.Key.PutAsJsonAsync($"/api/vacancies/{unknown}", edit));
        await AssertNotFoundAsForUnknownAsync(await b.Key.PutAsJsonAsync($"/api/vacancies/{draft}", editNamingA), await b.Key.PutAsJsonAsync($"/api/vacancies/{unknown}", editNamingA));
        // An invalid body is not checked first: that would tell B the vacancy exists.
        await AssertNotFoundAsForUnknownAsync(await b.Key.PutAsJsonAsync($"/api/vacancies/{draft}", new { }), await b.Key.PutAsJsonAsync($"/api/vacancies/{unknown}", new { }));
        await AssertNotFoundAsForUnknownAsync(await b.Key.PostAsync($"/api/vacancies/{draft}/publish", null), await b.Key.PostAsync($"/api/vacancies/{unknown}/publish", null));
        await AssertNotFoundAsForUnknownAsync(await b.Key.PostAsync($"/api/vacancies/{draft}/close", null), await b.Key.PostAsync($"/api/vacancies/{unknown}/close", null));
        Assert.Equal(before, await CompanyStateAsync(a.Id));

        Assert.Equal(HttpStatusCode.OK, (await a.Key.PutAsJsonAsync($"/api/vacancies/{draft}", CompanyPeople.VacancyBody(title: "Cambiada por su empresa"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.Key.PostAsync($"/api/vacancies/{draft}/publish", null)).StatusCode);
        var published = await CompanyStateAsync(a.Id);
        Assert.Equal(HttpStatusCode.OK, (await a.Key.PostAsync($"/api/vacancies/{draft}/close", null)).StatusCode);
        Assert.NotEqual(published, await CompanyStateAsync(a.Id));
        await using var db = Database.NewDb();
        var vacancy = await db.Vacancies.AsNoTracking().SingleAsync(v => v.Id == draft);
        Assert.Equal(("Cambiada por su empresa", VacancyStatus.Cerrada, a.Id), (vacancy.Title, vacancy.Status, vacancy.CompanyId));
    }

    [Fact]
    [CrossOwner("POST /api/vacancies")]
    public async Task VacancyApi_CreateNamingAnotherCompany_IsRefusedLikeAnUnknownCompany_AndCreatesNothingForIt()
    {
        var a = await FirmAsync(RfcA, "Nube del Sur");
        var b = await FirmAsync(RfcB, "DataMAV");
        var before = await CompanyStateAsync(a.Id);

        var forA = await b.Key.PostAsJsonAsync("/api/vacancies", CompanyPeople.VacancyBody(a.Id, "Puesta por otra empresa"));
        var forUnknown = await b.Key.PostAsJsonAsync("/api/vacancies", CompanyPeople.VacancyBody(Guid.NewGuid(), "Puesta por otra empresa"));

        Assert.Equal(HttpStatusCode.BadRequest, forA.StatusCode);
        Assert.Equal(await ProblemAsync(forUnknown), await ProblemAsync(forA));
        Assert.Equal(before, await CompanyStateAsync(a.Id));
        Assert.Equal(HttpStatusCode.Created, (await a.Key.PostAsJsonAsync("/api/vacancies", CompanyPeople.VacancyBody(a.Id, "Puesta por su empresa"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await b.Key.PostAsJsonAsync("/api/vacancies", CompanyPeople.VacancyBody(title: "Puesta por B para sí"))).StatusCode);
        await using var db = Database.NewDb();
        Assert.Equal(["Puesta por su empresa"], await db.Vacancies.Where(v => v.CompanyId == a.Id).Select(v => v.Title).ToListAsync());
        Assert.Equal(["Puesta por B para sí"], await db.Vacancies.Where(v => v.CompanyId == b.Id).Select(v => v.Title).ToListAsync());
    }

    [Fact]
    [CrossOwner("PAGE /empresa/vacantes/{id:guid} POST")]
    [CrossOwner("PAGE /empresa/vacantes/{id:guid} POST publicar")]
    [CrossOwner("PAGE /empresa/vacantes/{id:guid} POST cerrar")]
    public async Task VacancyPage_AnotherCompanysVacancy_SavePublishClose_AreNotFound_AndChangeNothing()
    {
        var a = await FirmAsync(RfcA, "Nube del Sur");
        var b = await FirmAsync(RfcB, "DataMAV");
        var (browserA, browserB) = (await App.EmployerBrowserAsync(a.Id), await App.EmployerBrowserAsync(b.Id));
        var draft = await VacancyAsync(a.Id, VacancyStatus.Borrador);
        var unknown = Guid.NewGuid();
        var before = await CompanyStateAsync(a.Id);

        var own = await VacancyAsync(b.Id, VacancyStatus.Borrador);
        foreach (var handler in new[] { "", "?handler=publicar", "?handler=cerrar" })
        {
            var theirs = await PostFormAsync(browserB, "/empresa", $"/empresa/vacantes/{draft}{handler}", VacancyFields("Cambiada por otra empresa"));
            var none = await PostFormAsync(browserB, "/empresa", $"/empresa/vacantes/{unknown}{handler}", VacancyFields("Cambiada por otra empresa"));
            // A form field named like the route value wins over it (form values bind first): aimed
            // at A's vacancy through B's own address, the handler still finds it is not B's.
            var smuggled = await PostFormAsync(browserB, "/empresa", $"/empresa/vacantes/{own}{handler}",
                new(VacancyFields("Cambiada por otra empresa")) { ["id"] = draft.ToString() });
            Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (theirs.StatusCode, none.StatusCode, smuggled.StatusCode));
        }

        Assert.Equal(before, await CompanyStateAsync(a.Id));
        foreach (var handler in new[] { "", "?handler=publicar", "?handler=cerrar" })
        {
            var mine = await PostFormAsync(browserA, "/empresa", $"/empresa/vacantes/{draft}{handler}", VacancyFields("Cambiada por su empresa"));
            Assert.Equal(HttpStatusCode.Redirect, mine.StatusCode);
        }

        await using var db = Database.NewDb();
        var vacancy = await db.Vacancies.AsNoTracking().SingleAsync(v => v.Id == draft);
        Assert.Equal(("Cambiada por su empresa", VacancyStatus.Cerrada), (vacancy.Title, vacancy.Status));
        Assert.NotNull(vacancy.PublishedAt);
    }

    [Fact]
    [CrossOwner("PAGE /empresa/vacantes/nueva POST")]
    public async Task NewVacancyPage_NamingAnotherCompany_CreatesTheVacancyForTheSignedInCompanyOnly()
    {
        var a = await FirmAsync(RfcA, "Nube del Sur");
        var b = await FirmAsync(RfcB, "DataMAV");
        var (browserA, browserB) = (await App.EmployerBrowserAsync(a.Id), await App.EmployerBrowserAsync(b.Id));
        var before = await CompanyStateAsync(a.Id);
        var smuggled = new Dictionary<string, string>(VacancyFields("Puesta por B"))
        {
            ["companyId"] = a.Id.ToString(),
            ["empresa"] = a.Id.ToString(),
        };

        var created = await PostFormAsync(browserB, "/empresa/vacantes/nueva", $"/empresa/vacantes/nueva?companyId={a.Id}&empresa={a.Id}", smuggled);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(before, await CompanyStateAsync(a.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(browserA, "/empresa/vacantes/nueva", "/empresa/vacantes/nueva", VacancyFields("Puesta por A"))).StatusCode);
        await using var db = Database.NewDb();
        Assert.Equal(["Puesta por A"], await db.Vacancies.Where(v => v.CompanyId == a.Id).Select(v => v.Title).ToListAsync());
        Assert.Equal(["Puesta por B"], await db.Vacancies.Where(v => v.CompanyId == b.Id).Select(v => v.Title).ToListAsync());
    }

    [Fact]
    [CrossOwner("PAGE /empresa/perfil POST")]
    public async Task ProfilePage_NamingAnotherCompany_ChangesOnlyTheSignedInCompany()
    {
        var a = await FirmAsync(RfcA, "Nube del Sur");
        var b = await FirmAsync(RfcB, "DataMAV");
        var (browserA, browserB) = (await App.EmployerBrowserAsync(a.Id), await App.EmployerBrowserAsync(b.Id));
        var before = await CompanyStateAsync(a.Id);
        var smuggled = new Dictionary<string, string>(CompanyFields(a.Rfc, "Renombrada por B"))
        {
            ["id"] = a.Id.ToString(),
            ["companyId"] = a.Id.ToString(),
        };

        var saved = await PostFormAsync(browserB, "/empresa/perfil", $"/empresa/perfil?id={a.Id}&companyId={a.Id}", smuggled);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before, await CompanyStateAsync(a.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(browserA, "/empresa/perfil", "/empresa/perfil", CompanyFields(a.Rfc, "Renombrada por A"))).StatusCode);
        await using var db = Database.NewDb();
        var names = await db.Companies.AsNoTracking().ToDictionaryAsync(c => c.Id, c => (c.TradeName, c.Rfc));
        Assert.Equal(("Renombrada por A", a.Rfc), names[a.Id]);
        Assert.Equal(("Renombrada por B", b.Rfc), names[b.Id]);
    }

    [Fact]
    [CrossOwner("PAGE /empresas/registro POST")]
    public async Task CompanyRegistration_WithAnotherCompanysRfc_IsTurnedAway_AndBindsNoAccountToIt()
    {
        var a = await FirmAsync(RfcA, "Nube del Sur");
        var before = await CompanyStateAsync(a.Id);
        var visitor = App.Browser();
        static Dictionary<string, string> Registration(string rfc, string email) => new(CompanyFields(rfc, "Nube del Sur"))
        {
            ["contactName"] = "Persona Intrusa",
            ["email"] = email,
            ["password"] = "una-frase-bastante-larga",
            ["aviso"] = "true",
        };

        var taken = await PostFormAsync(visitor, "/empresas/registro", "/empresas/registro", Registration(a.Rfc, "intrusa@example.com"));

        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Contains("Esta empresa ya está registrada", WebUtility.HtmlDecode(await taken.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await CompanyStateAsync(a.Id));
        var fresh = await PostFormAsync(App.Browser(), "/empresas/registro", "/empresas/registro", Registration(CompanyPeople.Rfc("NSU200101AB"), "nueva@example.com"));
        Assert.Contains("Confirme su correo", WebUtility.HtmlDecode(await fresh.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var db = Database.NewDb();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "intrusa@example.com"));
        var newcomer = await db.Users.SingleAsync(u => u.Email == "nueva@example.com");
        Assert.NotNull(newcomer.CompanyId);
        Assert.NotEqual(a.Id, newcomer.CompanyId);
    }

    [Fact]
    [CrossOwner("POST /api/vacancies/{id:guid}/invitations")]
    public async Task InvitationApi_ToAnotherCompanysVacancy_IsNotFound_AndCreatesNoCandidacy()
    {
        var a = await FirmAsync(RfcA, "Nube del Sur");
        var b = await FirmAsync(RfcB, "DataMAV");
        var vacancy = await VacancyAsync(a.Id);
        var (_, alias) = await VisibleCandidateAsync();
        var before = await CompanyStateAsync(a.Id);

        await AssertNotFoundAsForUnknownAsync(
            await b.Key.PostAsJsonAsync($"/api/vacancies/{vacancy}/invitations", new { alias, message = "De otra empresa" }),
            await b.Key.PostAsJsonAsync($"/api/vacancies/{Guid.NewGuid()}/invitations", new { alias, message = "De otra empresa" }));

        Assert.Equal(before, await CompanyStateAsync(a.Id));
        Assert.Equal(HttpStatusCode.Created, (await a.Key.PostAsJsonAsync($"/api/vacancies/{vacancy}/invitations", new { alias, message = "De su empresa" })).StatusCode);
        await using var db = Database.NewDb();
        Assert.Equal("De su empresa", (await db.Applications.SingleAsync(x => x.VacancyId == vacancy)).Message);
    }

    [Fact]
    [CrossOwner("PAGE /empresa/vacantes/{id:guid}/invitar POST")]
    public async Task InvitePage_ToAnotherCompanysVacancy_IsNotFound_AndCreatesNoCandidacy()
    {
        var a = await FirmAsync(RfcA, "Nube del Sur");
        var b = await FirmAsync(RfcB, "DataMAV");
        var (browserA, browserB) = (await App.EmployerBrowserAsync(a.Id), await App.EmployerBrowserAsync(b.Id));
        var vacancy = await VacancyAsync(a.Id);
        var (_, alias) = await VisibleCandidateAsync();
        var before = await CompanyStateAsync(a.Id);
        var fields = new Dictionary<string, string> { ["alias"] = alias, ["mensaje"] = "De otra empresa" };

        var theirs = await PostFormAsync(browserB, "/empresa", $"/empresa/vacantes/{vacancy}/invitar", fields);
        var none = await PostFormAsync(browserB, "/empresa", $"/empresa/vacantes/{Guid.NewGuid()}/invitar", fields);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (theirs.StatusCode, none.StatusCode));
        Assert.Equal(before, await CompanyStateAsync(a.Id));
        var mine = await PostFormAsync(browserA, "/empresa", $"/empresa/vacantes/{vacancy}/invitar", new() { ["alias"] = alias, ["mensaje"] = "De su empresa" });
        Assert.Equal(HttpStatusCode.Redirect, mine.StatusCode);
        await using var db = Database.NewDb();
        Assert.Equal("De su empresa", (await db.Applications.SingleAsync(x => x.VacancyId == vacancy)).Message);
    }

    [Fact]
    [CrossOwner("POST /api/applications/{id:guid}/stage")]
    [CrossOwner("POST /api/applications/{id:guid}/placement")]
    public async Task PipelineApi_AnotherCompanysCandidacy_MoveAndHire_AreNotFound_AndChangeNothing()
    {
        var a = await FirmAsync(RfcA, "Nube del Sur");
        var b = await FirmAsync(RfcB, "DataMAV");
        var (learner, _) = await VisibleCandidateAsync();
        var candidacy = await CandidacyAsync(await VacancyAsync(a.Id), learner, ApplicationStage.Postulada);
        var unknown = Guid.NewGuid();
        var before = await CompanyStateAsync(a.Id);

        var move = new { stage = "entrevista", note = "De otra empresa" };
        await AssertNotFoundAsForUnknownAsync(
            await b.Key.PostAsJsonAsync($"/api/applications/{candidacy}/stage", move), await b.Key.PostAsJsonAsync($"/api/applications/{unknown}/stage", move));
        Assert.Equal(before, await CompanyStateAsync(a.Id));
        Assert.Equal(HttpStatusCode.OK, (await a.Key.PostAsJsonAsync($"/api/applications/{candidacy}/stage", new { stage = "entrevista" })).StatusCode);

        // At the interview a hire is possible: B still cannot record it.
        var interviewed = await CompanyStateAsync(a.Id);
        await AssertNotFoundAsForUnknownAsync(
            await b.Key.PostAsJsonAsync($"/api/applications/{candidacy}/placement", PlacementBody()), await b.Key.PostAsJsonAsync($"/api/applications/{unknown}/placement", PlacementBody()));
        Assert.Equal(interviewed, await CompanyStateAsync(a.Id));
        Assert.Equal(HttpStatusCode.Created, (await a.Key.PostAsJsonAsync($"/api/applications/{candidacy}/placement", PlacementBody())).StatusCode);
        await using var db = Database.NewDb();
        Assert.Equal(a.Id, (await db.Placements.SingleAsync()).CompanyId);
        Assert.Equal(ApplicationStage.Contratada, (await db.Applications.SingleAsync()).Stage);
    }

    [Fact]
    [CrossOwner("PAGE /empresa/postulaciones/{id:guid} POST mover")]
    [CrossOwner("PAGE /empresa/postulaciones/{id:guid} POST contratar")]
    public async Task CandidacyPage_AnotherCompanysCandidacy_MoveAndHire_AreNotFound_AndChangeNothing()
    {
        var a = await FirmAsync(RfcA, "Nube del Sur");
        var b = await FirmAsync(RfcB, "DataMAV");
        var (browserA, browserB) = (await App.EmployerBrowserAsync(a.Id), await App.EmployerBrowserAsync(b.Id));
        var (learner, _) = await VisibleCandidateAsync();
        var candidacy = await CandidacyAsync(await VacancyAsync(a.Id), learner, ApplicationStage.Postulada);
        var unknown = Guid.NewGuid();
        var hire = new Dictionary<string, string> { ["inicio"] = Day(7), ["sueldo"] = "de20k_a35k", ["contrato"] = "indeterminado" };
        var before = await CompanyStateAsync(a.Id);

        var move = new Dictionary<string, string> { ["etapa"] = "entrevista", ["nota"] = "De otra empresa" };
        var theirs = await PostFormAsync(browserB, "/empresa", $"/empresa/postulaciones/{candidacy}?handler=mover", move);
        var none = await PostFormAsync(browserB, "/empresa", $"/empresa/postulaciones/{unknown}?handler=mover", move);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (theirs.StatusCode, none.StatusCode));
        Assert.Equal(before, await CompanyStateAsync(a.Id));
        var moved = await PostFormAsync(browserA, "/empresa", $"/empresa/postulaciones/{candidacy}?handler=mover", new() { ["etapa"] = "entrevista" });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        var interviewed = await CompanyStateAsync(a.Id);
        theirs = await PostFormAsync(browserB, "/empresa", $"/empresa/postulaciones/{candidacy}?handler=contratar", hire);
        none = await PostFormAsync(browserB, "/empresa", $"/empresa/postulaciones/{unknown}?handler=contratar", hire);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (theirs.StatusCode, none.StatusCode));
        Assert.Equal(interviewed, await CompanyStateAsync(a.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(browserA, "/empresa", $"/empresa/postulaciones/{candidacy}?handler=contratar", hire)).StatusCode);
        await using var db = Database.NewDb();
        Assert.Equal(a.Id, (await db.Placements.SingleAsync()).CompanyId);
    }
}
