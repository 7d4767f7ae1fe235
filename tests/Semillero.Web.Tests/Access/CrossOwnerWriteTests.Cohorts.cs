using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Calendar;
using Semillero.Cohorts;
using Semillero.Tests.Cohorts;
using Semillero.Web.Tests.Infrastructure;
using Semillero.Web.Tests.Organizations;

namespace Semillero.Web.Tests.Access;

// Cohorts: another organisation's member aims at a cohort, its people and its enrolments through
// the API and the organisation's pages; a learner aims at another learner's enrolment. Every
// attempt answers not-found and nothing changes.
public abstract partial class CrossOwnerWriteTests
{
    private static DateOnly CohortToday => ProgramCalendar.Today(TimeProvider.System);

    private async Task<(Guid Org, Guid Other, Semillero.Catalog.LearningPath Path, Cohort Open, Cohort Pending)> TwoOrganisationsAndCohortsAsync()
    {
        await using var db = Database.NewDb();
        var org = await CohortData.OrganizationAsync(db);
        var other = await CohortData.OrganizationAsync(db);
        var path = await CohortData.PathAsync(db);
        var open = await CohortData.ApprovedAsync(db, org.Id, path.Id);
        var pending = await CohortData.ApprovedAsync(db, org.Id, path.Id);
        foreach (var (id, status) in new[] { (open.Id, CohortStatus.Aprobada), (pending.Id, CohortStatus.Pendiente) })
        {
            await db.Cohorts.Where(c => c.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.EnrolmentOpensOn, CohortToday.AddDays(-3)).SetProperty(c => c.EnrolmentClosesOn, CohortToday.AddDays(7))
                .SetProperty(c => c.StartsOn, CohortToday.AddDays(10)).SetProperty(c => c.EndsOn, CohortToday.AddDays(60)).SetProperty(c => c.Status, status));
        }

        // Created behind the use cases' back: the partner directory must learn they are verified.
        App.Services.GetRequiredService<IPartnerDirectory>().Invalidate();
        return (org.Id, other.Id, path, open, pending);
    }

    private Task<string> CohortStateAsync(Guid cohortId) => SnapshotAsync(async db => new
    {
        Cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => new { c.Name, c.Capacity, c.Enrolled, c.Status, c.StartsOn }).SingleAsync(),
        Enrolments = await db.CohortEnrolments.AsNoTracking().Where(e => e.CohortId == cohortId).OrderBy(e => e.Id).Select(e => new { e.LearnerId, e.Status }).ToListAsync(),
    });

    [Fact]
    [CrossOwner("PUT /api/cohorts/{id:guid}")]
    [CrossOwner("PUT /api/cohorts/{id:guid}/capacity")]
    [CrossOwner("POST /api/cohorts/{id:guid}/enrolments")]
    [CrossOwner("POST /api/cohorts/{id:guid}/enrolments/import")]
    [CrossOwner("DELETE /api/cohorts/{id:guid}/enrolments/{registration:guid}")]
    [CrossOwner("PAGE /organizacion/convocatorias/{id:guid} POST")]
    [CrossOwner("PAGE /organizacion/convocatorias/{id:guid} POST cupo")]
    [CrossOwner("PAGE /organizacion/convocatorias/{id:guid}/inscribir POST una")]
    [CrossOwner("PAGE /organizacion/convocatorias/{id:guid}/inscribir POST archivo")]
    public async Task Cohorts_AnotherOrganisationsMember_GetsNotFoundAndChangesNothing()
    {
        var (org, other, path, cohort, pending) = await TwoOrganisationsAndCohortsAsync();
        List<Semillero.Learners.Learner> people;
        await using (var db = Database.NewDb())
        {
            people = [.. await CohortData.PeopleAsync(db, 1, registeredBy: PartnerKey.Of(org)), .. await CohortData.PeopleAsync(db, 1, registeredBy: PartnerKey.Of(other))];
        }

        var (mine, _) = await App.MemberAsync(org, OrganizationRoles.Personal);
        var (intruder, _) = await App.MemberAsync(other, OrganizationRoles.Personal);
        var enrolled = await (await mine.PostAsJsonAsync($"/api/cohorts/{cohort.Id}/enrolments", new { curp = people[0].Curp })).Content.ReadFromJsonAsync<JsonElement>();
        var (before, beforePending) = (await CohortStateAsync(cohort.Id), await CohortStateAsync(pending.Id));
        var body = new
        {
            name = "Nube para docentes",
            paths = new[] { path.Code },
            modality = "en_linea",
            startsOn = CohortToday.AddDays(20),
            endsOn = CohortToday.AddDays(80),
            enrolmentOpensOn = CohortToday,
            enrolmentClosesOn = CohortToday.AddDays(10),
            capacity = 25,
            enrolmentMode = "abierta",
        };
        var form = new Dictionary<string, string>
        {
            ["name"] = "Tomada",
            ["paths"] = path.Code,
            ["modality"] = "en_linea",
            ["startsOn"] = CohortToday.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["endsOn"] = CohortToday.AddDays(80).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["enrolmentOpensOn"] = CohortToday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["enrolmentClosesOn"] = CohortToday.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["capacity"] = "25",
            ["enrolmentMode"] = "abierta",
        };
        const string Own = "/organizacion/convocatorias";
        using var file = new MultipartFormDataContent
        {
            { new StringContent(People.AntiforgeryToken(await intruder.GetStringAsync(Own))), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes($"curp\n{people[1].Curp}\n")), "archivo", "personas.csv" },
        };

        var responses = new[]
        {
            await intruder.PutAsJsonAsync($"/api/cohorts/{pending.Id}", body),
            await intruder.PutAsJsonAsync($"/api/cohorts/{cohort.Id}/capacity", new { capacity = 500 }),
            await intruder.PostAsJsonAsync($"/api/cohorts/{cohort.Id}/enrolments", new { curp = people[1].Curp }),
            await intruder.PostAsync($"/api/cohorts/{cohort.Id}/enrolments/import", new StringContent($"curp\n{people[1].Curp}\n", Encoding.UTF8, "text/csv")),
            await intruder.DeleteAsync($"/api/cohorts/{cohort.Id}/enrolments/{enrolled.GetProperty("registration").GetGuid()}"),
            await PostFormAsync(intruder, Own, $"{Own}/{pending.Id}", form),
            await PostFormAsync(intruder, Own, $"{Own}/{cohort.Id}?handler=cupo", new() { ["cupo"] = "500" }),
            await PostFormAsync(intruder, Own, $"{Own}/{cohort.Id}/inscribir?handler=una", new() { ["curp"] = people[1].Curp }),
            await intruder.PostAsync($"{Own}/{cohort.Id}/inscribir?handler=archivo", file),

            // Nor may it open the cohort's pages.
            await intruder.GetAsync($"{Own}/{cohort.Id}"),
            await intruder.GetAsync($"{Own}/{cohort.Id}/inscribir"),
        };

        // The organisation's own enrolment of a person another organisation registered is refused
        // too: a CURP is not a consent.
        Assert.Equal(HttpStatusCode.Forbidden, (await mine.PostAsJsonAsync($"/api/cohorts/{cohort.Id}/enrolments", new { curp = people[1].Curp })).StatusCode);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal((before, beforePending), (await CohortStateAsync(cohort.Id), await CohortStateAsync(pending.Id)));
    }

    [Fact]
    [CrossOwner("PAGE /convocatorias/{id:guid} POST baja")]
    [CrossOwner("PAGE /mi-aprendizaje/convocatorias POST baja")]
    public async Task CohortWithdrawal_ALearnerAimingAtAnothersEnrolment_GetsNotFoundAndChangesNothing()
    {
        var (_, _, _, cohort, _) = await TwoOrganisationsAndCohortsAsync();
        var holder = await App.CreateAsync(Roles.Aprendiz);
        var registration = Guid.NewGuid();
        await using (var db = Database.NewDb())
        {
            db.CohortEnrolments.Add(new CohortEnrolment
            {
                Registration = registration, CohortId = cohort.Id, LearnerId = holder.LearnerId!.Value, Status = EnrolmentStatus.Inscrita,
                CreatedAt = CohortData.Now, SeatedAt = CohortData.Now, CreatedBy = holder.Id.ToString(),
            });
            await db.SaveChangesAsync();
            await db.Cohorts.Where(c => c.Id == cohort.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Enrolled, 1));
        }

        var before = await CohortStateAsync(cohort.Id);
        var (intruder, _) = await App.SignedInUserAsync(Roles.Aprendiz);
        var page = $"/convocatorias/{cohort.Id}";

        var responses = new[]
        {
            await PostFormAsync(intruder, page, page + "?handler=baja", new() { ["registro"] = registration.ToString() }),
            await PostFormAsync(intruder, "/mi-aprendizaje/convocatorias", "/mi-aprendizaje/convocatorias?handler=baja",
                new() { ["convocatoria"] = cohort.Id.ToString(), ["registro"] = registration.ToString() }),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(before, await CohortStateAsync(cohort.Id));
    }
}
