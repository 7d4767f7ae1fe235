using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Badges;
using Semillero.Badges.Credentials;
using Semillero.Data;
using Semillero.Identity;
using Semillero.Privacy;
using Semillero.Validation;
using Semillero.Web.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.Badges;

public static class BadgeEndpoints
{
    // W3C VC-JOSE-COSE §6.1.1: the media type of a credential secured as a compact JWS.
    public const string VcJwt = "application/vc+jwt";

    // RFC 7517 §8.5.
    public const string JwkSet = "application/jwk-set+json";

    public sealed record RevocationRequest(string? Reason);

    public sealed record RevocationResponse(Guid AwardId, DateTime RevokedAt, string RevokedBy, string Reason, bool AlreadyRevoked);

    public static void MapBadges(this IEndpointRouteBuilder app)
    {
        // What any verifier fetches: public, no personal data, readable from other origins.
        app.MapGet("/.well-known/jwks.json", Jwks).WithTags("Insignias / Badges").WithSummary("Llaves públicas del emisor, incluidas las retiradas (JWKS).");
        app.MapGet("/insignias/emisor", IssuerProfile).WithTags("Insignias / Badges").WithSummary("Perfil del emisor (Open Badges 3.0 Profile).");
        app.MapGet("/insignias/estado/1", StatusList).WithTags("Insignias / Badges").WithSummary("Lista de revocación firmada (BitstringStatusListCredential, VC-JWT).");

        var api = app.MapGroup("/api").WithTags("Insignias / Badges");
        api.MapGet("/learners/{id:guid}/badges", LearnerBadges).WithName("ListLearnerBadges").WithSummary("Insignias de un aprendiz.");
        api.MapGet("/badges/{awardId:guid}/credential", Credential).WithName("GetBadgeCredential")
            .WithSummary("La credencial firmada (VC-JWT compacto, application/vc+jwt).");
        api.MapGet("/badges/{awardId:guid}/credential.json", CredentialJson).WithName("GetBadgeCredentialJson")
            .WithSummary("La credencial decodificada (JSON, sin la firma).");
        api.MapPost("/badges/{awardId:guid}/revocation", Revoke).WithName("RevokeBadge")
            .WithSummary("Revoca una insignia con un motivo (10 a 1,000 caracteres); repetirla no cambia nada.");
    }

    private static async Task<ContentHttpResult> Jwks(HttpContext http, SigningKeyStore keys, CancellationToken ct)
    {
        var set = await keys.KeySetAsync(ct);
        if (set.Keys.Count == 0)
        {
            // Publish the key before the first badge needs it, so the set is never empty for long.
            using var created = await keys.ActiveAsync(ct);
            set = await keys.KeySetAsync(ct);
        }

        Public(http, maxAgeSeconds: 300);
        return TypedResults.Text(set.ToJson(), JwkSet, Encoding.UTF8);
    }

    private static ContentHttpResult IssuerProfile(HttpContext http, IssueBadges issuing)
    {
        var profile = OpenBadgeCredentialBuilder.Profile(issuing.Issuer());
        var document = new JsonObject { ["@context"] = new JsonArray(OpenBadgeCredentialBuilder.VcContext, OpenBadgeCredentialBuilder.Ob3Context) };
        foreach (var (name, value) in profile)
        {
            document[name] = value?.DeepClone();
        }

        Public(http, maxAgeSeconds: 3600);
        return TypedResults.Text(document.ToJsonString(), "application/json", Encoding.UTF8);
    }

    private static async Task<ContentHttpResult> StatusList(HttpContext http, StatusListPublisher publisher, CancellationToken ct)
    {
        var jwt = await publisher.SignedAsync(ct);
        Public(http, maxAgeSeconds: 60);
        return TypedResults.Text(jwt, VcJwt, Encoding.ASCII);
    }

    // Operators read anyone's badges (audited); a learner only their own. Anyone else gets 404, as
    // if the person did not exist.
    private static async Task<Results<Ok<IReadOnlyList<LearnerBadge>>, ProblemHttpResult>> LearnerBadges(
        Guid id, ListLearnerBadges list, SemilleroDb db, AuditLog audit, ClaimsPrincipal user, HttpContext http, CancellationToken ct)
    {
        var actor = user.Actor();
        if (!(actor.Role == Roles.Operador || actor.IsSelf(id)) || !await db.Learners.AnyAsync(l => l.Id == id, ct))
        {
            return NotFound();
        }

        http.Response.Headers.CacheControl = "no-store";
        var badges = await list.RunAsync(id, ct);
        await audit.RecordAsync(actor, [id], "consulta", "GET /api/learners/{id}/badges: insignias", http.Request.Headers["X-Finalidad"].ToString(), ct);
        return TypedResults.Ok(badges);
    }

    // Public: the credential is about a random subject id and carries no personal data; whoever has
    // the verification link may download what it verifies.
    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Credential(Guid awardId, SemilleroDb db, HttpContext http, CancellationToken ct)
    {
        var jwt = await db.BadgeAwards.AsNoTracking().Where(a => a.Id == awardId).Select(a => a.Credential).SingleOrDefaultAsync(ct);
        if (jwt is null)
        {
            return NotFound();
        }

        Public(http, maxAgeSeconds: 300);
        return TypedResults.Text(jwt, VcJwt, Encoding.ASCII);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> CredentialJson(Guid awardId, SemilleroDb db, HttpContext http, CancellationToken ct)
    {
        var jwt = await db.BadgeAwards.AsNoTracking().Where(a => a.Id == awardId).Select(a => a.Credential).SingleOrDefaultAsync(ct);
        if (jwt is null || CredentialJsonText.Decode(jwt) is not { } json)
        {
            return NotFound();
        }

        Public(http, maxAgeSeconds: 300);
        return TypedResults.Text(json, "application/json", Encoding.UTF8);
    }

    private static async Task<Results<Ok<RevocationResponse>, ValidationProblem, ProblemHttpResult>> Revoke(
        Guid awardId, RevocationRequest? request, RevokeBadge revoke, ClaimsPrincipal user, CancellationToken ct)
    {
        return await revoke.RunAsync(awardId, request?.Reason, user.Actor(), ct) switch
        {
            RevokeBadgeOutcome.Revoked r => TypedResults.Ok(Response(r.Revocation, already: false)),
            RevokeBadgeOutcome.AlreadyRevoked a => TypedResults.Ok(Response(a.Revocation, already: true)),
            RevokeBadgeOutcome.Invalid i => Problems.Validation([new FieldError("reason", new IdRejection(IdRejectionCodes.Length, i.Es, i.En))]),
            RevokeBadgeOutcome.NotFound => NotFound(),
            var other => throw new InvalidOperationException($"Unexpected outcome {other.GetType().Name}."),
        };
    }

    private static RevocationResponse Response(RevocationView v, bool already) => new(v.AwardId, v.RevokedAt, v.RevokedBy, v.Reason, already);

    private static void Public(HttpContext http, int maxAgeSeconds)
    {
        http.Response.Headers.CacheControl = $"public, max-age={maxAgeSeconds}";
        http.Response.Headers.AccessControlAllowOrigin = "*";
    }

    private static ProblemHttpResult NotFound() =>
        Problems.Status(StatusCodes.Status404NotFound, "No encontrado", "Not found");
}

// The payload of a stored VC-JWT, pretty-printed for people who want to read what they carry.
public static class CredentialJsonText
{
    public static string? Decode(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            var bytes = System.Buffers.Text.Base64Url.DecodeFromChars(parts[1]);
            return JsonNode.Parse(bytes)?.ToJsonString(new System.Text.Json.JsonSerializerOptions
            {
                WriteIndented = true,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            });
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
