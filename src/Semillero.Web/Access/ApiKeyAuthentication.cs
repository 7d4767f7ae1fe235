using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Semillero.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.Access;

// `Authorization: Bearer ID.SECRET` with a key made by `semillero keys create`.
public sealed partial class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AuthenticateApiKey authenticate,
    IPartnerDirectory partners,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    private TimeSpan? _retryAfter;

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

        // The client address goes into these security logs on purpose, so an operator can tell a
        // flood from one place from a misconfigured partner. It is borderline personal data (it can
        // point to whoever used that network), so it is logged only here, for failed
        // authentications, beside the key id; nothing else of the request, never the secret.
        var client = Context.Connection.RemoteIpAddress;
        ApiCaller caller;
        switch (await authenticate.RunAsync(token, client, Context.RequestAborted))
        {
            case AuthenticateApiKeyOutcome.Authenticated a:
                caller = a.Caller;
                break;
            case AuthenticateApiKeyOutcome.Refused r:
                var refusedFrom = client?.ToString() ?? "unknown";
                var refusedKey = LoggedId(r.KeyId);
                LogRefused(Logger, r.Reason, refusedKey, refusedFrom);
                if (r.Throttling)
                {
                    LogThrottling(Logger, refusedKey, refusedFrom, ApiKeyThrottle.Window.TotalSeconds);
                }

                return AuthenticateResult.Fail("invalid key");
            case AuthenticateApiKeyOutcome.Throttled t:
                // Not logged one by one: LogThrottling said when it began.
                _retryAfter = t.RetryAfter;
                return AuthenticateResult.Fail("too many failed attempts");
            default:
                throw new InvalidOperationException("unexpected outcome");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, caller.KeyId),
                new Claim(ClaimTypes.Name, caller.Name),
                new Claim(ClaimTypes.Role, caller.Role),
            ],
            SchemeName);
        // A key acts under its organisation's partner key while the organisation is verified; an
        // aliado key whose organisation is not (or no longer) verified acts for nobody; other keys
        // (operators', analysts') under their own name, as before organisations existed.
        if (caller.OrganizationId is { } organization)
        {
            if (await partners.IsVerifiedAsync(organization, Context.RequestAborted))
            {
                identity.AddClaim(new Claim(WebAccess.OrganizationClaim, PartnerKey.Of(organization)));
            }
        }
        else if (caller.Role != Roles.Aliado)
        {
            identity.AddClaim(new Claim(WebAccess.OrganizationClaim, caller.Name));
        }

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

    // Key ids are hex (CreateApiKey). Anything else a caller typed there is not logged: it could be
    // any text, personal data included.
    private static string LoggedId(string? keyId) =>
        keyId is null ? "(none)" : keyId.Length <= 32 && keyId.All(char.IsAsciiHexDigit) ? keyId : "(not a key id)";

    // While the address or the key is throttled (ApiKeyThrottle) the answer is 429 with Retry-After,
    // in the xAPI error shape under /xapi.
    private async Task WriteThrottledAsync(TimeSpan retryAfter)
    {
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Request.Path.StartsWithSegments("/xapi", StringComparison.OrdinalIgnoreCase))
        {
            await Response.WriteAsJsonAsync(new { error = $"Too many failed authentications from this address or for this key; retry in {seconds} s." }, Context.RequestAborted);
            return;
        }

        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = Problems.Pick("Demasiados intentos fallidos", "Too many failed attempts"),
                Detail = Problems.Pick(
                    $"Demasiadas llaves no válidas desde esta dirección o para esta llave. Espere {seconds} s e intente de nuevo.",
                    $"Too many invalid keys from this address or for this key. Wait {seconds} s and try again."),
            },
        });
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (_retryAfter is { } retryAfter)
        {
            await WriteThrottledAsync(retryAfter);
            return;
        }

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "API key refused ({Reason}): key {KeyId} from {ClientAddress}")]
    private static partial void LogRefused(ILogger logger, ApiKeyRefusal reason, string keyId, string clientAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "API key failures reached the limit: key {KeyId} from {ClientAddress}; that address or key is refused unchecked for up to {Seconds} s")]
    private static partial void LogThrottling(ILogger logger, string keyId, string clientAddress, double seconds);
}
