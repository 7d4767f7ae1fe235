using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Semillero.Access;
using Semillero.Cohorts;
using Semillero.Geography;
using Semillero.Learners;
using Semillero.Validation;
using Semillero.Web.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.Cohorts;

// Cohorts through the API (docs/cohorts.md). Organisations (their members or keys) open and change
// their own cohorts and enrol people in them; another organisation's cohort is 404. Operators
// review them. The search and an approved cohort are public. Enrolments carry their Registration,
// which a provider may send as xAPI context.registration.
public static partial class CohortEndpoints
{
    public sealed record CohortRequest(
        string? Name,
        string? Description,
        IReadOnlyList<string>? Paths,
        string? Modality,
        IReadOnlyList<string>? States,
        DateOnly? StartsOn,
        DateOnly? EndsOn,
        DateOnly? EnrolmentOpensOn,
        DateOnly? EnrolmentClosesOn,
        int? Capacity,
        IReadOnlyList<string>? Segments,
        int? MinAge,
        int? MaxAge,
        string? EnrolmentMode,
        Guid? OrganizationId)
    {
        public CohortInput ToInput() => new(Name, Description, Paths, Modality, States, StartsOn, EndsOn, EnrolmentOpensOn, EnrolmentClosesOn,
            Capacity, Segments, MinAge, MaxAge, EnrolmentMode);
    }

    public sealed record CapacityRequest(int? Capacity);

    public sealed record RejectRequest(string? Reason);

    public sealed record EnrolRequest(string? Curp);

    public sealed record CodeName(string Code, string Name);

    public sealed record PathView(string Code, string NameEs, string NameEn, string Url);

    public sealed record CohortView(
        Guid Id,
        string Name,
        string? Description,
        Guid OrganizationId,
        string OrganizationName,
        string Modality,
        DateOnly StartsOn,
        DateOnly EndsOn,
        DateOnly EnrolmentOpensOn,
        DateOnly EnrolmentClosesOn,
        int Capacity,
        int Enrolled,
        int SeatsLeft,
        int Waiting,
        string EnrolmentMode,
        IReadOnlyList<string> Segments,
        int? MinAge,
        int? MaxAge,
        IReadOnlyList<CodeName> States,
        IReadOnlyList<PathView> Paths,
        string Status,
        string? RejectedReason,
        string Url);

    public sealed record SearchResult(IReadOnlyList<CohortView> Items, int Total, int Page, int PageSize);

    // Registration: the enrolment's public id, for xAPI context.registration. Position: place on the
    // waitlist (1 is next), only while en_espera.
    public sealed record EnrolmentResponse(Guid Registration, Guid CohortId, string Status, int? Position, DateTime CreatedAt, DateTime? SeatedAt, DateTime? WithdrawnAt);

    public sealed record ImportRowView(int Row, string? Curp, string Status, int? Position, Guid? Registration, string? Code, string? Es, string? En);

    public sealed record ImportView(int Rows, int Enrolled, int Waiting, int Rejected, IReadOnlyList<ImportRowView> Results);

    public static void MapCohorts(this IEndpointRouteBuilder app)
    {
        const string Tag = "Convocatorias / Cohorts";
        app.MapGet("/api/cohorts", Search).WithTags(Tag).WithName("SearchCohorts")
            .WithSummary("Convocatorias aprobadas con inscripciones abiertas hoy; filtros ruta, entidad, modalidad, desde, hasta; paginado.");
        app.MapGet("/api/cohorts/{id:guid}", Get).WithTags(Tag).WithName("GetCohort")
            .WithSummary("Una convocatoria: aprobada, pública; de otro estado, solo su organización y los operadores.");
        app.MapPost("/api/cohorts", Create).WithTags(Tag).WithName("CreateCohort")
            .WithSummary("Abre una convocatoria de su organización (verificada; proveedor, academia, cámara o gobierno); queda pendiente de revisión.");
        app.MapPut("/api/cohorts/{id:guid}", Update).WithTags(Tag).WithName("UpdateCohort")
            .WithSummary("Cambia una convocatoria pendiente o rechazada de su organización (vuelve a revisión); aprobada: 409.");
        app.MapPut("/api/cohorts/{id:guid}/capacity", Capacity).WithTags(Tag).WithName("IncreaseCohortCapacity")
            .WithSummary("Aumenta el cupo (nunca lo reduce); la lista de espera ocupa los lugares nuevos por orden de llegada.");
        app.MapPost("/api/cohorts/{id:guid}/approve", Approve).WithTags(Tag).WithName("ApproveCohort")
            .WithSummary("Aprueba la convocatoria (solo operadores): se vuelve pública.");
        app.MapPost("/api/cohorts/{id:guid}/reject", Reject).WithTags(Tag).WithName("RejectCohort")
            .WithSummary("No aprueba la convocatoria, con un motivo que la organización ve (solo operadores).");
        app.MapPost("/api/cohorts/{id:guid}/enrolments", Enrol).WithTags(Tag).WithName("EnrolInCohort")
            .WithSummary("Inscribe a una persona por CURP: registrada por su organización o que ya se inscribió sola en una de sus convocatorias.")
            .WithDescription("201 inscrita o en_espera (con «position»); 200 si ya tenía inscripción activa; 422 con el motivo si no es elegible; 404 CURP desconocida o convocatoria ajena; 403 persona que su organización no puede inscribir.");
        app.MapPost("/api/cohorts/{id:guid}/enrolments/import", Import).WithTags(Tag).WithName("ImportCohortEnrolments")
            .WithSummary("Inscribe una lista de CURP (text/csv con columna «curp», o multipart campo «file»); reporte por fila.")
            .DisableAntiforgery();
        app.MapDelete("/api/cohorts/{id:guid}/enrolments/{registration:guid}", Withdraw).WithTags(Tag).WithName("WithdrawCohortEnrolment")
            .WithSummary("Da de baja una inscripción (la persona, la organización de la convocatoria o un operador); el primer lugar de la lista de espera ocupa el lugar.");
    }

    // An operator acts on any organisation's cohorts; anyone else only for the organisation their
    // account or key acts for (none: nothing is theirs).
    internal static (bool Any, Guid? Scope) ScopeOf(Actor actor) =>
        actor.Role == Roles.Operador ? (true, null) : (actor.OrganizationId is { } org, actor.OrganizationId);

    private static async Task<Ok<SearchResult>> Search(string? ruta, string? entidad, string? modalidad, DateOnly? desde, DateOnly? hasta, int? pagina, int? tamano,
        ReadCohorts read, CancellationToken ct)
    {
        var page = await read.SearchAsync(new CohortSearch(ruta, Entidades.Find(entidad)?.Clave ?? (string.IsNullOrWhiteSpace(entidad) ? null : "--"),
            CohortRules.ParseModality(modalidad), desde, hasta, pagina ?? 1, tamano ?? 20), ct);
        return TypedResults.Ok(new SearchResult(page.Items.Select(View).ToList(), page.Total, page.Page, page.PageSize));
    }

    private static async Task<Results<Ok<CohortView>, ProblemHttpResult>> Get(Guid id, ReadCohorts read, ClaimsPrincipal user, CancellationToken ct)
    {
        var cohort = await read.FindAsync(id, ct);
        if (cohort is null)
        {
            return NotFound();
        }

        var (any, scope) = ScopeOf(user.Actor());
        var visible = cohort.Status == CohortStatus.Aprobada || (user.Identity?.IsAuthenticated == true && (scope == cohort.OrganizationId || (any && scope is null)));
        return visible ? TypedResults.Ok(View(cohort)) : NotFound();
    }

    private static async Task<Results<Created<CohortView>, ValidationProblem, ProblemHttpResult>> Create(
        CohortRequest request, SaveCohort save, ReadCohorts read, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        var actor = user.Actor();
        var organizationId = actor.Role == Roles.Operador ? request.OrganizationId : actor.OrganizationId;
        if (organizationId is not { } org)
        {
            return NoOrganization(actor.Role == Roles.Operador);
        }

        switch (await save.CreateAsync(org, request.ToInput(), actor.Id, ct))
        {
            case SaveCohortOutcome.Saved s:
                var logger = logs.CreateLogger(LogCategory);
                Log.Opened(logger, s.Cohort.Id, org);
                return TypedResults.Created($"/api/cohorts/{s.Cohort.Id}", View((await read.FindAsync(s.Cohort.Id, ct))!));
            case SaveCohortOutcome.Invalid i:
                return Problems.Validation(i.Errors);
            case SaveCohortOutcome.Refused r:
                return Refused(StatusCodes.Status403Forbidden, r.Reason);
            default:
                return NotFound();
        }
    }

    private static async Task<Results<Ok<CohortView>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, CohortRequest request, SaveCohort save, ReadCohorts read, ClaimsPrincipal user, CancellationToken ct)
    {
        var (any, scope) = ScopeOf(user.Actor());
        if (!any)
        {
            return NotFound();
        }

        return await save.UpdateAsync(id, scope, request.ToInput(), ct) switch
        {
            SaveCohortOutcome.Saved => TypedResults.Ok(View((await read.FindAsync(id, ct))!)),
            SaveCohortOutcome.Invalid i => Problems.Validation(i.Errors),
            SaveCohortOutcome.Refused r => Refused(StatusCodes.Status409Conflict, r.Reason),
            _ => NotFound(),
        };
    }

    private static async Task<Results<Ok<CohortView>, ValidationProblem, ProblemHttpResult>> Capacity(
        Guid id, CapacityRequest request, SaveCohort save, ReadCohorts read, ClaimsPrincipal user, CancellationToken ct)
    {
        var (any, scope) = ScopeOf(user.Actor());
        if (!any)
        {
            return NotFound();
        }

        return await save.IncreaseCapacityAsync(id, scope, request.Capacity, ct) switch
        {
            SaveCohortOutcome.Saved => TypedResults.Ok(View((await read.FindAsync(id, ct))!)),
            SaveCohortOutcome.Invalid i => Problems.Validation(i.Errors),
            SaveCohortOutcome.Refused r => Refused(StatusCodes.Status409Conflict, r.Reason),
            _ => NotFound(),
        };
    }

    private static async Task<Results<Ok<CohortView>, ProblemHttpResult>> Approve(Guid id, ReviewCohort review, ReadCohorts read, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        var actor = user.Actor();
        switch (await review.ApproveAsync(id, actor, ct))
        {
            case ReviewCohortOutcome.Reviewed:
                var logger = logs.CreateLogger(LogCategory);
                Log.Reviewed(logger, id, "approved", actor.Id);
                return TypedResults.Ok(View((await read.FindAsync(id, ct))!));
            case ReviewCohortOutcome.Refused r:
                return Refused(StatusCodes.Status409Conflict, r.Reason);
            default:
                return NotFound();
        }
    }

    private static async Task<Results<Ok<CohortView>, ValidationProblem, ProblemHttpResult>> Reject(
        Guid id, RejectRequest request, ReviewCohort review, ReadCohorts read, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        var actor = user.Actor();
        switch (await review.RejectAsync(id, request.Reason, actor, ct))
        {
            case ReviewCohortOutcome.Reviewed:
                var logger = logs.CreateLogger(LogCategory);
                Log.Reviewed(logger, id, "rejected", actor.Id);
                return TypedResults.Ok(View((await read.FindAsync(id, ct))!));
            case ReviewCohortOutcome.Invalid i:
                return Problems.Validation([new FieldError(CohortRules.Fields.Reason, i.Reason)]);
            case ReviewCohortOutcome.Refused r:
                return Refused(StatusCodes.Status409Conflict, r.Reason);
            default:
                return NotFound();
        }
    }

    private static async Task<Results<Created<EnrolmentResponse>, Ok<EnrolmentResponse>, ProblemHttpResult>> Enrol(
        Guid id, EnrolRequest request, EnrolInCohort enrol, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        var actor = user.Actor();
        var (any, scope) = ScopeOf(actor);
        if (!any)
        {
            return NotFound();
        }

        switch (await enrol.ByCurpAsync(id, request.Curp, actor, scope, ct))
        {
            case EnrolOutcome.Enrolled { Created: true } e:
                var enrolLogger = logs.CreateLogger(LogCategory);
                var status = CohortRules.Wire(e.Enrolment.Status);
                Log.Enrolled(enrolLogger, id, e.Enrolment.Id, status);
                return TypedResults.Created($"/api/cohorts/{id}/enrolments/{e.Enrolment.Registration}", View(e.Enrolment));
            case EnrolOutcome.Enrolled e:
                return TypedResults.Ok(View(e.Enrolment));
            case EnrolOutcome.NotEligible n:
                return Refused(StatusCodes.Status422UnprocessableEntity, n.Reason);
            case EnrolOutcome.UnknownPerson { Reason.Code: CohortRules.Codes.InvalidCurp } u:
                return Refused(StatusCodes.Status400BadRequest, u.Reason);
            case EnrolOutcome.UnknownPerson u:
                return Refused(StatusCodes.Status404NotFound, u.Reason);
            case EnrolOutcome.NotAllowed a:
                return Refused(StatusCodes.Status403Forbidden, a.Reason);
            default:
                return NotFound();
        }
    }

    private const long MaxImportBytes = 2 * 1024 * 1024;

    private static async Task<Results<Ok<ImportView>, ProblemHttpResult>> Import(
        Guid id, HttpRequest http, ImportEnrolments import, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        var actor = user.Actor();
        var (any, scope) = ScopeOf(actor);
        if (!any)
        {
            return NotFound();
        }

        await using var buffer = new MemoryStream();
        if (http.HasFormContentType)
        {
            var form = await http.ReadFormAsync(ct);
            if (form.Files.GetFile("file") is { Length: > 0 and <= MaxImportBytes } file)
            {
                await using var upload = file.OpenReadStream();
                await upload.CopyToAsync(buffer, ct);
            }
        }
        else
        {
            await http.Body.CopyToAsync(buffer, ct);
        }

        if (buffer.Length is 0 or > MaxImportBytes)
        {
            return Problems.Status(StatusCodes.Status400BadRequest, "Falta el archivo", "The file is missing",
                "Envíe el CSV (hasta 2 MB) como cuerpo text/csv o como multipart/form-data en el campo «file».",
                "Send the CSV (up to 2 MB) as a text/csv body or as multipart/form-data in the «file» field.");
        }

        buffer.Position = 0;
        var outcome = await import.RunAsync(id, buffer, actor, scope, ct);
        if (outcome is ImportEnrolmentsOutcome.Completed c)
        {
            var logger = logs.CreateLogger(LogCategory);
            Log.Imported(logger, id, c.Summary.Rows, c.Summary.Enrolled, c.Summary.Waiting, c.Summary.Rejected);
        }

        return ImportResult(outcome);
    }

    internal static Results<Ok<ImportView>, ProblemHttpResult> ImportResult(ImportEnrolmentsOutcome outcome) => outcome switch
    {
        ImportEnrolmentsOutcome.Completed c => TypedResults.Ok(new ImportView(c.Summary.Rows, c.Summary.Enrolled, c.Summary.Waiting, c.Summary.Rejected,
            c.Summary.Results.Select(r => new ImportRowView(r.Row, r.Curp, ImportEnrolments.StatusName(r.Status), r.Position, r.Registration, r.Code, r.ReasonEs, r.ReasonEn)).ToList())),
        ImportEnrolmentsOutcome.Unreadable u => Problems.Status(StatusCodes.Status400BadRequest,
            "No se inscribió a nadie: el archivo no se pudo leer", "Nobody was enrolled: the file could not be read", u.Es, u.En),
        ImportEnrolmentsOutcome.MissingColumns m => Problems.Status(StatusCodes.Status400BadRequest,
            "No se inscribió a nadie: falta la columna curp", "Nobody was enrolled: the curp column is missing",
            $"Faltan: {string.Join(", ", m.Missing)}.", $"Missing: {string.Join(", ", m.Missing)}.",
            new Dictionary<string, object?> { ["missing"] = m.Missing, ["found"] = m.Found }),
        ImportEnrolmentsOutcome.TooManyRows t => Problems.Status(StatusCodes.Status400BadRequest,
            "No se inscribió a nadie: el archivo es muy grande", "Nobody was enrolled: the file is too large",
            $"Envíe a lo más {t.Max} filas por archivo.", $"Send at most {t.Max} rows per file."),
        _ => NotFound(),
    };

    private static async Task<Results<Ok<EnrolmentResponse>, ProblemHttpResult>> Withdraw(
        Guid id, Guid registration, WithdrawEnrolment withdraw, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        var actor = user.Actor();
        switch (await withdraw.RunAsync(id, registration, actor, ScopeOf(actor).Scope, ct))
        {
            case WithdrawOutcome.Withdrawn w:
                var logger = logs.CreateLogger(LogCategory);
                Log.Withdrawn(logger, id, w.Enrolment.Id, w.Promoted);
                return TypedResults.Ok(View(w.Enrolment));
            case WithdrawOutcome.AlreadyWithdrawn a:
                return TypedResults.Ok(View(a.Enrolment));
            default:
                return NotFound();
        }
    }

    public static CohortView View(CohortDetail c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Id, c.Name, c.Description, c.OrganizationId, c.OrganizationName, CohortRules.Wire(c.Modality), c.StartsOn, c.EndsOn,
            c.EnrolmentOpensOn, c.EnrolmentClosesOn, c.Capacity, c.Enrolled, c.SeatsLeft, c.Waiting, CohortRules.Wire(c.EnrolmentMode),
            c.Segments.Select(SegmentNames.ToWire).ToList(), c.MinAge, c.MaxAge,
            c.States.Select(s => new CodeName(s, Entidades.NameOf(s, english: false))).ToList(),
            c.Paths.Select(p => new PathView(p.Code, p.NameEs, p.NameEn, $"/catalogo/{p.Code}")).ToList(),
            CohortRules.Wire(c.Status), c.RejectedReason, $"/convocatorias/{c.Id}");
    }

    public static EnrolmentResponse View(EnrolmentView e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Registration, e.CohortId, CohortRules.Wire(e.Status), e.Position, e.CreatedAt, e.SeatedAt, e.WithdrawnAt);
    }

    private static ProblemHttpResult Refused(int status, IdRejection reason) => Problems.Status(status,
        status switch
        {
            StatusCodes.Status403Forbidden => "No permitido",
            StatusCodes.Status404NotFound => "No encontrado",
            StatusCodes.Status409Conflict => "Ya no se puede cambiar así",
            StatusCodes.Status422UnprocessableEntity => "La persona no puede inscribirse",
            _ => "Datos no válidos",
        },
        status switch
        {
            StatusCodes.Status403Forbidden => "Not allowed",
            StatusCodes.Status404NotFound => "Not found",
            StatusCodes.Status409Conflict => "It can no longer be changed this way",
            StatusCodes.Status422UnprocessableEntity => "The person cannot enrol",
            _ => "Invalid data",
        },
        reason.Es, reason.En, new Dictionary<string, object?> { ["code"] = reason.Code });

    private static ProblemHttpResult NoOrganization(bool isOperator) => isOperator
        ? Problems.Status(StatusCodes.Status400BadRequest, "Falta la organización", "The organisation is missing",
            "Un operador indica «organizationId» de la organización que abre la convocatoria.", "An operator gives the «organizationId» of the organisation opening the cohort.")
        : Problems.Status(StatusCodes.Status403Forbidden, "Sin organización verificada", "No verified organisation",
            "Su cuenta o llave no actúa por una organización verificada.", "The account or key does not act for a verified organisation.");

    private static ProblemHttpResult NotFound() => Problems.Status(StatusCodes.Status404NotFound, "No encontrado", "Not found");

    private const string LogCategory = "Semillero.Cohorts";

    // Ids and counts only: never a CURP or a name.
    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Cohort {CohortId} opened for organisation {OrganizationId}")]
        public static partial void Opened(ILogger logger, Guid cohortId, Guid organizationId);

        [LoggerMessage(Level = LogLevel.Information, Message = "Cohort {CohortId} {Decision} by {ActorId}")]
        public static partial void Reviewed(ILogger logger, Guid cohortId, string decision, string actorId);

        [LoggerMessage(Level = LogLevel.Information, Message = "Cohort {CohortId}: enrolment {EnrolmentId} created as {Status}")]
        public static partial void Enrolled(ILogger logger, Guid cohortId, long enrolmentId, string status);

        [LoggerMessage(Level = LogLevel.Information, Message = "Cohort {CohortId}: enrolment {EnrolmentId} withdrawn, {Promoted} promoted")]
        public static partial void Withdrawn(ILogger logger, Guid cohortId, long enrolmentId, int promoted);

        [LoggerMessage(Level = LogLevel.Information, Message = "Cohort {CohortId}: import of {Rows} rows, {Enrolled} enrolled, {Waiting} waiting, {Rejected} rejected")]
        public static partial void Imported(ILogger logger, Guid cohortId, int rows, int enrolled, int waiting, int rejected);
    }
}
