using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Cohorts;
using Semillero.Data;
using Semillero.Learners;
using Semillero.Organizations;
using Semillero.Privacy;
using Semillero.Tests.CohortResults;
using Semillero.Tests.Dashboards;
using Semillero.Web.Tests.Infrastructure;
using Semillero.Web.Tests.Organizations;

namespace Semillero.Web.Tests.CohortResults;

// GET /api/organizations/{id}/results and /organizacion/resultados: an organisation's own members
// see their cohorts' exact funnel and their people (audited); another organisation's member finds
// nothing; analysts see every organisation with small cells withheld and no names.
public abstract class ResultsWebTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : ResultsWebTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ResultsWebTests(DatabaseProvider.Postgres);

    private static readonly string[] Keys = ["graduada", "registro", "tarde", "baja", "espera", "ajena"];

    private sealed record Seeded(Guid Own, Guid Other, Dictionary<string, Learner> People);

    // One cohort of the organisation (March–June 2026, path P) with: a graduate with a badge who was
    // then hired, one active through the enrolment's registration, one who learned only after the
    // end, one who withdrew after taking a seat, one waiting; and a person of another organisation.
    private async Task<Seeded> SeedAsync()
    {
        await using var db = Database.NewDb();
        var seed = new KpiSeed(7);
        await seed.WriteAsync(db, 0);
        var own = CohortSeed.Organization(db, "Academia Norte", OrganizationKind.Academia);
        var other = CohortSeed.Organization(db, "Cámara Sur", OrganizationKind.Camara);
        var cohort = CohortSeed.Cohort(db, own.Id, "Nube 2026", new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 30), seed.PathNube);
        var theirs = CohortSeed.Cohort(db, other.Id, "Otra", new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 30), seed.PathNube);
        var people = Keys.ToDictionary(k => k, k => Person(db, k));
        await db.SaveChangesAsync();

        var enrolled = new DateTime(2026, 2, 20, 16, 0, 0, DateTimeKind.Utc);
        CohortSeed.Enrol(db, cohort.Id, people["graduada"].Id, enrolled);
        var byRegistration = CohortSeed.Enrol(db, cohort.Id, people["registro"].Id, enrolled);
        CohortSeed.Enrol(db, cohort.Id, people["tarde"].Id, enrolled);
        CohortSeed.Enrol(db, cohort.Id, people["baja"].Id, enrolled, EnrolmentStatus.Baja, new DateTime(2026, 3, 10, 16, 0, 0, DateTimeKind.Utc));
        CohortSeed.Enrol(db, cohort.Id, people["espera"].Id, enrolled, EnrolmentStatus.EnEspera);
        CohortSeed.Enrol(db, theirs.Id, people["ajena"].Id, enrolled);

        var april = new DateTime(2026, 4, 2, 16, 0, 0, DateTimeKind.Utc);
        db.Statements.Add(KpiSeed.Statement(people["graduada"].Id, april, "aliado-a", KpiSeed.ActivityOf("nube-101")));
        var tagged = KpiSeed.Statement(people["registro"].Id, april, "aliado-a", "https://otra.example/actividad");
        db.Statements.Add(new Semillero.LearningRecords.StoredStatement
        {
            Id = tagged.Id, StoredAt = tagged.StoredAt, Timestamp = tagged.Timestamp, VerbId = tagged.VerbId, ActorKey = tagged.ActorKey,
            MemberAgents = "", RelatedAgents = "", RelatedActivities = "", ActivityId = tagged.ActivityId, Partner = tagged.Partner,
            LearnerId = tagged.LearnerId, ContentHash = tagged.ContentHash, Json = "{}", Registration = byRegistration.Registration,
        });
        db.Statements.Add(KpiSeed.Statement(people["tarde"].Id, new DateTime(2026, 8, 2, 16, 0, 0, DateTimeKind.Utc), "aliado-a", KpiSeed.ActivityOf("nube-101")));
        db.Statements.Add(KpiSeed.Statement(people["ajena"].Id, april, "aliado-a", KpiSeed.ActivityOf("nube-101")));
        var rule = new Semillero.Catalog.CompletionRule { Id = Guid.NewGuid(), CourseId = seed.Courses["nube-101"], Version = 1, Reason = "Regla", CreatedBy = "prueba", CreatedAt = april };
        db.CompletionRules.Add(rule);
        db.CourseCompletions.Add(new Semillero.Completions.CourseCompletion
        {
            Id = Guid.NewGuid(), LearnerId = people["graduada"].Id, CourseId = seed.Courses["nube-101"], RuleId = rule.Id,
            Evidence = Semillero.Completions.EvidenceKind.Report, CompletedAt = new DateTime(2026, 5, 2, 16, 0, 0, DateTimeKind.Utc), RecordedAt = april,
        });
        await db.SaveChangesAsync();
        var award = seed.Graduate(db, people["graduada"].Id, seed.PathNube, new DateTime(2026, 6, 1, 16, 0, 0, DateTimeKind.Utc));
        seed.Hire(db, people["graduada"].Id, new DateOnly(2026, 9, 1), award);
        await db.SaveChangesAsync();
        return new Seeded(own.Id, other.Id, people);
    }

    private static Learner Person(SemilleroDb db, string key)
    {
        var id = Guid.NewGuid();
        var learner = new Learner
        {
            Id = id, Curp = ("CURP" + key.ToUpperInvariant() + "XXXXXXXXXXXXXX")[..18], GivenNames = "Persona", FirstSurname = key, Email = $"{key}-{id:N}@example.com",
            StateCode = "09", Segment = Segment.Estudiante, Sex = Semillero.Identity.Sex.M, BirthDate = new DateOnly(2000, 1, 1),
            CreatedAt = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc), UpdatedAt = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc),
        };
        db.Learners.Add(learner);
        return learner;
    }

    // A member of the organisation, signed in.
    private async Task<HttpClient> MemberAsync(Guid organization) => (await App.MemberAsync(organization, OrganizationRoles.Personal)).Browser;

    private static long? Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt64();

    [Fact]
    public async Task Member_ReadsTheirOrganisationsFunnel_Exactly()
    {
        var seeded = await SeedAsync();
        var member = await MemberAsync(seeded.Own);

        using var json = JsonDocument.Parse(await member.GetStringAsync($"/api/organizations/{seeded.Own}/results"));

        var totals = json.RootElement.GetProperty("totals");
        Assert.Equal(1, Number(totals.GetProperty("waiting")));
        Assert.Equal(4, Number(totals.GetProperty("enrolled")));
        Assert.Equal(2, Number(totals.GetProperty("active")));
        Assert.Equal(1, Number(totals.GetProperty("completedCourse")));
        Assert.Equal(1, Number(totals.GetProperty("graduated")));
        Assert.Equal(1, Number(totals.GetProperty("badged")));
        Assert.Equal(1, Number(totals.GetProperty("placed")));
        Assert.Equal(0.25, totals.GetProperty("completionRate").GetDouble());
        Assert.False(json.RootElement.GetProperty("suppressed").GetBoolean());
        var cohort = Assert.Single(json.RootElement.GetProperty("byCohort").EnumerateArray());
        Assert.Equal("Nube 2026", cohort.GetProperty("labelEs").GetString());
    }

    [Fact]
    public async Task Member_AskingForAnotherOrganisation_FindsNothing()
    {
        var seeded = await SeedAsync();
        var member = await MemberAsync(seeded.Own);

        var response = await member.GetAsync($"/api/organizations/{seeded.Other}/results");
        var page = await member.GetStringAsync($"/organizacion/resultados?organizacion={seeded.Other}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Nube 2026", page, StringComparison.Ordinal);
        Assert.DoesNotContain(seeded.People["ajena"].Curp, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyst_ReadsAnyOrganisation_WithSmallCellsWithheld_AndNoNames()
    {
        var seeded = await SeedAsync();
        var analyst = await App.SignedInAsync(Roles.Analista);

        using var json = JsonDocument.Parse(await analyst.GetStringAsync($"/api/organizations/{seeded.Own}/results"));
        var page = await analyst.GetStringAsync($"/organizacion/resultados?organizacion={seeded.Own}");
        var export = await analyst.GetAsync($"/organizacion/resultados?handler=exportar&vista=personas&formato=csv&organizacion={seeded.Own}");

        Assert.True(json.RootElement.GetProperty("suppressed").GetBoolean());
        Assert.Null(Number(json.RootElement.GetProperty("totals").GetProperty("enrolled")));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("totals").GetProperty("completionRate").ValueKind);
        Assert.DoesNotContain(seeded.People["graduada"].Curp, page, StringComparison.Ordinal);
        Assert.DoesNotContain("tabla-personas", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
    }

    [Fact]
    public async Task Member_SeesTheirPeopleWithTheStageReached_AndTheReadIsAudited()
    {
        var seeded = await SeedAsync();
        var member = await MemberAsync(seeded.Own);

        var page = await member.GetStringAsync("/organizacion/resultados");
        var csv = await member.GetStringAsync("/organizacion/resultados?handler=exportar&vista=personas&formato=csv");

        Assert.Contains(seeded.People["graduada"].Curp, page, StringComparison.Ordinal);
        Assert.Contains("data-etapa=\"Colocada\"", page, StringComparison.Ordinal);
        Assert.Contains("data-etapa=\"EnEspera\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(seeded.People["ajena"].Curp, page, StringComparison.Ordinal);
        Assert.Contains(seeded.People["baja"].Curp, csv, StringComparison.Ordinal);
        await using var db = Database.NewDb();
        var audited = await db.AuditEntries.Where(a => a.LearnerId == seeded.People["graduada"].Id).Select(a => a.Action).ToListAsync();
        Assert.Contains("consulta", audited);
        Assert.Contains("exportacion", audited);
    }

    [Fact]
    public async Task Member_DoesNotSeeWhoWithdrewTheirConsentToShare_ThoughTheyStillCount()
    {
        var seeded = await SeedAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            // Granted on enrolling, withdrawn later from "Mis datos": the latest decision rules.
            var consents = scope.ServiceProvider.GetRequiredService<Consents>();
            consents.Record(seeded.People["registro"].Id, [new(Purposes.CompartirConvocatorias, true)], "prueba");
            await scope.ServiceProvider.GetRequiredService<SemilleroDb>().SaveChangesAsync();
            consents.Record(seeded.People["registro"].Id, [new(Purposes.CompartirConvocatorias, false)], "prueba");
            consents.Record(seeded.People["graduada"].Id, [new(Purposes.CompartirConvocatorias, true)], "prueba");
            await scope.ServiceProvider.GetRequiredService<SemilleroDb>().SaveChangesAsync();
        }

        var member = await MemberAsync(seeded.Own);

        var page = await member.GetStringAsync("/organizacion/resultados");
        var csv = await member.GetStringAsync("/organizacion/resultados?handler=exportar&vista=personas&formato=csv");
        using var json = JsonDocument.Parse(await member.GetStringAsync($"/api/organizations/{seeded.Own}/results"));

        Assert.DoesNotContain(seeded.People["registro"].Curp, page, StringComparison.Ordinal);
        Assert.DoesNotContain(seeded.People["registro"].Curp, csv, StringComparison.Ordinal);
        Assert.Contains(seeded.People["graduada"].Curp, page, StringComparison.Ordinal);
        Assert.Contains(seeded.People["tarde"].Curp, csv, StringComparison.Ordinal);
        Assert.Contains("1 persona retiró su permiso", page, StringComparison.Ordinal);
        Assert.Equal(2, Number(json.RootElement.GetProperty("totals").GetProperty("active")));
        await using var db = Database.NewDb();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.LearnerId == seeded.People["registro"].Id));
    }

    [Fact]
    public async Task CohortTable_DownloadsAsXlsx_ForOperators()
    {
        var seeded = await SeedAsync();
        var operador = await App.SignedInAsync(Roles.Operador);

        var response = await operador.GetAsync($"/organizacion/resultados?handler=exportar&vista=cohortes&formato=xlsx&organizacion={seeded.Own}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
    }
    [Fact]
    public async Task Kpis_ForACohort_GiveItsEnrolledAndCompletionRate_FromTheRollup_AndTheDashboardListsIt()
    {
        var seeded = await SeedAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Semillero.Dashboards.KpiRollup>().RebuildAsync(null, default);
        }

        Guid cohort;
        await using (var db = Database.NewDb())
        {
            cohort = await db.Cohorts.Where(c => c.OrganizationId == seeded.Own).Select(c => c.Id).SingleAsync();
        }

        var operador = await App.SignedInAsync(Roles.Operador);
        using var json = JsonDocument.Parse(await operador.GetStringAsync($"/api/kpis?convocatoria={cohort}&desde=2026-01&hasta=2026-11"));
        var both = await operador.GetAsync($"/api/kpis?convocatoria={cohort}&organizacion={seeded.Own}");
        var page = await operador.GetStringAsync("/operacion/avance?desde=2026-01&hasta=2026-11");

        var row = Assert.Single(json.RootElement.GetProperty("byCohort").EnumerateArray());
        Assert.Equal(4, Number(row.GetProperty("enrolled")));
        Assert.Equal(1, Number(row.GetProperty("values").GetProperty("graduated")));
        Assert.Equal(0.25, row.GetProperty("completionRate").GetDouble());
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Contains("tabla-convocatorias", page, StringComparison.Ordinal);
        Assert.Contains("Nube 2026", page, StringComparison.Ordinal);
        Assert.Contains($"/organizacion/resultados?organizacion={seeded.Own}", page, StringComparison.Ordinal);
    }
}
