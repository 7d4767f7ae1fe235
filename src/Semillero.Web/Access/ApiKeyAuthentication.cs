using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Semillero.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.Access;

// `Authorization: Bearer ID.SECRET` with a key made by `semillero keys create`.
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyVerifier verifier,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        string token;
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            token = header["Bearer ".Length..].Trim();
        }
        else if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) && TryBasic(header["Basic ".Length..].Trim(), out var basic))
        {
            // xAPI clients (Moodle, Open edX) send credentials as HTTP Basic: username ID, password SECRET.
            token = basic;
        }
        else
        {
            return AuthenticateResult.NoResult();
        }

        var caller = await verifier.VerifyAsync(token, Context.RequestAborted);
        if (caller is null)
        {
            return AuthenticateResult.Fail("invalid key");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, caller.KeyId),
                new Claim(ClaimTypes.Name, caller.Name),
                new Claim(ClaimTypes.Role, caller.Role),
            ],
            SchemeName);
        if (caller.CompanyId is { } company)
        {
            identity.AddClaim(new Claim(WebAccess.CompanyClaim, company.ToString()));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private static bool TryBasic(string encoded, out string token)
    {
        token = "";
        try
        {
            var decoded = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return false;
            }

            token = $"{decoded[..colon]}.{decoded[(colon + 1)..]}";
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = Request.Path.StartsWithSegments("/xapi", StringComparison.OrdinalIgnoreCase)
            ? "Basic realm=\"Semillero LRS\""
            : "Bearer";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = 401,
                Title = Problems.Pick("Se requiere una llave de API", "An API key is required"),
                Detail = Problems.Pick("Envíe «Authorization: Bearer ID.SECRETO» con una llave creada por «semillero keys create».",
                    "Send «Authorization: Bearer ID.SECRET» with a key made by «semillero keys create»."),
            },
        });
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = 403,
                Title = Problems.Pick("Su rol no permite esta operación", "Your role does not allow this operation"),
            },
        });
    }
}
