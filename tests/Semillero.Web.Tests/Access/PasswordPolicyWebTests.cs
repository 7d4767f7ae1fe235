using System.Net;
using Microsoft.EntityFrameworkCore;
using Semillero.Accounts;
using Semillero.Data;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Access;

// Registration refuses a common password with a message that says why (Accounts/PasswordPolicy.cs).
public abstract class PasswordPolicyWebTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : PasswordPolicyWebTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : PasswordPolicyWebTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task Register_WithPassword12_IsRefusedAndSaysTheCommonPasswordReason()
    {
        var email = $"juan-{Guid.NewGuid():N}@example.com";
        var browser = App.Browser();
        var form = await browser.GetStringAsync("/cuenta/registro");

        var response = await browser.PostAsync("/cuenta/registro", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["curp"] = "PEGJ900512HJCRRS04",
            ["nombre"] = "Juan",
            ["primer_apellido"] = "Pérez",
            ["segundo_apellido"] = "García",
            ["confirmar_nombres"] = "true",
            ["correo"] = email,
            ["password"] = "password12",
            ["entidad"] = "14",
            ["segmento"] = "estudiante",
            ["aviso"] = "true",
            ["__RequestVerificationToken"] = People.AntiforgeryToken(form),
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = IdentityErrors.ToFieldError(new Microsoft.AspNetCore.Identity.IdentityError { Code = PasswordPolicyValidator.CommonCode });
        Assert.Equal("password", expected.Field);
        Assert.StartsWith("Esa contraseña es de las más usadas", expected.Reason.Es, StringComparison.Ordinal);
        Assert.Contains(expected.Reason.Es, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = Database.NewDb();
        Assert.False(await db.Users.AnyAsync(u => u.Email == email));
    }
}
