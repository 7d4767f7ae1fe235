using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Semillero.Hiring;
using Semillero.Validation;
using Semillero.Web.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.Hiring;

// The employer's side of the hiring pipeline: invitations to pseudonymous candidates, the pipeline
// of a vacancy, stage moves and hires. Empresa keys and accounts reach their own company's only
// (another company's vacancy or application is a 404); operators reach all.
public static partial class HiringEndpoints
{
    public sealed record InvitationRequest(string? Alias, string? Message);

    public sealed record StageRequest(string? Stage, string? Note);

    public sealed record PlacementRequest(DateOnly? StartsOn, string? SalaryBand, string? ContractType);

    public sealed record InvitationView(Guid ApplicationId, Guid VacancyId, string Alias, ApplicationStage Stage, bool Created, string Page);

    public sealed record ContactView(string Name, string? Email);

    public sealed record ApplicationView(
        Guid Id,
        string Alias,
        ApplicationStage Stage,
        ApplicationOrigin Origin,
        DateTime CreatedAt,
        DateTime UpdatedAt,
        DateTime? ContactAcceptedAt,
        ContactView? Contact,
        string? StateCode,
        int Badges,
        string Page);

    public sealed record PipelineView(Guid VacancyId, string Title, string CompanyName, string Status, DateOnly ClosesOn, bool AcceptsCandidates, IReadOnlyList<ApplicationView> Applications);

    public sealed record StageChanged(Guid ApplicationId, ApplicationStage From, ApplicationStage To);

    public sealed record AttributedBadge(Guid BadgeAwardId, Guid PathId, string PathCode, string PathNameEs, string PathNameEn, DateTime IssuedAt);

    public sealed record PlacementResponse(
        Guid Id,
        Guid ApplicationId,
        Guid? VacancyId,
        Guid CompanyId,
        DateOnly StartsOn,
        SalaryBand SalaryBand,
        ContractType ContractType,
        string? StateCode,
        DateTime RecordedAt,
        IReadOnlyList<AttributedBadge> Badges);

    public static void MapHiring(this IEndpointRouteBuilder app)
    {
        var tags = "Contratación / Hiring";
        app.MapPost("/api/vacancies/{id:guid}/invitations", Invite).WithTags(tags).WithName("InviteCandidate")
            .WithSummary("Invita a un candidato seudónimo (por su alias) a postularse a la vacante.")
            .WithDescription("201 con la invitación; 200 si la persona ya tenía invitación o postulación (la existente); 400 con los campos; "
                + "404 si la vacante no es de su empresa o no hay candidato visible con ese alias (la misma respuesta si la persona no consiente ser visible); "
                + "409 si la vacante no recibe candidatos (no publicada, cerrada o empresa sin verificar).");
        app.MapGet("/api/vacancies/{id:guid}/applications", ListApplications).WithTags(tags).WithName("ListVacancyApplications")
            .WithSummary("Las candidaturas de la vacante por etapa: alias siempre; nombre y correo solo si la persona aceptó el contacto (consulta auditada).");
        app.MapPost("/api/applications/{id:guid}/stage", Move).WithTags(tags).WithName("MoveApplication")
            .WithSummary("Mueve una candidatura de etapa (en_revision, entrevista, oferta, descartada) con una nota interna opcional.")
            .WithDescription("200; 400 si la etapa no existe; 404 si no es de su empresa; 409 si el movimiento no es posible desde la etapa actual (lista los posibles). "
                + "Contratada se registra con POST /api/applications/{id}/placement.");
        app.MapPost("/api/applications/{id:guid}/placement", Hire).WithTags(tags).WithName("RecordPlacement")
            .WithSummary("Registra la contratación (desde oferta o entrevista): fecha de inicio, rango de sueldo y tipo de contrato.")
            .WithDescription("201 con la colocación y las insignias a las que se atribuye (vigentes y emitidas antes del inicio); 400 con los campos; "
                + "404 si no es de su empresa; 409 si la etapa no lo permite o la candidatura ya tiene colocación (la incluye).");
    }

    private static async Task<Results<Created<InvitationView>, Ok<InvitationView>, ValidationProblem, ProblemHttpResult>> Invite(
        Guid id, InvitationRequest request, InviteCandidate invite, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        switch (await invite.RunAsync(new InviteCandidateInput(id, request.Alias, request.Message), user.Actor(), ct))
        {
            case InviteCandidateOutcome.Invited invited:
                var view = new InvitationView(invited.ApplicationId, id, invited.Alias, invited.Stage, invited.Created, $"/empresa/postulaciones/{invited.ApplicationId}");
                if (!invited.Created)
                {
                    return TypedResults.Ok(view);
                }

                var logger = logs.CreateLogger(LogCategory);
                Log.Invited(logger, invited.ApplicationId, id);
                return TypedResults.Created($"/api/vacancies/{id}/applications", view);
            case InviteCandidateOutcome.Invalid invalid:
                return Problems.Validation(invalid.Errors);
            case InviteCandidateOutcome.CandidateNotFound:
                return Problems.Status(StatusCodes.Status404NotFound, "Candidato no encontrado", "Candidate not found",
                    "No hay un candidato visible para empleadores con ese alias.", "There is no candidate visible to employers with that alias.",
                    Reasons("alias", "not_found", "No hay un candidato visible para empleadores con ese alias.", "There is no candidate visible to employers with that alias."));
            case InviteCandidateOutcome.VacancyNotOpen:
                return NotOpen();
            default:
                return NotFound();
        }
    }

    private static async Task<Results<Ok<PipelineView>, ProblemHttpResult>> ListApplications(
        Guid id, ListVacancyApplications list, ClaimsPrincipal user, CancellationToken ct)
    {
        var pipeline = await list.RunAsync(id, user.Actor(), $"API GET /api/vacancies/{id}/applications", ct);
        if (pipeline is null)
        {
            return NotFound();
        }

        return TypedResults.Ok(new PipelineView(pipeline.VacancyId, pipeline.Title, pipeline.CompanyName, pipeline.Status.ToString().ToLowerInvariant(),
            pipeline.ClosesOn, pipeline.AcceptsCandidates,
            [.. pipeline.Items.Select(i => new ApplicationView(i.ApplicationId, i.Alias, i.Stage, i.Origin, i.CreatedAt, i.UpdatedAt, i.ContactAcceptedAt,
                i.Contact is { } c ? new ContactView(c.Name, c.Email) : null, i.StateCode, i.Badges, $"/empresa/postulaciones/{i.ApplicationId}"))]));
    }

    private static async Task<Results<Ok<StageChanged>, ValidationProblem, ProblemHttpResult>> Move(
        Guid id, StageRequest request, MoveApplication move, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        if (!HiringRules.TryParse<ApplicationStage>(request.Stage, out var stage))
        {
            return Problems.Validation([new FieldError("stage", new IdRejection(string.IsNullOrWhiteSpace(request.Stage) ? "required" : "unknown",
                "Indique la etapa: en_revision, entrevista, oferta o descartada.", "Give the stage: en_revision, entrevista, oferta or descartada."))]);
        }

        switch (await move.RunAsync(id, stage, request.Note, user.Actor(), ct))
        {
            case MoveApplicationOutcome.Moved moved:
                var logger = logs.CreateLogger(LogCategory);
                Log.Moved(logger, moved.ApplicationId, moved.From, moved.To);
                return TypedResults.Ok(new StageChanged(moved.ApplicationId, moved.From, moved.To));
            case MoveApplicationOutcome.NotAllowed refused:
                var allowed = string.Join(", ", refused.Allowed.Select(Wire));
                var hire = HiringRules.CanHireFrom(refused.From) && stage == ApplicationStage.Contratada;
                return Problems.Status(StatusCodes.Status409Conflict, "Movimiento no permitido", "Move not allowed",
                    hire ? "La contratación se registra con POST /api/applications/{id}/placement." : $"Desde {Wire(refused.From)} solo: {(allowed.Length == 0 ? "ninguno" : allowed)}.",
                    hire ? "Hires are recorded with POST /api/applications/{id}/placement." : $"From {Wire(refused.From)} only: {(allowed.Length == 0 ? "none" : allowed)}.",
                    new Dictionary<string, object?> { ["stage"] = refused.From, ["allowed"] = refused.Allowed });
            case MoveApplicationOutcome.Invalid invalid:
                return Problems.Validation(invalid.Errors);
            default:
                return NotFound();
        }
    }

    private static async Task<Results<Created<PlacementResponse>, ValidationProblem, ProblemHttpResult>> Hire(
        Guid id, PlacementRequest request, RecordPlacement record, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        switch (await record.RunAsync(id, new RecordPlacementInput(request.StartsOn, request.SalaryBand, request.ContractType), user.Actor(), ct))
        {
            case RecordPlacementOutcome.Recorded recorded:
                var logger = logs.CreateLogger(LogCategory);
                Log.Hired(logger, recorded.Placement.Id, id, recorded.Placement.Badges.Count);
                return TypedResults.Created($"/api/applications/{id}/placement", View(recorded.Placement));
            case RecordPlacementOutcome.AlreadyRecorded already:
                return Problems.Status(StatusCodes.Status409Conflict, "La candidatura ya tiene colocación", "The application already has a placement",
                    "Una colocación por candidatura: se conserva la registrada.", "One placement per application: the recorded one is kept.",
                    new Dictionary<string, object?> { ["existing"] = View(already.Placement) });
            case RecordPlacementOutcome.NotAllowed refused:
                return Problems.Status(StatusCodes.Status409Conflict, "Contratación no permitida", "Hire not allowed",
                    $"La contratación se registra desde oferta o entrevista; la candidatura está en {Wire(refused.Stage)}.",
                    $"A hire is recorded from oferta or entrevista; the application is at {Wire(refused.Stage)}.",
                    new Dictionary<string, object?> { ["stage"] = refused.Stage });
            case RecordPlacementOutcome.Invalid invalid:
                return Problems.Validation(invalid.Errors);
            default:
                return NotFound();
        }
    }

    private static PlacementResponse View(PlacementView p) => new(p.Id, p.ApplicationId, p.VacancyId, p.CompanyId, p.StartsOn, p.SalaryBand, p.ContractType, p.StateCode,
        p.RecordedAt, [.. p.Badges.Select(b => new AttributedBadge(b.BadgeAwardId, b.PathId, b.PathCode, b.PathNameEs, b.PathNameEn, b.IssuedAt))]);

    // The stage as the JSON carries it (snake_case, like every enum the API writes).
    private static string Wire(ApplicationStage stage) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(stage.ToString());

    private static Dictionary<string, object?> Reasons(string field, string code, string es, string en) =>
        new() { ["reasons"] = new[] { new { field, code, es, en } } };

    private static ProblemHttpResult NotOpen() => Problems.Status(StatusCodes.Status409Conflict, "La vacante no recibe candidatos", "The opening does not take candidates",
        "Debe estar publicada, con fecha de cierre vigente y la empresa verificada.", "It must be published, before its closing date, and the company verified.");

    private static ProblemHttpResult NotFound() => Problems.Status(StatusCodes.Status404NotFound, "No encontrado", "Not found");

    private const string LogCategory = "Semillero.Hiring";

    // Ids and counts only: never aliases, names or emails.
    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Application {ApplicationId} created by invitation to vacancy {VacancyId}")]
        public static partial void Invited(ILogger logger, Guid applicationId, Guid vacancyId);

        [LoggerMessage(Level = LogLevel.Information, Message = "Application {ApplicationId} moved from {From} to {To}")]
        public static partial void Moved(ILogger logger, Guid applicationId, ApplicationStage from, ApplicationStage to);

        [LoggerMessage(Level = LogLevel.Information, Message = "Placement {PlacementId} recorded for application {ApplicationId}, attributed to {Badges} badges")]
        public static partial void Hired(ILogger logger, Guid placementId, Guid applicationId, int badges);
    }
}
