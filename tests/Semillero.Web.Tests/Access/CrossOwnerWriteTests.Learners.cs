using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Arco;
using Semillero.FollowUp;
using Semillero.Hiring;
using Semillero.LearningRecords.Linking;
using Semillero.Privacy;
using Semillero.Tests.FollowUp;
using Semillero.Tests.Hiring;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Access;

// Learner × learner: Mis datos (rectify, consents, opposition, cancel), the work profile,
// applications and invitations, provider-account claims and the follow-up survey. Every one of
// these pages acts on the signed-in person only; the tests smuggle A's ids into B's request (query,
// form fields named like ids) so that a page that ever starts reading one is caught.
public abstract partial class CrossOwnerWriteTests
{
    private const string MyData = "/mis-datos";
    private const string HomePage = "https://moodle.universidad.example";

    private sealed record Person(User User, Guid LearnerId, HttpClient Browser);

    private async Task<Person> LearnerAsync()
    {
        var user = await App.CreateAsync(Roles.Aprendiz);
        return new(user, user.LearnerId!.Value, await SignInAsync(user));
    }

    // Form fields and a query string naming A every way a page could be tempted to read (one value
    // each: form and query keys are case-insensitive, and two values would read as neither).
    private static Dictionary<string, string> Naming(Person a, Dictionary<string, string> fields) => new(fields, StringComparer.Ordinal)
    {
        ["id"] = a.LearnerId.ToString(),
        ["learnerId"] = a.LearnerId.ToString(),
        ["userId"] = a.User.Id.ToString(),
        ["usuarioId"] = a.User.Id.ToString(),
    };

    private static string QueryNaming(Person a) => $"id={a.LearnerId}&learnerId={a.LearnerId}&userId={a.User.Id}";

    // Everything learner A owns: the record and account, consents, ARCO requests, work profile,
    // candidacies and their history, linked accounts, claims, attributed statements and surveys.
    private Task<string> LearnerStateAsync(Guid learnerId) => SnapshotAsync(async db =>
    {
        var applications = db.Applications.Where(a => a.LearnerId == learnerId);
        return new
        {
            Learner = await db.Learners.AsNoTracking().SingleAsync(l => l.Id == learnerId),
            Account = await db.Users.AsNoTracking().Where(u => u.LearnerId == learnerId)
                .Select(u => new { u.Id, u.Email, u.UserName, u.EmailConfirmed, u.PasswordHash, u.SecurityStamp, u.ConcurrencyStamp }).ToListAsync(),
            Consents = await db.ConsentRecords.AsNoTracking().Where(c => c.LearnerId == learnerId).OrderBy(c => c.Id).ToListAsync(),
            Requests = await db.ArcoRequests.AsNoTracking().Where(r => r.LearnerId == learnerId).OrderBy(r => r.Id).ToListAsync(),
            Profile = await db.TalentProfiles.AsNoTracking().Include(p => p.Skills.OrderBy(s => s.SkillId)).Where(p => p.LearnerId == learnerId).ToListAsync(),
            Applications = await applications.AsNoTracking().OrderBy(a => a.Id).ToListAsync(),
            Events = await db.ApplicationEvents.AsNoTracking().Where(e => applications.Any(a => a.Id == e.ApplicationId)).OrderBy(e => e.Id).ToListAsync(),
            Links = await db.ActorLinks.AsNoTracking().Where(l => l.LearnerId == learnerId).OrderBy(l => l.ActorKey).ToListAsync(),
            Claims = await db.Set<ActorClaim>().AsNoTracking().Where(c => c.LearnerId == learnerId).OrderBy(c => c.Id).ToListAsync(),
            Statements = await db.Statements.AsNoTracking().Where(s => s.LearnerId == learnerId).OrderBy(s => s.Sequence).Select(s => s.Id).ToListAsync(),
            Surveys = await db.FollowUpSurveys.AsNoTracking().Where(s => s.LearnerId == learnerId).OrderBy(s => s.Id).ToListAsync(),
        };
    });

    // The page a redirect leads to, without the per-request antiforgery tokens: two answers that
    // must not differ are compared whole, flash messages included (so read each answer's landing
    // before the next post: the flash is shown once).
    private static async Task<string> LandingAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return TokenValueRegex().Replace(await client.GetStringAsync(response.Headers.Location!.OriginalString), "value=\"\"");
    }

    [GeneratedRegex("(?<=name=\"__RequestVerificationToken\"[^>]*)value=\"[^\"]*\"")]
    private static partial Regex TokenValueRegex();

    private async Task<Guid> OpenVacancyAsync()
    {
        await using var db = Database.NewDb();
        var company = await HiringData.CompanyAsync(db, tradeName: "Nube Norte");
        return (await HiringData.VacancyAsync(db, company.Id, closesOn: Today.AddDays(30), title: "Analista de datos de Nube Norte")).Id;
    }

    private async Task GrantAsync(Guid learnerId, string purpose)
    {
        await using var db = Database.NewDb();
        db.ConsentRecords.Add(new ConsentRecord { LearnerId = learnerId, Purpose = purpose, Granted = true, NoticeVersion = 1, At = TimeProvider.System.GetUtcNow().UtcDateTime, Source = "prueba" });
        await db.SaveChangesAsync();
    }

    private async Task<bool> HasConsentAsync(Guid learnerId, string purpose)
    {
        await using var db = Database.NewDb();
        return await db.ConsentRecords.Where(c => c.LearnerId == learnerId && c.Purpose == purpose).OrderByDescending(c => c.Id).Select(c => c.Granted).FirstAsync();
    }

    [Fact]
    [CrossOwner("PAGE /mi-aprendizaje/postulaciones POST responder")]
    [CrossOwner("PAGE /mi-aprendizaje/postulaciones POST retirar")]
    public async Task MyApplicationsPage_AnotherLearnersCandidacy_AnswerAndWithdraw_ChangeNothing_AndSayNoMore()
    {
        var (a, b) = (await LearnerAsync(), await LearnerAsync());
        var invitation = await CandidacyAsync(await OpenVacancyAsync(), a.LearnerId, ApplicationStage.Invitada);
        const string Page = "/mi-aprendizaje/postulaciones";
        var before = await LearnerStateAsync(a.LearnerId);

        foreach (var answer in new[] { "aceptar", "rechazar" })
        {
            var theirs = await LandingAsync(b.Browser, await PostFormAsync(b.Browser, Page, $"{Page}?handler=responder&{QueryNaming(a)}",
                Naming(a, new() { ["postulacion"] = invitation.ToString(), ["respuesta"] = answer })));
            var none = await LandingAsync(b.Browser, await PostFormAsync(b.Browser, Page, $"{Page}?handler=responder",
                new() { ["postulacion"] = Guid.NewGuid().ToString(), ["respuesta"] = answer }));
            Assert.Equal(none, theirs);
        }

        Assert.Equal(before, await LearnerStateAsync(a.LearnerId));
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(a.Browser, Page, $"{Page}?handler=responder", new() { ["postulacion"] = invitation.ToString(), ["respuesta"] = "aceptar" })).StatusCode);

        // Accepted, the candidacy can be withdrawn: by A only.
        var accepted = await LearnerStateAsync(a.LearnerId);
        var withdrawTheirs = await LandingAsync(b.Browser, await PostFormAsync(b.Browser, Page, $"{Page}?handler=retirar&{QueryNaming(a)}",
            Naming(a, new() { ["postulacion"] = invitation.ToString() })));
        var withdrawNone = await LandingAsync(b.Browser, await PostFormAsync(b.Browser, Page, $"{Page}?handler=retirar", new() { ["postulacion"] = Guid.NewGuid().ToString() }));
        Assert.Equal(withdrawNone, withdrawTheirs);
        Assert.Equal(accepted, await LearnerStateAsync(a.LearnerId));
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(a.Browser, Page, $"{Page}?handler=retirar", new() { ["postulacion"] = invitation.ToString() })).StatusCode);
        await using var db = Database.NewDb();
        Assert.Equal(ApplicationStage.Retirada, (await db.Applications.SingleAsync(x => x.Id == invitation)).Stage);
    }

    [Fact]
    [CrossOwner("PAGE /vacantes/{id:guid}/postular POST")]
    public async Task ApplyPage_WhereAnotherLearnerIsInvited_AppliesOnlyForTheSignedInLearner()
    {
        var (a, b) = (await LearnerAsync(), await LearnerAsync());
        var vacancy = await OpenVacancyAsync();
        var invitation = await CandidacyAsync(vacancy, a.LearnerId, ApplicationStage.Invitada);
        var before = await LearnerStateAsync(a.LearnerId);
        var url = $"/vacantes/{vacancy}/postular";

        // Not "id": a form field named like the route value would choose the vacancy (see
        // VacancyPage_AnotherCompanysVacancy_SavePublishClose_AreNotFound_AndChangeNothing).
        var applied = await PostFormAsync(b.Browser, url, $"{url}?learnerId={a.LearnerId}&userId={a.User.Id}",
            new() { ["nota"] = "Nota de B", ["postulacion"] = invitation.ToString(), ["learnerId"] = a.LearnerId.ToString(), ["userId"] = a.User.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal(before, await LearnerStateAsync(a.LearnerId));
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(a.Browser, url, url, new() { ["nota"] = "Nota de A" })).StatusCode);
        await using var db = Database.NewDb();
        var stages = await db.Applications.Where(x => x.VacancyId == vacancy).ToDictionaryAsync(x => x.LearnerId, x => (x.Stage, x.ContactAcceptedAt is not null));
        Assert.Equal((ApplicationStage.Postulada, true), stages[b.LearnerId]);
        Assert.Equal((ApplicationStage.Postulada, true), stages[a.LearnerId]);
    }

    [Fact]
    [CrossOwner("PAGE /mi-aprendizaje/perfil-laboral POST")]
    public async Task WorkProfilePage_NamingAnotherLearner_SavesOnlyTheSignedInLearnersProfile()
    {
        var (a, b) = (await LearnerAsync(), await LearnerAsync());
        const string Page = "/mi-aprendizaje/perfil-laboral";
        static Dictionary<string, string> Profile(string summary) => new()
        {
            ["Visible"] = "true",
            ["Availability"] = "Inmediata",
            ["Remoto"] = "true",
            ["Summary"] = summary,
            ["Levels[datos-sql]"] = "2",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(a.Browser, MyData, Page, Profile("Perfil de A"))).StatusCode);
        string aliasA;
        await using (var db = Database.NewDb())
        {
            aliasA = (await db.TalentProfiles.SingleAsync(p => p.LearnerId == a.LearnerId)).Alias;
        }

        var before = await LearnerStateAsync(a.LearnerId);

        var saved = await PostFormAsync(b.Browser, MyData, $"{Page}?{QueryNaming(a)}", Naming(a, new(Profile("Perfil de B")) { ["Alias"] = aliasA, ["alias"] = aliasA }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before, await LearnerStateAsync(a.LearnerId));
        await using var after = Database.NewDb();
        var profiles = await after.TalentProfiles.ToDictionaryAsync(p => p.LearnerId, p => (p.Summary, p.Alias));
        Assert.Equal("Perfil de A", profiles[a.LearnerId].Summary);
        Assert.Equal("Perfil de B", profiles[b.LearnerId].Summary);
        Assert.NotEqual(aliasA, profiles[b.LearnerId].Alias);
    }

    [Fact]
    [CrossOwner("PAGE /mis-datos/corregir POST")]
    public async Task RectifyPage_NamingAnotherLearner_OrTakingTheirEmail_ChangesOnlyTheSignedInLearner()
    {
        var (a, b) = (await LearnerAsync(), await LearnerAsync());
        const string Page = "/mis-datos/corregir";
        var before = await LearnerStateAsync(a.LearnerId);
        var bBefore = await LearnerStateAsync(b.LearnerId);
        string stateA, stateB;
        await using (var db = Database.NewDb())
        {
            (stateA, stateB) = (await db.Learners.Where(l => l.Id == a.LearnerId).Select(l => l.StateCode).SingleAsync(), await db.Learners.Where(l => l.Id == b.LearnerId).Select(l => l.StateCode).SingleAsync());
        }

        static string Other(string state) => state == "32" ? "31" : "32";

        // A's sign-in address is A's: B cannot take it.
        var taken = await PostFormAsync(b.Browser, Page, Page, new() { ["correo"] = a.User.Email! });
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Equal(bBefore, await LearnerStateAsync(b.LearnerId));

        var corrected = await PostFormAsync(b.Browser, Page, $"{Page}?{QueryNaming(a)}", Naming(a, new() { ["entidad"] = Other(stateB) }));
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(before, await LearnerStateAsync(a.LearnerId));
        Assert.Equal(HttpStatusCode.OK, (await PostFormAsync(a.Browser, Page, Page, new() { ["entidad"] = Other(stateA) })).StatusCode);
        await using var after = Database.NewDb();
        var states = await after.Learners.Where(l => l.Id == a.LearnerId || l.Id == b.LearnerId).ToDictionaryAsync(l => l.Id, l => (l.StateCode, l.Email));
        Assert.Equal((Other(stateA), a.User.Email), states[a.LearnerId]);
        Assert.Equal((Other(stateB), b.User.Email), states[b.LearnerId]);
    }

    [Fact]
    [CrossOwner("PAGE /mis-datos/consentimientos POST cambiar")]
    [CrossOwner("PAGE /mis-datos/consentimientos POST decidir")]
    public async Task ConsentsPage_NamingAnotherLearner_ChangesOnlyTheSignedInLearnersConsents()
    {
        var (a, b) = (await LearnerAsync(), await LearnerAsync());
        const string Page = "/mis-datos/consentimientos";
        // Neither has answered the Ministry purpose yet: "decidir" has something to record.
        await using (var db = Database.NewDb())
        {
            await db.ConsentRecords.Where(c => c.Purpose == Purposes.CompartirSecretaria).ExecuteDeleteAsync();
        }

        var before = await LearnerStateAsync(a.LearnerId);

        var changed = await PostFormAsync(b.Browser, Page, $"{Page}?handler=cambiar&{QueryNaming(a)}",
            Naming(a, new() { ["finalidad"] = Purposes.VisibleEmpleadores, ["otorgar"] = "true" }));
        var decided = await PostFormAsync(b.Browser, Page, $"{Page}?handler=decidir&{QueryNaming(a)}",
            Naming(a, new() { ["consentimientos"] = Purposes.CompartirSecretaria }));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (changed.StatusCode, decided.StatusCode));
        Assert.Equal(before, await LearnerStateAsync(a.LearnerId));
        Assert.True(await HasConsentAsync(b.LearnerId, Purposes.VisibleEmpleadores));
        Assert.True(await HasConsentAsync(b.LearnerId, Purposes.CompartirSecretaria));
        Assert.Equal(HttpStatusCode.OK, (await PostFormAsync(a.Browser, Page, $"{Page}?handler=cambiar", new() { ["finalidad"] = Purposes.VisibleEmpleadores, ["otorgar"] = "true" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostFormAsync(a.Browser, Page, $"{Page}?handler=decidir", new() { ["consentimientos"] = Purposes.CompartirSecretaria })).StatusCode);
        Assert.True(await HasConsentAsync(a.LearnerId, Purposes.VisibleEmpleadores));
        Assert.True(await HasConsentAsync(a.LearnerId, Purposes.CompartirSecretaria));
    }

    [Fact]
    [CrossOwner("PAGE /mis-datos/oposicion POST")]
    public async Task OppositionPage_NamingAnotherLearner_WithdrawsAndFilesOnlyForTheSignedInLearner()
    {
        var (a, b) = (await LearnerAsync(), await LearnerAsync());
        const string Page = "/mis-datos/oposicion";
        await GrantAsync(a.LearnerId, Purposes.VisibleEmpleadores);
        await GrantAsync(b.LearnerId, Purposes.VisibleEmpleadores);
        var before = await LearnerStateAsync(a.LearnerId);

        var opposed = await PostFormAsync(b.Browser, Page, $"{Page}?{QueryNaming(a)}",
            Naming(a, new() { ["retirar"] = Purposes.VisibleEmpleadores, ["otro"] = "No quiero que usen mis datos para estadísticas." }));

        Assert.Equal(HttpStatusCode.OK, opposed.StatusCode);
        Assert.Equal(before, await LearnerStateAsync(a.LearnerId));
        Assert.False(await HasConsentAsync(b.LearnerId, Purposes.VisibleEmpleadores));
        Assert.Equal(HttpStatusCode.OK, (await PostFormAsync(a.Browser, Page, Page, new() { ["retirar"] = Purposes.VisibleEmpleadores, ["otro"] = "Tampoco yo." })).StatusCode);
        Assert.False(await HasConsentAsync(a.LearnerId, Purposes.VisibleEmpleadores));
        await using var db = Database.NewDb();
        var filed = await db.ArcoRequests.Where(r => r.Kind == ArcoKind.Oposicion).ToDictionaryAsync(r => r.LearnerId, r => r.Details);
        Assert.Equal("No quiero que usen mis datos para estadísticas.", filed[b.LearnerId]);
        Assert.Equal("Tampoco yo.", filed[a.LearnerId]);
    }

    [Fact]
    [CrossOwner("PAGE /mis-datos/cancelar POST")]
    public async Task CancelPage_NamingAnotherLearner_CancelsOnlyTheSignedInLearner()
    {
        var (a, b) = (await LearnerAsync(), await LearnerAsync());
        const string Page = "/mis-datos/cancelar";
        var before = await LearnerStateAsync(a.LearnerId);

        // Every test account has the same password: A's password is B's too.
        var cancelled = await PostFormAsync(b.Browser, Page, $"{Page}?{QueryNaming(a)}", Naming(a, new() { ["password"] = People.Password, ["entiendo"] = "true" }));

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(before, await LearnerStateAsync(a.LearnerId));
        Assert.Equal(HttpStatusCode.OK, (await PostFormAsync(a.Browser, Page, Page, new() { ["password"] = People.Password, ["entiendo"] = "true" })).StatusCode);
        await using var db = Database.NewDb();
        Assert.Equal(2, await db.Learners.CountAsync(l => (l.Id == a.LearnerId || l.Id == b.LearnerId) && l.AnonymizedAt != null));
        Assert.False(await db.Users.AnyAsync(u => u.Id == a.User.Id || u.Id == b.User.Id));
    }

    private Task<HttpClient> PartnerKeyAsync(string name) => App.XapiClientAsync(name);

    // A statement as Moodle sends it: an account actor with the user's full name.
    private static async Task ViewedAsync(HttpClient partner, string user, string name)
    {
        var statement = JsonSerializer.Serialize(new
        {
            actor = new { objectType = "Agent", name, account = new { homePage = HomePage, name = user } },
            verb = new { id = "http://id.tincanapi.com/verb/viewed", display = new Dictionary<string, string> { ["en"] = "viewed" } },
            @object = new { id = $"{HomePage}/mod/page/view.php?id=1", objectType = "Activity" },
        });
        var response = await partner.PostAsync("/xapi/statements", new StringContent($"[{statement}]", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<string> FullNameAsync(Guid learnerId)
    {
        await using var db = Database.NewDb();
        var l = await db.Learners.AsNoTracking().SingleAsync(x => x.Id == learnerId);
        return $"{l.GivenNames} {l.FirstSurname} {l.SecondSurname}".Trim();
    }

    [Fact]
    [CrossOwner("PAGE /mi-aprendizaje/vincular POST")]
    public async Task ClaimPage_AnotherLearnersLinkedAccount_IsRefused_AndStaysTheirs()
    {
        var (a, b) = (await LearnerAsync(), await LearnerAsync());
        const string Page = "/mi-aprendizaje/vincular";
        await ViewedAsync(await PartnerKeyAsync("Moodle Universidad"), "cuenta.a", await FullNameAsync(a.LearnerId));
        var claim = new Dictionary<string, string> { [ClaimActor.PlatformField] = HomePage, [ClaimActor.UsernameField] = "cuenta.a" };
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(a.Browser, Page, Page, claim)).StatusCode);
        var before = await LearnerStateAsync(a.LearnerId);
        var bBefore = await LearnerStateAsync(b.LearnerId);

        var refused = await PostFormAsync(b.Browser, Page, $"{Page}?{QueryNaming(a)}", Naming(a, claim));
        var folded = await PostFormAsync(b.Browser, Page, Page, new(claim) { [ClaimActor.UsernameField] = "Cuenta.A" });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (refused.StatusCode, folded.StatusCode));
        Assert.Equal(before, await LearnerStateAsync(a.LearnerId));
        Assert.Equal(bBefore, await LearnerStateAsync(b.LearnerId));
        await using var db = Database.NewDb();
        Assert.Equal(a.LearnerId, (await db.ActorLinks.SingleAsync()).LearnerId);
        Assert.All(await db.Statements.Select(s => s.LearnerId).ToListAsync(), id => Assert.Equal(a.LearnerId, id));
    }

    [Fact]
    [CrossOwner("PAGE /mi-aprendizaje/vincular POST retirar")]
    public async Task ClaimPage_WithdrawAnotherLearnersPendingClaim_LeavesItPending_AndSaysNoMore()
    {
        var (a, b) = (await LearnerAsync(), await LearnerAsync());
        const string Page = "/mi-aprendizaje/vincular";
        // The provider's name is not A's: the claim waits for an operator.
        await ViewedAsync(await PartnerKeyAsync("Moodle Universidad"), "otra.cuenta", "Nombre Muy Distinto");
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(a.Browser, Page, Page,
            new() { [ClaimActor.PlatformField] = HomePage, [ClaimActor.UsernameField] = "otra.cuenta" })).StatusCode);
        Guid pending;
        await using (var db = Database.NewDb())
        {
            pending = (await db.Set<ActorClaim>().SingleAsync(c => c.LearnerId == a.LearnerId && c.Status == ActorClaimStatus.Pending)).Id;
        }

        var before = await LearnerStateAsync(a.LearnerId);

        var theirs = await LandingAsync(b.Browser, await PostFormAsync(b.Browser, Page, $"{Page}?handler=retirar&{QueryNaming(a)}",
            Naming(a, new() { ["solicitud"] = pending.ToString() })));
        var none = await LandingAsync(b.Browser, await PostFormAsync(b.Browser, Page, $"{Page}?handler=retirar", new() { ["solicitud"] = Guid.NewGuid().ToString() }));

        Assert.Equal(none, theirs);
        Assert.Equal(before, await LearnerStateAsync(a.LearnerId));
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(a.Browser, Page, $"{Page}?handler=retirar", new() { ["solicitud"] = pending.ToString() })).StatusCode);
        await using var after = Database.NewDb();
        Assert.Equal(ActorClaimStatus.Withdrawn, (await after.Set<ActorClaim>().SingleAsync(c => c.Id == pending)).Status);
    }

    // A graduate three months out with the follow-up consent, surveyed: the learner and the token
    // of the link the survey email carries.
    private async Task<(Guid Learner, Guid Survey, string Token)> SurveyedGraduateAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Semillero.Data.SemilleroDb>();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var path = await db.LearningPaths.Where(p => p.Code == "nube-fundamentos").Select(p => (Guid?)p.Id).FirstOrDefaultAsync()
            ?? await FollowUpSeed.PathAsync(db, "nube-fundamentos", now);
        var learner = await FollowUpSeed.LearnerAsync(db, now);
        await FollowUpSeed.CompletionAsync(db, learner, path, now.AddMonths(-3).AddHours(-1));
        await scope.ServiceProvider.GetRequiredService<RunFollowUps>().RunAsync(default);
        var email = await db.Learners.Where(l => l.Id == learner).Select(l => l.Email!).SingleAsync();
        var body = await db.OutboxMessages.Where(m => m.To == email && m.Kind == FollowUpMessages.SurveyKind).Select(m => m.BodyText).SingleAsync();
        var survey = await db.FollowUpSurveys.Where(s => s.LearnerId == learner).Select(s => s.Id).SingleAsync();
        return (learner, survey, FollowUpSeed.TokenIn(body));
    }

    [Fact]
    [CrossOwner("PAGE /seguimiento/{token} POST")]
    public async Task SurveyPage_AnotherGraduatesSurveyById_IsNotFound_AndStaysUnanswered()
    {
        var a = await SurveyedGraduateAsync();
        var b = await SurveyedGraduateAsync();
        var protection = App.Services.GetRequiredService<IDataProtectionProvider>();
        var answer = new Dictionary<string, string> { ["situacion"] = "empleado", ["sector"] = "54", ["salario"] = "no_decir", ["ayudo"] = "mucho" };
        var visitor = App.Browser();
        var mine = $"/seguimiento/{b.Token}";
        var before = await LearnerStateAsync(a.Learner);

        // Whoever holds B's link aims it at A's survey: the id alone, or the id sealed under another
        // purpose, or under the survey purpose without the expiry.
        foreach (var forged in new[]
        {
            a.Survey.ToString("N"),
            a.Survey.ToString(),
            protection.CreateProtector("Semillero.Otro").Protect(a.Survey.ToString("N")),
            protection.CreateProtector(FollowUpLinks.Purpose).Protect(a.Survey.ToString("N")),
        })
        {
            var response = await PostFormAsync(visitor, mine, $"/seguimiento/{Uri.EscapeDataString(forged)}", answer);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal(before, await LearnerStateAsync(a.Learner));
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(visitor, mine, mine, answer)).StatusCode);
        Assert.Equal(before, await LearnerStateAsync(a.Learner));
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(visitor, $"/seguimiento/{a.Token}", $"/seguimiento/{a.Token}", answer)).StatusCode);
        await using var db = Database.NewDb();
        Assert.Equal(2, await db.FollowUpSurveys.CountAsync(s => s.AnsweredAt != null));
    }
}
