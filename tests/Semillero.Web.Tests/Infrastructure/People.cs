using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Data;
using Semillero.Tests.Infrastructure;

namespace Semillero.Web.Tests.Infrastructure;

// Real accounts signed in through the real sign-in page, one per role.
public static partial class People
{
    public const string Password = "una-contraseña-larga";

    public static HttpClient Browser(this SemilleroWebFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

    // Creates a confirmed account with the role (a learner gets a registry record too).
    public static async Task<User> CreateAsync(this SemilleroWebFactory app, string role, string? email = null, string? organization = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var db = scope.ServiceProvider.GetRequiredService<SemilleroDb>();
        email ??= $"{role}-{Guid.NewGuid():N}@example.com";
        Guid? learnerId = null;
        if (role == Roles.Aprendiz)
        {
            var person = CsvFiles.People(1, seed: Random.Shared.Next()).Single();
            var learner = TestLearners.FromPerson(person, email, new DateOnly(1995, 1, 1));
            db.Learners.Add(learner);
            await db.SaveChangesAsync();
            learnerId = learner.Id;
        }

        Guid? organizationId = null;
        if (role == Roles.Aliado)
        {
            organizationId = await TestOrganizations.EnsureAsync(app.Services, organization ?? $"Organización {role}");
        }

        var user = new User
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = $"Persona {role}",
            LearnerId = learnerId,
            Organization = role == Roles.Empresa ? organization ?? $"Organización {role}" : null,
            OrganizationId = organizationId,
            OrganizationRole = organizationId is null ? null : OrganizationRoles.Administrador,
            CreatedAt = TestClock.Now.UtcDateTime,
        };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Code)));
        await users.AddToRoleAsync(user, role);
        if (learnerId is { } id)
        {
            scope.ServiceProvider.GetRequiredService<Semillero.Privacy.Consents>().Record(id,
                Semillero.Privacy.Purposes.All.Select(p => new KeyValuePair<string, bool>(p.Code, p.Necessary)), "prueba");
            await db.SaveChangesAsync();
        }

        return user;
    }

    public static async Task<HttpClient> SignedInAsync(this SemilleroWebFactory app, string role) => (await app.SignedInUserAsync(role)).Browser;

    // A new account of the role, signed in: the browser and the account behind it.
    public static async Task<(HttpClient Browser, User User)> SignedInUserAsync(this SemilleroWebFactory app, string role)
    {
        var user = await app.CreateAsync(role);
        var client = app.Browser();
        var response = await client.SignInAsync(user.Email!, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, user);
    }

    // Fills the sign-in form as a browser would: reads the antiforgery token and the field names.
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/cuenta/entrar");
        return await client.PostAsync("/cuenta/entrar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [InputName(form, "email")] = email,
            [InputName(form, "password")] = password,
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
        }));
    }

    // What a page of the site would do before writing to the API with the sign-in cookie: send the
    // antiforgery token the site gave this person (src/Semillero.Web/Hosting/CookieApiAntiforgery.cs).
    public static async Task<HttpClient> WithAntiforgeryTokenAsync(this HttpClient client)
    {
        client.DefaultRequestHeaders.Add("RequestVerificationToken", AntiforgeryToken(await client.GetStringAsync("/")));
        return client;
    }

    public static string AntiforgeryToken(string html) => AntiforgeryRegex().Match(html) is { Success: true } m
        ? WebUtility.HtmlDecode(m.Groups[1].Value)
        : throw new InvalidOperationException("no antiforgery token in the page");

    public static string InputName(string html, string type)
    {
        foreach (Match input in InputRegex().Matches(html))
        {
            if (input.Value.Contains($"type=\"{type}\"", StringComparison.Ordinal) && NameRegex().Match(input.Value) is { Success: true } name)
            {
                return WebUtility.HtmlDecode(name.Groups[1].Value);
            }
        }

        throw new InvalidOperationException($"no input of type {type} in the page");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryRegex();

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputRegex();

    [GeneratedRegex("name=\"([^\"]+)\"")]
    private static partial Regex NameRegex();
}
