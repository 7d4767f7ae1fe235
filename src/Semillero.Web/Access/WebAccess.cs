using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Semillero.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.Access;

public static class WebAccess
{
    // Chooses per request: an API key when the caller sends `Authorization: Bearer`, the sign-in
    // cookie otherwise.
    public const string Scheme = "Semillero";

    public const string LearnerClaim = "semillero:learner";
    // The partner key (PartnerKey) a member of a verified organisation acts under.
    public const string OrganizationClaim = "semillero:organization";

    // The organisation a partner account belongs to and its role there, verified or not: its hub
    // shows a pending organisation's members what is waiting.
    public const string MemberOfClaim = "semillero:member-of";
    public const string MemberRoleClaim = "semillero:member-role";
    public const string DisplayNameClaim = "semillero:name";
    public const string CompanyClaim = "semillero:company";

    public static IServiceCollection AddWebAccess(this IServiceCollection services)
    {
        new IdentityBuilder(typeof(User), typeof(Role), services)
            .AddSignInManager()
            .AddClaimsPrincipalFactory<SemilleroClaimsFactory>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
                o.DefaultForbidScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "API key or sign-in cookie", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString() is var header
                    && (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "semillero.sesion";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/cuenta/entrar";
            o.LogoutPath = "/cuenta/salir";
            o.AccessDeniedPath = "/cuenta/acceso-denegado";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // AddIdentityCookies sets this already; said here because the stamp check above relies on it.
            o.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
            // Machines get status codes with problem+json, never a redirect to a sign-in page.
            o.Events.OnRedirectToLogin = context => WebHosting.IsMachinePath(context.HttpContext)
                ? WriteProblemAsync(context.HttpContext, StatusCodes.Status401Unauthorized)
                : RedirectAsync(context);
            o.Events.OnRedirectToAccessDenied = context => WebHosting.IsMachinePath(context.HttpContext)
                ? WriteProblemAsync(context.HttpContext, StatusCodes.Status403Forbidden)
                : RedirectAsync(context);
        });

        // Every request checks the cookie's security stamp against the account's, so signing out,
        // a password reset, a role change or a cancelled account ends every session of that person
        // at once — a copied cookie included. The price is one look-up of the account per request
        // and a renewed cookie on every answer.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddScoped<PasswordSignIn>();

        services.AddAuthorization();
        return services;
    }

    private static Task RedirectAsync(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static async Task WriteProblemAsync(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            // xAPI clients authenticate with HTTP Basic; the rest of the API with a bearer key.
            context.Response.Headers.WWWAuthenticate = context.Request.Path.StartsWithSegments("/xapi", StringComparison.OrdinalIgnoreCase)
                ? "Basic realm=\"Semillero LRS\""
                : "Bearer";
        }

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = status,
                Title = status == StatusCodes.Status401Unauthorized
                    ? Problems.Pick("Se requiere autenticación", "Authentication is required")
                    : Problems.Pick("Su rol no permite esta operación", "Your role does not allow this operation"),
            },
        });
    }

    // Who is acting, from either scheme's principal.
    public static Actor Actor(this ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var role = Roles.All.FirstOrDefault(user.IsInRole) ?? "";
        if (user.Identity?.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName)
        {
            // A key acts for the organisation it was issued to while that one is verified; an
            // operators' key, bound to none, under its own name.
            var name = user.FindFirstValue(ClaimTypes.Name) ?? "";
            return new Actor($"llave:{id}", name, role, null, user.FindFirstValue(OrganizationClaim), CompanyOf(user));
        }

        return new Actor(
            id,
            user.FindFirstValue(DisplayNameClaim) ?? user.FindFirstValue(ClaimTypes.Name) ?? "",
            role,
            Guid.TryParse(user.FindFirstValue(LearnerClaim), out var learner) ? learner : null,
            user.FindFirstValue(OrganizationClaim),
            CompanyOf(user));
    }

    private static Guid? CompanyOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(CompanyClaim), out var company) ? company : null;
}

// Adds what pages and rules need about the person to the sign-in cookie, so no request looks it up.
// The cookie is validated on every request (SecurityStampValidator with a zero interval), which
// builds the principal again from here: a verification or rejection of the person's organisation
// takes effect on their next request.
public sealed class SemilleroClaimsFactory(UserManager<User> users, RoleManager<Role> roles, IOptions<IdentityOptions> options, IPartnerDirectory partners)
    : UserClaimsPrincipalFactory<User, Role>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(WebAccess.DisplayNameClaim, user.DisplayName));
        if (user.LearnerId is { } learner)
        {
            identity.AddClaim(new Claim(WebAccess.LearnerClaim, learner.ToString()));
        }

        if (user.OrganizationId is { } organization)
        {
            identity.AddClaim(new Claim(WebAccess.MemberOfClaim, organization.ToString()));
            identity.AddClaim(new Claim(WebAccess.MemberRoleClaim, user.OrganizationRole ?? OrganizationRoles.Personal));
            if (await partners.IsVerifiedAsync(organization, CancellationToken.None))
            {
                identity.AddClaim(new Claim(WebAccess.OrganizationClaim, PartnerKey.Of(organization)));
            }
        }

        if (user.CompanyId is { } company)
        {
            identity.AddClaim(new Claim(WebAccess.CompanyClaim, company.ToString()));
        }

        return identity;
    }
}
