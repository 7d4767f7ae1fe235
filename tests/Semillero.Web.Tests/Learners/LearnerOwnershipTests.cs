using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.Learners;
using Semillero.Tests.Infrastructure;
using Semillero.Web.Tests.Infrastructure;
using static Semillero.Web.Tests.Infrastructure.ApiResponses;

namespace Semillero.Web.Tests.Learners;

// A partner creates people and changes only its own; about another institution's person it learns
// only that the CURP is taken. Operators keep the whole registry.
public abstract class LearnerOwnershipTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : LearnerOwnershipTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : LearnerOwnershipTests(DatabaseProvider.Postgres);

    private const string JoseCurp = "PEGJ900512HJCRRS04";

    private static readonly object Jose = new
    {
        curp = JoseCurp,
        nombre = "José",
        primerApellido = "Pérez",
        segundoApellido = "García",
        correo = "jose.perez@example.com",
        entidad = "14",
        segmento = "emprendedor",
    };

    // The same person with another email, state and segment, and one new person.
    private static readonly string ChangedJoseAndLuisa =
        CsvFiles.Header + "\r\n"
        + JoseCurp + ",José,Pérez,García,otro.correo@example.com,19,empleado\r\n"
        + CsvFiles.Line(CsvFiles.People(1, seed: 31)[0]) + "\r\n";

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, string text)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", "alumnos.csv" } };
        return client.PostAsync("/api/learners/imports", form);
    }

    private async Task<(string? Email, string State, Segment Segment, string? RegisteredBy, DateTime UpdatedAt)> StoredJoseAsync()
    {
        await using var db = Database.NewDb();
        var l = await db.Learners.AsNoTracking().SingleAsync(l => l.Curp == JoseCurp);
        return (l.Email, l.StateCode, l.Segment, l.RegisteredBy, l.UpdatedAt);
    }

    private async Task<HttpClient> SignedInPartnerAsync(string organization)
    {
        var user = await App.CreateAsync(Roles.Aliado, organization: organization);
        var client = App.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(user.Email!, People.Password)).StatusCode);
        return await client.WithAntiforgeryTokenAsync();
    }

    private static async Task AssertTakenByAnotherAsync(HttpResponseMessage response, Guid existingId)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Headers.Location);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal("ya_registrado_por_otro", body.GetProperty("code").GetString());
        Assert.False(body.TryGetProperty("existingId", out _));
        Assert.False(body.TryGetProperty("location", out _));
        Assert.DoesNotContain(existingId.ToString(), text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Import_PartnerKeyWithAnotherPartnersCurp_ReportsYaRegistradoPorOtroAndChangesNothing()
    {
        var partnerA = await App.ClientWithKeyAsync(Roles.Aliado, "Universidad A");
        var partnerB = await App.ClientWithKeyAsync(Roles.Aliado, "Universidad B");
        var created = await partnerA.PostAsJsonAsync("/api/learners", Jose);
        var id = (await JsonAsync(created)).GetProperty("id").GetGuid();
        var before = await StoredJoseAsync();

        var response = await ImportAsync(partnerB, ChangedJoseAndLuisa);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal((1, 0, 1, 1), (body.GetProperty("inserted").GetInt32(), body.GetProperty("updated").GetInt32(),
            body.GetProperty("rejected").GetInt32(), body.GetProperty("registeredByAnother").GetInt32()));
        var problem = Assert.Single(body.GetProperty("problems").EnumerateArray());
        Assert.Equal((2, "ya_registrado_por_otro", "curp"),
            (problem.GetProperty("row").GetInt32(), problem.GetProperty("status").GetString(), problem.GetProperty("column").GetString()));
        Assert.Contains("otra institución", problem.GetProperty("reasonEs").GetString(), StringComparison.Ordinal);
        Assert.Contains("another institution", problem.GetProperty("reasonEn").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(id.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Universidad A", text, StringComparison.Ordinal);
        Assert.Equal(before, await StoredJoseAsync());
        Assert.Equal("jose.perez@example.com", before.Email);
    }

    [Fact]
    public async Task Register_PartnerKeyWithAnotherPartnersCurp_Returns409WithoutIdOrLocation()
    {
        var partnerA = await App.ClientWithKeyAsync(Roles.Aliado, "Universidad A");
        var partnerB = await App.ClientWithKeyAsync(Roles.Aliado, "Universidad B");
        var created = await partnerA.PostAsJsonAsync("/api/learners", Jose);
        var id = (await JsonAsync(created)).GetProperty("id").GetGuid();
        var before = await StoredJoseAsync();

        var response = await partnerB.PostAsJsonAsync("/api/learners", Jose);
        var again = await partnerA.PostAsJsonAsync("/api/learners", Jose);

        await AssertTakenByAnotherAsync(response, id);
        Assert.Equal(before, await StoredJoseAsync());
        // Its own person: the registering partner still gets the id and the location.
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(created.Headers.Location, again.Headers.Location);
        Assert.Equal(id, (await JsonAsync(again)).GetProperty("existingId").GetGuid());
    }

    [Fact]
    public async Task PartnerAccounts_OfTwoOrganisations_CannotChangeOrLocateEachOthersPeople()
    {
        var accountA = await SignedInPartnerAsync("Universidad A");
        var accountB = await SignedInPartnerAsync("Universidad B");
        var created = await accountA.PostAsJsonAsync("/api/learners", Jose);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await JsonAsync(created)).GetProperty("id").GetGuid();
        var before = await StoredJoseAsync();

        var fromAccountB = await accountB.PostAsJsonAsync("/api/learners", Jose);
        var fromKeyB = await ImportAsync(await App.ClientWithKeyAsync(Roles.Aliado, "Universidad B"), ChangedJoseAndLuisa);

        await AssertTakenByAnotherAsync(fromAccountB, id);
        Assert.Equal(1, (await JsonAsync(fromKeyB)).GetProperty("registeredByAnother").GetInt32());
        Assert.Equal(before, await StoredJoseAsync());
        // The registry keeps the organisation's partner key (its id), not its name.
        var universidadA = await TestOrganizations.KeyAsync(App.Services, "Universidad A");
        Assert.Equal(universidadA, before.RegisteredBy);

        // A key of the account's organisation is the same partner: it may update them.
        var fromKeyA = await ImportAsync(await App.ClientWithKeyAsync(Roles.Aliado, "Universidad A"), ChangedJoseAndLuisa);

        Assert.Equal(1, (await JsonAsync(fromKeyA)).GetProperty("updated").GetInt32());
        var after = await StoredJoseAsync();
        Assert.Equal(("otro.correo@example.com", "19", Segment.Empleado, universidadA), (after.Email, after.State, after.Segment, after.RegisteredBy));
    }

    [Fact]
    public async Task Operator_OverAPartnersPerson_GetsTheIdAndUpdatesAsBefore()
    {
        var partnerA = await App.ClientWithKeyAsync(Roles.Aliado, "Universidad A");
        var operador = await App.ClientWithKeyAsync(Roles.Operador, "Mesa de operación");
        var created = await partnerA.PostAsJsonAsync("/api/learners", Jose);

        var conflict = await operador.PostAsJsonAsync("/api/learners", Jose);
        var import = await ImportAsync(operador, ChangedJoseAndLuisa);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal(created.Headers.Location, conflict.Headers.Location);
        Assert.Equal((1, 0), ((await JsonAsync(import)).GetProperty("updated").GetInt32(), (await JsonAsync(import)).GetProperty("registeredByAnother").GetInt32()));
        var after = await StoredJoseAsync();
        Assert.Equal(("otro.correo@example.com", "19", await TestOrganizations.KeyAsync(App.Services, "Universidad A")), (after.Email, after.State, after.RegisteredBy));
    }
}
