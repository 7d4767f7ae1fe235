using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Accounts;
using Semillero.Data;
using Semillero.Learners;
using Semillero.Tests.Infrastructure;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Access;

// Someone who knows a person's CURP (printed on many everyday documents) registers with it: the site
// answers as to anyone, the record stays as it was, and nothing of it is reachable until the
// person proves control (docs/adr/0007-claiming-a-record-needs-proof-of-control.md).
public abstract partial class RecordTakeoverTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : RecordTakeoverTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : RecordTakeoverTests(DatabaseProvider.Postgres);

    private const string Curp = "PEGJ900512HJCRRS04";
    private const string OtherCurp = "HEGG560427MVZRRL04";
    private const string RealEmail = "juan.real@example.com";
    private const string Attacker = "atacante@example.com";
    private const string Password = "una-contraseña-distinta-9";

    // A record the named partner organisation registered (kept under its key, as imports keep it).
    private async Task<Learner> ImportedAsync(string? email, string registeredBy) =>
        await TestLearners.ImportedAsync(Database, Curp, email, await TestOrganizations.KeyAsync(App.Services, registeredBy));

    private static async Task<HttpResponseMessage> RegisterAsync(HttpClient client, string curp, string email, string nombre = "Juan", string primer = "Pérez", string segundo = "García")
    {
        var form = await client.GetStringAsync("/cuenta/registro");
        return await client.PostAsync("/cuenta/registro", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["curp"] = curp,
            ["nombre"] = nombre,
            ["primer_apellido"] = primer,
            ["segundo_apellido"] = segundo,
            ["correo"] = email,
            ["password"] = Password,
            ["entidad"] = "14",
            ["segmento"] = "estudiante",
            ["aviso"] = "true",
            ["confirmar_nombres"] = "true",
            ["__RequestVerificationToken"] = People.AntiforgeryToken(form),
        }));
    }

    // The page's main content with the echoed email replaced: what a registrant reads.
    private static async Task<string> MainTextAsync(HttpResponseMessage response, string email)
    {
        var html = await response.Content.ReadAsStringAsync();
        var main = MainRegex().Match(html).Value;
        return main.Replace(email, "CORREO", StringComparison.Ordinal);
    }

    private async Task AssertUntouchedAsync(Learner before)
    {
        await using var db = Database.NewDb();
        var now = await db.Learners.AsNoTracking().SingleAsync(l => l.Id == before.Id);
        Assert.Equal((before.GivenNames, before.Email, before.StateCode, before.Segment), (now.GivenNames, now.Email, now.StateCode, now.Segment));
        Assert.False(await db.Users.AnyAsync(u => u.LearnerId == before.Id));
    }

    [Fact]
    public async Task Register_WithAnImportedCurp_AnswersLikeAnyRegistration_AndGivesNoWayIn()
    {
        var record = await ImportedAsync(RealEmail, "Universidad A");
        var attacker = App.Browser();

        var claimed = await RegisterAsync(attacker, Curp, Attacker, nombre: "Cualquier", primer: "Nombre");
        var fresh = await RegisterAsync(App.Browser(), OtherCurp, "gloria@example.com", "Gloria", "Hernández", "García");

        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.Equal(await MainTextAsync(fresh, "gloria@example.com"), await MainTextAsync(claimed, Attacker));
        await AssertUntouchedAsync(record);

        // No account to sign in with, so none of the person's data is reachable.
        var signIn = await attacker.SignInAsync(Attacker, Password);
        Assert.DoesNotContain(signIn.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("semillero.sesion", StringComparison.Ordinal)));
        var download = await attacker.GetAsync("/mis-datos/descargar");
        Assert.Equal(HttpStatusCode.Redirect, download.StatusCode);
        Assert.Contains("/cuenta/entrar", download.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_WithTheCurpOrEmailOfAnAccount_AnswersLikeAnyRegistration()
    {
        var owner = App.Browser();
        await RegisterAsync(owner, Curp, RealEmail);

        var sameCurp = await RegisterAsync(App.Browser(), Curp, Attacker);
        var sameEmail = await RegisterAsync(App.Browser(), OtherCurp, RealEmail, "Gloria", "Hernández", "García");
        var other = CsvFiles.People(1, seed: 3).Single();
        var fresh = await RegisterAsync(App.Browser(), other.Curp, "maria@example.com", other.Nombre, other.PrimerApellido, other.SegundoApellido ?? "");

        var expected = await MainTextAsync(fresh, "maria@example.com");
        Assert.Equal(expected, await MainTextAsync(sameCurp, Attacker));
        Assert.Equal(expected, await MainTextAsync(sameEmail, RealEmail));
        await using var db = Database.NewDb();
        Assert.Equal(2, await db.Users.CountAsync());
        Assert.Equal(2, await db.OutboxMessages.CountAsync(m => m.To == RealEmail && m.Kind == "registro-repetido"));
    }

    [Fact]
    public async Task ClaimLink_OpenedAndConfirmedFromTheRecordsMailbox_LetsThePersonIn()
    {
        await ImportedAsync(RealEmail, "Universidad A");
        var person = App.Browser();
        await RegisterAsync(person, Curp, RealEmail);
        string link;
        await using (var db = Database.NewDb())
        {
            var body = (await db.OutboxMessages.SingleAsync(m => m.To == RealEmail && m.Kind == "reclamo-confirmar")).BodyText;
            link = new Uri(body.Split('\n').Select(l => l.Trim()).Single(l => l.Contains("/cuenta/reclamar?", StringComparison.Ordinal))).PathAndQuery;
        }

        // Opening the link only asks; it shows the email given, not the record.
        var ask = await person.GetStringAsync(link);
        Assert.Contains(RealEmail, ask, StringComparison.Ordinal);
        Assert.DoesNotContain("Pérez", ask, StringComparison.Ordinal);
        Assert.False(await SignsInAsync(person));

        var query = QueryHelpers.ParseQuery(new Uri("https://x" + link).Query);
        var confirm = await person.PostAsync("/cuenta/reclamar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["solicitud"] = query["solicitud"]!,
            ["codigo"] = query["codigo"]!,
            ["decision"] = "si",
            ["__RequestVerificationToken"] = People.AntiforgeryToken(ask),
        }));

        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.True(await SignsInAsync(person));
        var data = await person.GetStringAsync("/mis-datos");
        Assert.Contains(Curp, data, StringComparison.Ordinal);
    }

    private static async Task<bool> SignsInAsync(HttpClient client)
    {
        var response = await client.SignInAsync(RealEmail, Password);
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    [Fact]
    public async Task ClaimQueue_AnotherPartnerGets404AndCannotVouch_TheRegisteringPartnerCan()
    {
        var record = await ImportedAsync(email: null, "Universidad A");
        await RegisterAsync(App.Browser(), Curp, Attacker);
        Guid claimId;
        await using (var db = Database.NewDb())
        {
            claimId = await db.RecordClaims.Select(c => c.Id).SingleAsync();
        }

        var partnerA = await App.CreateAsync(Roles.Aliado, organization: "Universidad A");
        var partnerB = await App.CreateAsync(Roles.Aliado, organization: "Universidad B");
        var a = App.Browser();
        var b = App.Browser();
        await a.SignInAsync(partnerA.Email!, People.Password);
        await b.SignInAsync(partnerB.Email!, People.Password);

        var bList = await b.GetStringAsync("/operacion/reclamos");
        Assert.DoesNotContain(claimId.ToString(), bList, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/operacion/reclamos/{claimId}")).StatusCode);
        var bVouch = await b.PostAsync($"/operacion/reclamos/{claimId}", Decision("avalar", "Lo conozco", bList));
        Assert.Equal(HttpStatusCode.NotFound, bVouch.StatusCode);
        await AssertUntouchedAsync(record);

        var aList = await a.GetStringAsync("/operacion/reclamos");
        Assert.Contains(claimId.ToString(), aList, StringComparison.Ordinal);
        var detail = await a.GetStringAsync($"/operacion/reclamos/{claimId}");
        Assert.Contains(Curp, detail, StringComparison.Ordinal);
        var aVouch = await a.PostAsync($"/operacion/reclamos/{claimId}", Decision("avalar", "INE revisada en ventanilla", detail));

        Assert.Equal(HttpStatusCode.Redirect, aVouch.StatusCode);
        await using var check = Database.NewDb();
        Assert.Equal(record.Id, (await check.Users.SingleAsync(u => u.Email == Attacker)).LearnerId);
        Assert.True(await check.AuditEntries.AnyAsync(e => e.LearnerId == record.Id && e.Action == DecideRecordClaim.VouchAction && e.ActorId == partnerA.Id.ToString()));
    }

    private static FormUrlEncodedContent Decision(string decision, string reason, string pageWithToken) => new(new Dictionary<string, string>
    {
        ["decision"] = decision,
        ["motivo"] = reason,
        ["__RequestVerificationToken"] = People.AntiforgeryToken(pageWithToken),
    });

    [GeneratedRegex("<main[\\s\\S]*</main>")]
    private static partial Regex MainRegex();
}
