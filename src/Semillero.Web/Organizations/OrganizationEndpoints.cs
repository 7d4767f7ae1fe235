using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Semillero.Geography;
using Semillero.Organizations;
using Semillero.Validation;
using Semillero.Web.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.Organizations;

// Organisations through the API: operators register, verify and reject them; anyone reads the
// verified ones; an organisation's administrators (signed in) or operators manage its keys. Another
// organisation's keys are a 404, as if they did not exist.
public static partial class OrganizationEndpoints
{
    public sealed record OrganizationRequest(
        string? Kind,
        string? Name,
        string? LegalName,
        string? Rfc,
        string? State,
        string? Website,
        string? ContactName,
        string? ContactEmail,
        string? ContactPhone,
        bool? Verified)
    {
        public OrganizationInput ToInput() => new(Kind, Name, LegalName, Rfc, State, Website, ContactName, ContactEmail, ContactPhone);
    }

    public sealed record RejectRequest(string? Reason);

    public sealed record KeyRequest(string? Name);

    public sealed record CodeName(string Code, string Name);

    public sealed record Warning(string Field, string Code, string Es, string En);

    // What anyone reads of a verified organisation.
    public sealed record PublicOrganizationView(Guid Id, string Name, CodeName Kind, CodeName? State, string? Website, DateTime VerifiedAt);

    // What operators and the organisation's own people read.
    public sealed record OrganizationView(
        Guid Id,
        string Name,
        string LegalName,
        CodeName Kind,
        string? Rfc,
        bool RfcCheckDigitMatches,
        CodeName? State,
        string? Website,
        string? ContactName,
        string? ContactEmail,
        string? ContactPhone,
        string Status,
        DateTime? VerifiedAt,
        string? RejectedReason,
        DateTime CreatedAt,
        DateTime UpdatedAt,
        IReadOnlyList<Warning> Warnings);

    public sealed record CreatedKey(string Id, string Name, string Role, Guid OrganizationId, string Token);

    public sealed record KeyView(string Id, string Name, DateTime CreatedAt, DateTime? RevokedAt);

    public static void MapOrganizations(this IEndpointRouteBuilder app)
    {
        const string Tag = "Organizaciones / Organizations";
        app.MapPost("/api/organizations", Register).WithTags(Tag).WithName("RegisterOrganization")
            .WithSummary("Registra una organización aliada por su RFC de persona moral (solo operadores); \"verified\": true la deja verificada.")
            .WithDescription("kind: proveedor, academia, aceleradora, inversion, camara o gobierno. 201 con Location (y «warnings» si el dígito verificador del RFC no cuadra); 400 con los campos y motivos; 409 si el RFC o el nombre ya están registrados (Location de la existente).");
        app.MapGet("/api/organizations", List).WithTags(Tag).WithName("ListOrganizations")
            .WithSummary("Las organizaciones verificadas (público), por nombre; ?kind= y ?state= las filtran.");
        app.MapGet("/api/organizations/{id:guid}", Get).WithTags(Tag).WithName("GetOrganization")
            .WithSummary("Una organización: todos sus datos para operadores y su propia gente; lo público de una verificada para los demás (otra es 404).");
        app.MapPost("/api/organizations/{id:guid}/verify", Verify).WithTags(Tag).WithName("VerifyOrganization")
            .WithSummary("Verifica la organización (solo operadores): aparece en el directorio y puede tener llaves.");
        app.MapPost("/api/organizations/{id:guid}/reject", Reject).WithTags(Tag).WithName("RejectOrganization")
            .WithSummary("No verifica la organización, con un motivo que ella ve (solo operadores).");
        app.MapPost("/api/organizations/{id:guid}/keys", CreateKey).WithTags(Tag).WithName("CreateOrganizationKey")
            .WithSummary("Crea una llave de aliado para la organización verificada (sus administradores con sesión iniciada, u operadores); el secreto se muestra una vez.")
            .WithDescription("201 con la llave; 400 si el nombre no sirve; 403 si quien la pide es personal, no administrador; 404 si la organización no es suya; 409 si aún no está verificada.");
        app.MapDelete("/api/organizations/{id:guid}/keys/{keyId}", RevokeKey).WithTags(Tag).WithName("RevokeOrganizationKey")
            .WithSummary("Revoca para siempre una llave de la organización (sus administradores u operadores); la de otra organización es 404.");
    }

    private static async Task<Results<Created<OrganizationView>, ValidationProblem, ProblemHttpResult>> Register(
        OrganizationRequest request, RegisterOrganization register, ClaimsPrincipal user, HttpContext http, ILoggerFactory logs, CancellationToken ct)
    {
        switch (await register.RunAsync(request.ToInput(), user.Actor().Id, request.Verified == true, ct))
        {
            case RegisterOrganizationOutcome.Registered r:
                var logger = logs.CreateLogger(LogCategory);
                Log.Registered(logger, r.Organization.Id, r.Organization.VerifiedAt is not null);
                return TypedResults.Created($"/api/organizations/{r.Organization.Id}", View(r.Organization, r.RfcWarning));
            case RegisterOrganizationOutcome.Invalid i:
                return Problems.Validation(i.Errors);
            case RegisterOrganizationOutcome.Duplicate d:
                var location = $"/api/organizations/{d.ExistingId}";
                http.Response.Headers.Location = location;
                return Problems.Status(StatusCodes.Status409Conflict,
                    "La organización ya está registrada", "The organisation is already registered",
                    d.Reason.Es, d.Reason.En,
                    new Dictionary<string, object?> { ["location"] = location, ["existingId"] = d.ExistingId, ["field"] = d.Field });
            default:
                throw new InvalidOperationException("unexpected outcome");
        }
    }

    private static async Task<Results<Ok<IReadOnlyList<PublicOrganizationView>>, ValidationProblem>> List(string? kind, string? state, ReadOrganizations read, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var parsedKind = OrganizationRules.ParseKind(kind);
        if (!string.IsNullOrWhiteSpace(kind) && parsedKind is null)
        {
            errors.Add(new("kind", new IdRejection("unknown",
                "Tipo no válido; use proveedor, academia, aceleradora, inversion, camara o gobierno.",
                "Invalid kind; use proveedor, academia, aceleradora, inversion, camara or gobierno.")));
        }

        var entidad = Entidades.Find(state);
        if (!string.IsNullOrWhiteSpace(state) && entidad is null)
        {
            errors.Add(new("state", new IdRejection("unknown", "Estado no válido; use la clave INEGI (01–32) o el nombre.", "Invalid state; use the INEGI code (01–32) or the name.")));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var items = await read.DirectoryAsync(parsedKind, entidad?.Clave, ct);
        return TypedResults.Ok<IReadOnlyList<PublicOrganizationView>>(items.Select(PublicView).ToList());
    }

    private static async Task<Results<Ok<OrganizationView>, Ok<PublicOrganizationView>, ProblemHttpResult>> Get(
        Guid id, ReadOrganizations read, OrganizationAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        var authority = user.Identity?.IsAuthenticated == true ? await access.AuthorityAsync(user.Actor(), id, ct) : OrganizationAuthority.None;
        if (authority != OrganizationAuthority.None)
        {
            return await read.FindAsync(id, ct) is { } organization ? TypedResults.Ok(View(organization, null)) : NotFound();
        }

        return await read.FindVerifiedAsync(id, ct) is { } entry ? TypedResults.Ok(PublicView(entry)) : NotFound();
    }

    private static async Task<Results<Ok<OrganizationView>, ProblemHttpResult>> Verify(Guid id, VerifyOrganization verify, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        switch (await verify.RunAsync(id, user.Actor(), ct))
        {
            case VerifyOrganizationOutcome.Verified v:
                var logger = logs.CreateLogger(LogCategory);
                var actorId = user.Actor().Id;
                Log.Verified(logger, v.Organization.Id, actorId);
                return TypedResults.Ok(View(v.Organization, null));
            case VerifyOrganizationOutcome.AlreadyVerified a:
                return TypedResults.Ok(View(a.Organization, null));
            default:
                return NotFound();
        }
    }

    private static async Task<Results<Ok<OrganizationView>, ValidationProblem, ProblemHttpResult>> Reject(
        Guid id, RejectRequest request, RejectOrganization reject, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        switch (await reject.RunAsync(id, request.Reason, user.Actor(), ct))
        {
            case RejectOrganizationOutcome.Rejected r:
                var logger = logs.CreateLogger(LogCategory);
                var actorId = user.Actor().Id;
                Log.Rejected(logger, r.Organization.Id, actorId);
                return TypedResults.Ok(View(r.Organization, null));
            case RejectOrganizationOutcome.Invalid i:
                return Problems.Validation([new FieldError("reason", i.Reason)]);
            default:
                return NotFound();
        }
    }

    private static async Task<Results<Created<CreatedKey>, ValidationProblem, ProblemHttpResult>> CreateKey(
        Guid id, KeyRequest request, ManageOrganizationKeys keys, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        switch (await keys.CreateAsync(id, request.Name, user.Actor(), ct))
        {
            case OrganizationKeyOutcome.Created c:
                var logger = logs.CreateLogger(LogCategory);
                var actorId = user.Actor().Id;
                Log.KeyCreated(logger, c.Key.Id, id, actorId);
                return TypedResults.Created($"/api/organizations/{id}/keys/{c.Key.Id}", new CreatedKey(c.Key.Id, c.Key.Name, c.Key.Role, id, c.Key.Token));
            case OrganizationKeyOutcome.Invalid i:
                return Problems.Validation([i.Error]);
            case OrganizationKeyOutcome.NotVerified:
                return Problems.Status(StatusCodes.Status409Conflict, "La organización no está verificada", "The organisation is not verified",
                    "Una organización tiene llaves cuando el equipo del programa la verifica.", "An organisation gets keys once the program team verifies it.");
            case OrganizationKeyOutcome.NotAllowed { Authority: OrganizationAuthority.Member }:
                return StaffOnly();
            default:
                return NotFound();
        }
    }

    private static async Task<Results<Ok<KeyView>, ProblemHttpResult>> RevokeKey(
        Guid id, string keyId, ManageOrganizationKeys keys, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        switch (await keys.RevokeAsync(id, keyId, user.Actor(), ct))
        {
            case OrganizationKeyOutcome.Revoked r:
                var logger = logs.CreateLogger(LogCategory);
                var actorId = user.Actor().Id;
                Log.KeyRevoked(logger, r.Key.Id, id, actorId);
                return TypedResults.Ok(new KeyView(r.Key.Id, r.Key.Name, r.Key.CreatedAt, r.Key.RevokedAt));
            case OrganizationKeyOutcome.AlreadyRevoked a:
                return TypedResults.Ok(new KeyView(a.Key.Id, a.Key.Name, a.Key.CreatedAt, a.Key.RevokedAt));
            case OrganizationKeyOutcome.NotAllowed { Authority: OrganizationAuthority.Member }:
                return StaffOnly();
            default:
                return NotFound();
        }
    }

    public static OrganizationView View(Organization o, IdRejection? rfcWarning)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(
            o.Id, o.Name, o.LegalName, Kind(o.Kind), o.Rfc, o.RfcCheckDigitMatches, State(o.StateCode), o.Website,
            o.ContactName, o.ContactEmail, o.ContactPhone,
            OrganizationRules.Wire(OrganizationRules.StatusOf(o)), o.VerifiedAt, o.RejectedReason, o.CreatedAt, o.UpdatedAt,
            rfcWarning is null ? [] : [new Warning(OrganizationRules.Fields.Rfc, rfcWarning.Code, rfcWarning.Es, rfcWarning.En)]);
    }

    public static PublicOrganizationView PublicView(DirectoryEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Id, e.Name, Kind(e.Kind), State(e.StateCode), e.Website, e.VerifiedAt);
    }

    private static CodeName Kind(OrganizationKind kind) => new(OrganizationRules.Wire(kind), OrganizationRules.KindName(kind, english: false));

    private static CodeName? State(string? code) => code is null ? null : new(code, Entidades.NameOf(code, english: false));

    private static ProblemHttpResult NotFound() => Problems.Status(StatusCodes.Status404NotFound, "No encontrado", "Not found");

    private static ProblemHttpResult StaffOnly() => Problems.Status(StatusCodes.Status403Forbidden,
        "Solo administradores de la organización", "Only the organisation's administrators",
        "El personal de la organización no maneja sus llaves; pídalo a quien la administra.", "The organisation's staff do not manage its keys; ask its administrator.");

    private const string LogCategory = "Semillero.Organizations";

    // Ids only: an organisation's name, RFC and contact are not logged.
    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Organization {OrganizationId} registered through the API (verified: {Verified})")]
        public static partial void Registered(ILogger logger, Guid organizationId, bool verified);

        [LoggerMessage(Level = LogLevel.Information, Message = "Organization {OrganizationId} verified through the API by {ActorId}")]
        public static partial void Verified(ILogger logger, Guid organizationId, string actorId);

        [LoggerMessage(Level = LogLevel.Information, Message = "Organization {OrganizationId} rejected through the API by {ActorId}")]
        public static partial void Rejected(ILogger logger, Guid organizationId, string actorId);

        [LoggerMessage(Level = LogLevel.Information, Message = "Key {KeyId} created for organization {OrganizationId} by {ActorId}")]
        public static partial void KeyCreated(ILogger logger, string keyId, Guid organizationId, string actorId);

        [LoggerMessage(Level = LogLevel.Information, Message = "Key {KeyId} of organization {OrganizationId} revoked by {ActorId}")]
        public static partial void KeyRevoked(ILogger logger, string keyId, Guid organizationId, string actorId);
    }
}
