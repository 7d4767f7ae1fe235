using Semillero.Access;
using Semillero.Web.Accounts;

namespace Semillero.Web.Tests.Accounts;

// Where each person lands after signing in: the page their role comes to the platform for.
public sealed class HomeForTests
{
    [Theory]
    [InlineData(Roles.Aprendiz, "/mi-aprendizaje/inicio")]
    [InlineData(Roles.Aliado, "/operacion/aprendizaje")]
    [InlineData(Roles.Empresa, "/empresa")]
    [InlineData(Roles.Analista, "/operacion/avance")]
    [InlineData(Roles.Operador, "/operacion")]
    public void Each_role_lands_on_its_own_page(string role, string home) =>
        Assert.Equal(home, CuentaRoutes.HomeFor([role]));

    [Fact]
    public void A_person_with_no_known_role_lands_on_the_public_home() =>
        Assert.Equal("/", CuentaRoutes.HomeFor([]));
}
