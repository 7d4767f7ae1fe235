using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Data;
using Semillero.Learners;
using Semillero.LearningRecords.Linking;
using Semillero.Tests.Infrastructure;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.LearningRecords;

// Identity linking end to end: statements arrive through the LRS for an account nobody is known by,
// wait in the resolution queue, and count for the person once an operator links them or the learner
// claims them — past statements at once, future ones on arrival. Partners see only their own.
public abstract class XapiLinkingTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : XapiLinkingTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : XapiLinkingTests(DatabaseProvider.Postgres);

    private const string Moodle = "Moodle Universidad";
    private const string OpenEdx = "Open edX Proveedor";
    private const string HomePage = "https://moodle.universidad.example";
    private const string Queue = "/operacion/aprendizaje/sin-vincular";
    private const string Ingestion = "/operacion/aprendizaje";
    private const string Claim = "/mi-aprendizaje/vincular";

    private Task<HttpClient> PartnerAsync(string name) => App.XapiClientAsync(name);

    // Shaped like Moodle logstore_xapi: an account actor with the user's full name.
    private static string Viewed(string user, string name, int module) => JsonSerializer.Serialize(new
    {
        actor = new { objectType = "Agent", name, account = new { homePage = HomePage, name = user } },
        verb = new { id = "http://id.tincanapi.com/verb/viewed", display = new Dictionary<string, string> { ["en"] = "viewed" } },
        @object = new { id = $"{HomePage}/mod/page/view.php?id={module}", objectType = "Activity" },
        context = new { platform = "Moodle", language = "es" },
    });

    private static async Task PostAsync(HttpClient partner, params string[] statements)
    {
        var response = await partner.PostAsync("/xapi/statements", new StringContent($"[{string.Join(',', statements)}]", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<List<Guid?>> LearnersOfAsync(string user)
    {
        var key = ActorIdentity.AccountKey(HomePage, user);
        await using var db = Database.NewDb();
        return await db.Statements.Where(s => s.ActorKey == key).OrderBy(s => s.Sequence).Select(s => s.LearnerId).ToListAsync();
    }

    private async Task<Learner> LearnerOfAsync(User user)
    {
        await using var db = Database.NewDb();
        return await db.Learners.AsNoTracking().SingleAsync(l => l.Id == user.LearnerId);
    }

    private async Task<HttpClient> SignInAsync(User user)
    {
        var client = App.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(user.Email!, People.Password)).StatusCode);
        return client;
    }

    // Posts a page's form as a browser would: the antiforgery token from the page, the fields given.
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        fields["__RequestVerificationToken"] = People.AntiforgeryToken(html);
        var separator = page.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return await client.PostAsync(handler.Length == 0 ? page : $"{page}{separator}handler={handler}", new FormUrlEncodedContent(fields));
    }

    private static string Name(Learner l) => $"{l.GivenNames} {l.FirstSurname} {l.SecondSurname}".Trim();

    [Fact]
    public async Task UnknownAccount_WaitsInTheQueue_OperatorLinksByCurp_PastAndFutureStatementsCount()
    {
        var person = await App.CreateAsync(Roles.Aprendiz);
        var learner = await LearnerOfAsync(person);
        var moodle = await PartnerAsync(Moodle);
        await PostAsync(moodle, Viewed("jlopez", Name(learner), 1), Viewed("jlopez", Name(learner), 2));
        Assert.Equal([null, null], await LearnersOfAsync("jlopez"));

        var op = await App.SignedInAsync(Roles.Operador);
        var queue = await op.GetStringAsync(Queue);
        Assert.Contains("jlopez", queue, StringComparison.Ordinal);
        Assert.Contains(Name(learner), queue, StringComparison.Ordinal);
        Assert.Contains("moodle.universidad.example", queue, StringComparison.Ordinal);

        var linked = await SubmitAsync(op, Queue, "vincular", new() { ["clave"] = ActorIdentity.AccountKey(HomePage, "jlopez"), ["curp"] = learner.Curp.ToLowerInvariant() });

        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Equal([learner.Id, learner.Id], await LearnersOfAsync("jlopez"));
        var after = await op.GetStringAsync(linked.Headers.Location!.ToString());
        Assert.Contains("2 declaraciones ahora cuentan", after, StringComparison.Ordinal);
        Assert.DoesNotContain("jlopez</span>", after, StringComparison.Ordinal);

        await PostAsync(moodle, Viewed("jlopez", Name(learner), 3));
        Assert.Equal([learner.Id, learner.Id, learner.Id], await LearnersOfAsync("jlopez"));
        await using var db = Database.NewDb();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.LearnerId == learner.Id && a.Action == LinkActor.AuditAction));
        Assert.DoesNotContain(App.Logs, line => line.Contains(learner.Curp, StringComparison.OrdinalIgnoreCase) || line.Contains("jlopez", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OperatorLink_CurpNotRegistered_SaysSoInSpanish_AndLinksNothing()
    {
        var moodle = await PartnerAsync(Moodle);
        await PostAsync(moodle, Viewed("nadie", "Nadie Conocido", 1));
        var op = await App.SignedInAsync(Roles.Operador);
        var stranger = Semillero.Tests.Infrastructure.CsvFiles.People(1, seed: 4242).Single().Curp;

        var response = await SubmitAsync(op, Queue, "vincular", new() { ["clave"] = ActorIdentity.AccountKey(HomePage, "nadie"), ["curp"] = stranger });
        var invalid = await SubmitAsync(op, Queue, "vincular", new() { ["clave"] = ActorIdentity.AccountKey(HomePage, "nadie"), ["curp"] = "XYZ" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"No hay nadie registrado con la CURP {stranger}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("aria-invalid=\"true\"", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([null], await LearnersOfAsync("nadie"));
    }

    [Fact]
    public async Task OperatorLink_NamesDiffer_ShowsBothNames_AndLinksOnlyWhenConfirmed()
    {
        var learner = await LearnerOfAsync(await App.CreateAsync(Roles.Aprendiz));
        await PostAsync(await PartnerAsync(Moodle), Viewed("jp", "Juan Pérez", 1));
        var op = await App.SignedInAsync(Roles.Operador);
        var fields = new Dictionary<string, string> { ["clave"] = ActorIdentity.AccountKey(HomePage, "jp"), ["curp"] = learner.Curp };

        var ask = await SubmitAsync(op, Queue, "vincular", fields);

        var page = await ask.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.Contains("Los nombres no coinciden", page, StringComparison.Ordinal);
        Assert.Contains("Juan Pérez", page, StringComparison.Ordinal);
        Assert.Contains(Name(learner), page, StringComparison.Ordinal);
        Assert.Equal([null], await LearnersOfAsync("jp"));

        fields["confirmar"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(op, Queue, "vincular", fields)).StatusCode);
        Assert.Equal([learner.Id], await LearnersOfAsync("jp"));
    }

    [Fact]
    public async Task Learner_ClaimsAccountWithTheirName_LinksAtOnce()
    {
        var person = await App.CreateAsync(Roles.Aprendiz);
        var learner = await LearnerOfAsync(person);
        await PostAsync(await PartnerAsync(Moodle), Viewed("mi.usuario", Name(learner).ToUpperInvariant(), 1), Viewed("mi.usuario", Name(learner), 2));
        var client = await SignInAsync(person);

        var form = await client.GetStringAsync(Claim);
        Assert.Contains($"value=\"{HomePage}\"", form, StringComparison.Ordinal);
        Assert.Contains("moodle.universidad.example (Moodle Universidad)", form, StringComparison.Ordinal);
        var response = await SubmitAsync(client, Claim, "", new() { [ClaimActor.PlatformField] = HomePage, [ClaimActor.UsernameField] = "mi.usuario" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([learner.Id, learner.Id], await LearnersOfAsync("mi.usuario"));
        var page = await client.GetStringAsync(Claim);
        Assert.Contains("quedó vinculada", page, StringComparison.Ordinal);
        Assert.Contains("id=\"cuentas-vinculadas\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Learner_ClaimsSomeoneElsesAccount_WaitsForAnOperator_WhoConfirms()
    {
        var person = await App.CreateAsync(Roles.Aprendiz);
        var learner = await LearnerOfAsync(person);
        await PostAsync(await PartnerAsync(Moodle), Viewed("otra", "Otra Persona Distinta", 1));
        var client = await SignInAsync(person);

        var claim = await SubmitAsync(client, Claim, "", new() { [ClaimActor.PlatformField] = HomePage, [ClaimActor.UsernameField] = "otra" });

        Assert.Equal(HttpStatusCode.Redirect, claim.StatusCode);
        Assert.Equal([null], await LearnersOfAsync("otra"));
        var mine = await client.GetStringAsync(Claim);
        Assert.Contains("Recibimos su solicitud", mine, StringComparison.Ordinal);
        Assert.Contains("En revisión", mine, StringComparison.Ordinal);
        // The learner is never told the name the provider has for the account.
        Assert.DoesNotContain("Otra Persona Distinta", mine, StringComparison.Ordinal);

        var op = await App.SignedInAsync(Roles.Operador);
        var queue = await op.GetStringAsync(Queue);
        Assert.Contains("id=\"tabla-solicitudes\"", queue, StringComparison.Ordinal);
        Assert.Contains(learner.Curp, queue, StringComparison.Ordinal);
        Guid claimId;
        await using (var db = Database.NewDb())
        {
            claimId = (await db.Set<ActorClaim>().SingleAsync()).Id;
        }

        var decided = await SubmitAsync(op, Queue, "solicitud", new() { ["solicitud"] = claimId.ToString(), ["decision"] = "confirmar" });

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Equal([learner.Id], await LearnersOfAsync("otra"));
        await using var check = Database.NewDb();
        // Seeing the claimant's name and CURP in the queue is a recorded read; the confirmation too.
        Assert.True(await check.AuditEntries.CountAsync(a => a.LearnerId == learner.Id && a.Action == "consulta") >= 1);
        Assert.Equal(1, await check.AuditEntries.CountAsync(a => a.LearnerId == learner.Id && a.Action == LinkActor.AuditAction));
    }

    [Fact]
    public async Task Learner_ClaimErrors_AreShownInSpanishNextToTheForm()
    {
        var person = await App.CreateAsync(Roles.Aprendiz);
        await PostAsync(await PartnerAsync(Moodle), Viewed("alguien", "Alguien Más", 1));
        var client = await SignInAsync(person);

        var empty = await SubmitAsync(client, Claim, "", new() { [ClaimActor.PlatformField] = "", [ClaimActor.UsernameField] = "" });
        var unseen = await SubmitAsync(client, Claim, "", new() { [ClaimActor.PlatformField] = HomePage, [ClaimActor.UsernameField] = "no.existe" });

        var emptyPage = await empty.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Elija la plataforma donde estudia.", emptyPage, StringComparison.Ordinal);
        Assert.Contains("Escriba su nombre de usuario en esa plataforma.", emptyPage, StringComparison.Ordinal);
        Assert.Contains("Aún no hemos recibido registros del usuario «no.existe»", await unseen.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partner_SeesOnlyItsOwnIngestionAndQueue_AndCannotLink()
    {
        var learner = await LearnerOfAsync(await App.CreateAsync(Roles.Aprendiz));
        await PostAsync(await PartnerAsync(Moodle), Viewed("de.moodle", "Uno De Moodle", 1));
        var openEdx = await PartnerAsync(OpenEdx);
        await PostAsync(openEdx, JsonSerializer.Serialize(new
        {
            actor = new { objectType = "Agent", name = "Dos De Edx", account = new { homePage = "https://cursos.proveedor.example", name = "de.edx" } },
            verb = new { id = "http://adlnet.gov/expapi/verbs/completed" },
            @object = new { id = "https://cursos.proveedor.example/course/1" },
        }));
        // The LRS keeps rejections under the partner key of the key's organisation (Access/PartnerKey).
        var (openEdxKey, moodleKey) = (await TestOrganizations.KeyAsync(App.Services, OpenEdx), await TestOrganizations.KeyAsync(App.Services, Moodle));
        await using (var db = Database.NewDb())
        {
            db.XapiRejections.Add(new() { Partner = openEdxKey, At = DateTime.SpecifyKind(TimeProvider.System.GetUtcNow().UtcDateTime, DateTimeKind.Utc), Status = 400, StatementCount = 3, Reason = "statement[1].verb: required (edx)" });
            db.XapiRejections.Add(new() { Partner = moodleKey, At = DateTime.SpecifyKind(TimeProvider.System.GetUtcNow().UtcDateTime, DateTimeKind.Utc), Status = 409, StatementCount = 1, Reason = "conflict (moodle)" });
            await db.SaveChangesAsync();
        }

        var user = await App.CreateAsync(Roles.Aliado, organization: Moodle);
        var partner = await SignInAsync(user);
        var queue = await partner.GetStringAsync(Queue);
        var ingestion = await partner.GetStringAsync(Ingestion);
        var allQueue = await partner.GetStringAsync(Queue + "?aliado=" + Uri.EscapeDataString(OpenEdx));

        Assert.Contains("de.moodle", queue, StringComparison.Ordinal);
        Assert.DoesNotContain("de.edx", queue, StringComparison.Ordinal);
        Assert.DoesNotContain("de.edx", allQueue, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"curp\"", queue, StringComparison.Ordinal);
        Assert.Contains("conflict (moodle)", ingestion, StringComparison.Ordinal);
        Assert.DoesNotContain("(edx)", ingestion, StringComparison.Ordinal);
        Assert.DoesNotContain(OpenEdx, ingestion, StringComparison.Ordinal);

        var attempt = await SubmitAsync(partner, Queue, "vincular", new() { ["clave"] = ActorIdentity.AccountKey(HomePage, "de.moodle"), ["curp"] = learner.Curp });
        Assert.NotEqual(HttpStatusCode.OK, attempt.StatusCode);
        Assert.Contains("/cuenta/acceso-denegado", attempt.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Equal([null], await LearnersOfAsync("de.moodle"));
    }

    [Fact]
    public async Task PartnerAccountWithoutOrganisation_SeesNothing_NotEverything()
    {
        await PostAsync(await PartnerAsync(Moodle), Viewed("de.moodle", "Uno De Moodle", 1));
        var user = await App.CreateAsync(Roles.Aliado);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var stored = await users.FindByIdAsync(user.Id.ToString());
            stored!.OrganizationId = null;
            await users.UpdateAsync(stored);
        }

        var partner = await SignInAsync(user);
        var queue = await partner.GetAsync(Queue);
        var ingestion = await partner.GetAsync(Ingestion);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (queue.StatusCode, ingestion.StatusCode));
        foreach (var html in new[] { await queue.Content.ReadAsStringAsync(), await ingestion.Content.ReadAsStringAsync() })
        {
            Assert.Contains("Su cuenta no tiene una organización asignada", html, StringComparison.Ordinal);
            Assert.DoesNotContain("de.moodle", html, StringComparison.Ordinal);
            Assert.DoesNotContain(Moodle, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Ingestion_OperatorSeesEveryPartner_PeopleCountedOnce()
    {
        var person = await App.CreateAsync(Roles.Aprendiz, email: "ana@example.com");
        var learner = await LearnerOfAsync(person);
        var moodle = await PartnerAsync(Moodle);
        await PostAsync(moodle, Viewed(learner.Curp, Name(learner), 1), Viewed(learner.Curp, Name(learner), 2), Viewed("sin.dueno", "Sin Dueño", 3));
        await PostAsync(await PartnerAsync(OpenEdx), JsonSerializer.Serialize(new
        {
            actor = new { mbox = "mailto:ana@example.com" },
            verb = new { id = "http://adlnet.gov/expapi/verbs/completed" },
            @object = new { id = "https://cursos.proveedor.example/course/1" },
        }));
        var op = await App.SignedInAsync(Roles.Operador);

        var page = await op.GetStringAsync(Ingestion);
        var filtered = await op.GetStringAsync(Ingestion + "?aliado=" + Uri.EscapeDataString(OpenEdx));

        Assert.Contains("id=\"declaraciones\">4<", page, StringComparison.Ordinal);
        Assert.Contains("id=\"personas\">1<", page, StringComparison.Ordinal);
        Assert.Contains("id=\"sin-vincular\">1<", page, StringComparison.Ordinal);
        Assert.Contains(Moodle, page, StringComparison.Ordinal);
        Assert.Contains(OpenEdx, page, StringComparison.Ordinal);
        Assert.Contains($"Solo {OpenEdx}", filtered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_WorkInEnglish()
    {
        await PostAsync(await PartnerAsync(Moodle), Viewed("x", "Equis", 1));
        var op = await App.SignedInAsync(Roles.Operador);
        op.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var queue = await op.GetStringAsync(Queue + "?culture=en");
        var ingestion = await op.GetStringAsync(Ingestion + "?culture=en");

        Assert.Contains("Resolution queue", queue, StringComparison.Ordinal);
        Assert.Contains("Statements received", ingestion, StringComparison.Ordinal);
    }
}
