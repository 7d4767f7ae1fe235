using System.Net;
using Semillero.Data;
using Semillero.Skills;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Skills;

// /habilidades: the address every badge gives as its skills' targetUrl must answer for every skill.
public abstract class SkillPagesTests(DatabaseProvider provider) : WebTest(provider)
{
    public sealed class OnSqlite() : SkillPagesTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : SkillPagesTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task TheList_LinksEverySkill_AndEachSkillHasItsPage()
    {
        var client = App.CreateClient();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/habilidades"));
        Assert.All(SkillCatalog.All, s => Assert.Contains($"href=\"/habilidades/{s.Id}\"", html, StringComparison.Ordinal));
        Assert.Contains("Gestión de costos en la nube", html, StringComparison.Ordinal);

        var one = WebUtility.HtmlDecode(await client.GetStringAsync("/habilidades/ia-generativa"));
        Assert.Contains("IA generativa", one, StringComparison.Ordinal);
        Assert.Contains("Generative AI", one, StringComparison.Ordinal);
        Assert.Contains("id=\"sin-rutas\"", one, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/habilidades/no-existe")).StatusCode);
    }
}
