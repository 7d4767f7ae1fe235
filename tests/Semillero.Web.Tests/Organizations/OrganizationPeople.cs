using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Organizations;
using Semillero.Tests.Infrastructure;
using Semillero.Web.Tests.Infrastructure;

namespace Semillero.Web.Tests.Organizations;

// Organisations and their signed-in people, for the organisation and cross-owner tests.
public static class OrganizationPeople
{
    public static async Task<Guid> RegisterOrganizationAsync(this SemilleroWebFactory app, string name, bool verified)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<RegisterOrganization>().RunAsync(TestOrganizations.Input(name), "prueba", verified, default);
        return Assert.IsType<RegisterOrganizationOutcome.Registered>(outcome).Organization.Id;
    }

    // A confirmed aliado account in the organisation with the role, signed in through the real page
    // and holding the site's antiforgery token for the API.
    public static async Task<(HttpClient Browser, Guid UserId)> MemberAsync(this SemilleroWebFactory app, Guid organizationId, string role)
    {
        var email = $"aliado-{Guid.NewGuid():N}@example.com";
        Guid id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var user = new User
            {
                Id = Guid.NewGuid(),
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = "Persona " + role,
                OrganizationId = organizationId,
                OrganizationRole = role,
                CreatedAt = TestClock.Now.UtcDateTime,
            };
            Assert.True((await users.CreateAsync(user, People.Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Aliado);
            id = user.Id;
        }

        var browser = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(email, People.Password)).StatusCode);
        return (await browser.WithAntiforgeryTokenAsync(), id);
    }
}
