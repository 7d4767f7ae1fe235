using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Semillero.Diagnostics;
using Semillero.Disclosure;
using Semillero.Validation;
using Semillero.Web.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.Diagnostics;

// The diagnostic through the API (docs/diagnostic.md): a company's own key runs its
// self-assessment; a chamber's or state government's key runs one with a company. Someone else's
// assessment is 404. Operators publish question bank versions; analysts and operators read the
// program's figures, small cells withheld.
public static partial class DiagnosticEndpoints
{
    public sealed record AnswersRequest(Dictionary<string, int?>? Answers);

    public sealed record InviteRequest(string? Email);

    public sealed record VersionRequest(string? Bank, string? Reason);

    public sealed record TrainingRequest(string? Emails, string? Path, Guid? CohortId, Guid? AssessmentId);

    public sealed record DimensionView(string Id, string Name, int? Score, int? LowestRespondent, int? HighestRespondent);

    public sealed record RespondentItem(Guid Id, bool Lead, string? Email, DateTime InvitedAt, DateTime? LastAnsweredAt, bool Revoked, int Answered);

    // Sequence: 0 for T0, 1 for T1…; null until submitted. Mode: autodiagnostico or acompanado.
    public sealed record AssessmentSummary(Guid Id, Guid CompanyId, int BankVersion, string Mode, Guid? OrganizationId, string? OrganizationName,
        DateTime StartedAt, DateTime? SubmittedAt, int? Sequence, int? OverallScore, int? Level, bool AdvancedAi, int Respondents, string Url);

    public sealed record AssessmentDetail(AssessmentSummary Assessment, IReadOnlyDictionary<string, int> Answers, IReadOnlyList<RespondentItem> Respondents,
        IReadOnlyList<DimensionView> Dimensions, int? OverallScore, int? Level, IReadOnlyList<string> Unanswered);

    public sealed record PathItem(string Code, string Name, int SkillsMatched, string Url);

    public sealed record RecommendationView(string Dimension, int Score, IReadOnlyList<PathItem> Paths);

    public sealed record ChangeView(int Sequence, DateTime SubmittedAt, int OverallScore, IReadOnlyDictionary<string, int> Change);

    public sealed record ResultView(AssessmentSummary Assessment, string LevelName, string LevelDefinition, IReadOnlyList<DimensionView> Dimensions,
        IReadOnlyList<RecommendationView> Recommendations, IReadOnlyDictionary<string, decimal>? PeerMedians, ChangeView? SinceT0);

    public sealed record SubmitView(Guid Id, int Sequence, int OverallScore, int Level, bool AdvancedAi, string ResultUrl);

    // A withheld cell is null, with the reason in "suppressed" (pequena: 1–4 companies; reservada:
    // hidden so a small one cannot be worked out).
    public sealed record CellView(long? Value, string? Suppressed);

    public sealed record LevelRowView(string Key, IReadOnlyList<CellView> Levels, CellView Total, CellView Advanced);

    public sealed record ChangeGroupView(int? Companies, decimal? Overall, IReadOnlyDictionary<string, decimal>? ByDimension);

    public sealed record SummaryView(int BankVersion, decimal BaselinePercent, decimal? AdvancedSharePercent, LevelRowView National,
        IReadOnlyList<LevelRowView> ByState, IReadOnlyList<LevelRowView> BySizeBand, IReadOnlyList<LevelRowView> BySector,
        ChangeGroupView Trained, ChangeGroupView NotTrained);

    public static void MapDiagnostics(this IEndpointRouteBuilder app)
    {
        const string Tag = "Diagnóstico / Diagnostic";
        app.MapPost("/api/companies/{id:guid}/assessments", Start).WithTags(Tag).WithName("StartAssessment")
            .WithSummary("Empieza un diagnóstico: la empresa el suyo (autodiagnóstico), una cámara o gobierno estatal uno acompañado; si ya hay uno abierto lo devuelve.")
            .WithDescription("201 nuevo, 200 el abierto; 403 con el motivo (empresa no verificada, organización que no aplica diagnósticos); 404 empresa ajena o inexistente.");
        app.MapGet("/api/companies/{id:guid}/assessments", List).WithTags(Tag).WithName("ListAssessments")
            .WithSummary("Los diagnósticos de la empresa: la empresa ve todos; una organización, los que aplica.");
        app.MapGet("/api/assessments/{id:guid}", Get).WithTags(Tag).WithName("GetAssessment")
            .WithSummary("Un diagnóstico con las respuestas de quien lo dirige y el puntaje que darían las respuestas hasta ahora.");
        app.MapPut("/api/assessments/{id:guid}/answers", Answer).WithTags(Tag).WithName("SaveAssessmentAnswers")
            .WithSummary("Guarda respuestas {\"answers\": {\"pregunta\": 0–4 o null}}; se pueden cambiar hasta enviar el diagnóstico.")
            .WithDescription("200 con cuántas van; 400 con cada pregunta o puntaje no válido (no se guarda nada); 409 si ya se envió.");
        app.MapPost("/api/assessments/{id:guid}/respondents", Invite).WithTags(Tag).WithName("InviteAssessmentRespondent")
            .WithSummary("Invita por correo a un colega a responder (hasta 5); el enlace va solo en el correo.");
        app.MapDelete("/api/assessments/{id:guid}/respondents/{respondentId:guid}", Revoke).WithTags(Tag).WithName("RevokeAssessmentRespondent")
            .WithSummary("Retira una invitación: su enlace deja de abrir y sus respuestas no cuentan.");
        app.MapPost("/api/assessments/{id:guid}/submit", Submit).WithTags(Tag).WithName("SubmitAssessment")
            .WithSummary("Envía el diagnóstico: congela los puntajes; después nada cambia.")
            .WithDescription("200 con el resultado; 422 con las preguntas sin respuesta; 409 si ya se envió.");
        app.MapGet("/api/assessments/{id:guid}/result", Result).WithTags(Tag).WithName("GetAssessmentResult")
            .WithSummary("El resultado de un diagnóstico enviado: dimensiones, nivel, rutas recomendadas, comparación con pares (5 o más) y cambio desde T0.");
        app.MapPost("/api/companies/{id:guid}/training-invitations", Train).WithTags(Tag).WithName("InviteToTraining")
            .WithSummary("La empresa invita a su personal por correo a una ruta («path») o convocatoria («cohortId»).");
        app.MapGet("/api/diagnostic/summary", Figures).WithTags(Tag).WithName("DiagnosticSummary")
            .WithSummary("Cifras del programa: niveles por entidad, tamaño y sector, uso avanzado de IA frente al 3 %, cambio T0 → último; celdas de 1 a 4 empresas reservadas.");
        app.MapGet("/api/diagnostic/versions", Versions).WithTags(Tag).WithName("ListQuestionBankVersions")
            .WithSummary("Las versiones del banco de preguntas.");
        app.MapGet("/api/diagnostic/versions/{version:int}", GetVersion).WithTags(Tag).WithName("GetQuestionBankVersion")
            .WithSummary("Una versión del banco de preguntas, completa (preguntas, opciones, niveles, regla de uso avanzado).");
        app.MapPost("/api/diagnostic/versions", Publish).WithTags(Tag).WithName("PublishQuestionBankVersion")
            .WithSummary("Publica una versión nueva del banco (solo operadores): {\"bank\": \"…JSON…\", \"reason\": \"…\"}.");
    }

    private static async Task<Results<Created<AssessmentSummary>, Ok<AssessmentSummary>, ProblemHttpResult>> Start(
        Guid id, StartAssessment start, ReadAssessments read, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        var actor = user.Actor();
        switch (await start.RunAsync(id, actor, ct))
        {
            case StartAssessmentOutcome.Started s:
                var view = Summary((await read.FindAsync(s.AssessmentId, actor, ct))!.Summary);
                if (!s.Created)
                {
                    return TypedResults.Ok(view);
                }

                var logger = logs.CreateLogger(LogCategory);
                Log.Started(logger, s.AssessmentId, id);
                return TypedResults.Created(view.Url, view);
            case StartAssessmentOutcome.NotAllowed n:
                return Refused(StatusCodes.Status403Forbidden, n.Reason);
            default:
                return NotFound();
        }
    }

    private static async Task<Ok<IReadOnlyList<AssessmentSummary>>> List(Guid id, ReadAssessments read, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<AssessmentSummary>>((await read.ListAsync(id, user.Actor(), ct)).Select(Summary).ToList());

    private static async Task<Results<Ok<AssessmentDetail>, ProblemHttpResult>> Get(Guid id, ReadAssessments read, ClaimsPrincipal user, CancellationToken ct)
    {
        var view = await read.FindAsync(id, user.Actor(), ct);
        return view is null ? NotFound() : TypedResults.Ok(Detail(view));
    }

    private static async Task<Results<Ok<AssessmentDetail>, ValidationProblem, ProblemHttpResult>> Answer(
        Guid id, AnswersRequest request, SaveAnswers save, ReadAssessments read, ClaimsPrincipal user, CancellationToken ct)
    {
        var actor = user.Actor();
        switch (await save.AsOwnerAsync(id, request.Answers ?? [], actor, ct))
        {
            case SaveAnswersOutcome.Saved:
                return TypedResults.Ok(Detail((await read.FindAsync(id, actor, ct))!));
            case SaveAnswersOutcome.Invalid i:
                return Problems.Validation(i.Errors);
            case SaveAnswersOutcome.Closed:
                return Closed();
            default:
                return NotFound();
        }
    }

    private static async Task<Results<Created<RespondentItem>, ValidationProblem, ProblemHttpResult>> Invite(
        Guid id, InviteRequest request, InviteRespondent invite, ReadAssessments read, ClaimsPrincipal user, CancellationToken ct)
    {
        var actor = user.Actor();
        switch (await invite.RunAsync(id, request.Email, actor, ct))
        {
            case InviteRespondentOutcome.Invited i:
                var person = (await read.FindAsync(id, actor, ct))!.Respondents.First(r => r.Id == i.RespondentId);
                return TypedResults.Created($"/api/assessments/{id}/respondents/{i.RespondentId}", Respondent(person));
            case InviteRespondentOutcome.Invalid n:
                return Problems.Validation([new FieldError("email", n.Reason)]);
            case InviteRespondentOutcome.Closed:
                return Closed();
            default:
                return NotFound();
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(Guid id, Guid respondentId, InviteRespondent invite, ClaimsPrincipal user, CancellationToken ct) =>
        await invite.RevokeAsync(id, respondentId, user.Actor(), ct) switch
        {
            InviteRespondentOutcome.Invited => TypedResults.NoContent(),
            InviteRespondentOutcome.Closed => Closed(),
            _ => NotFound(),
        };

    private static async Task<Results<Ok<SubmitView>, ProblemHttpResult>> Submit(Guid id, SubmitAssessment submit, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        switch (await submit.RunAsync(id, user.Actor(), ct))
        {
            case SubmitAssessmentOutcome.Submitted s:
                var logger = logs.CreateLogger(LogCategory);
                var level = s.Result.Level!.Value;
                Log.Submitted(logger, id, s.Sequence, level);
                return TypedResults.Ok(new SubmitView(id, s.Sequence, s.Result.Overall!.Value, level, s.Result.AdvancedAi, $"/api/assessments/{id}/result"));
            case SubmitAssessmentOutcome.Incomplete i:
                return Problems.Status(StatusCodes.Status422UnprocessableEntity, "Faltan respuestas", "Answers are missing",
                    $"Nadie ha respondido {i.Unanswered.Count} pregunta(s) todavía: {string.Join(", ", i.Unanswered)}.",
                    $"Nobody has answered {i.Unanswered.Count} question(s) yet: {string.Join(", ", i.Unanswered)}.",
                    new Dictionary<string, object?> { ["unanswered"] = i.Unanswered });
            case SubmitAssessmentOutcome.AlreadySubmitted:
                return Closed();
            default:
                return NotFound();
        }
    }

    private static async Task<Results<Ok<ResultView>, ProblemHttpResult>> Result(Guid id, ReadAssessments read, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await read.ResultAsync(id, user.Actor(), ct);
        if (result is null)
        {
            return NotFound();
        }

        var english = Problems.Pick("es", "en") == "en";
        var bank = result.View.Bank;
        var level = bank.Level(result.Result.Level!.Value);
        return TypedResults.Ok(new ResultView(
            Summary(result.View.Summary),
            level.Name(english),
            level.Definition(english),
            Dimensions(bank, result.Result, english),
            result.Recommendations.Select(r => new RecommendationView(r.DimensionId, r.Score,
                r.Paths.Select(p => new PathItem(p.Code, p.Name(english), p.SkillsMatched, $"/catalogo/{p.Code}")).ToList())).ToList(),
            result.Peers.Shown ? result.Peers.MedianByDimension : null,
            result.T0 is { } t0
                ? new ChangeView(t0.Sequence, t0.SubmittedAt, t0.Overall, result.Result.Dimensions.ToDictionary(d => d.DimensionId, d => d.Score!.Value - t0.Scores[d.DimensionId], StringComparer.Ordinal))
                : null));
    }

    private static async Task<Results<Ok<InviteToTrainingOutcome.Invited>, ValidationProblem, ProblemHttpResult>> Train(
        Guid id, TrainingRequest request, InviteToTraining invite, ClaimsPrincipal user, CancellationToken ct) =>
        await invite.RunAsync(id, new TrainingInvitationInput(request.AssessmentId, request.Emails, request.Path, request.CohortId), user.Actor(), ct) switch
        {
            InviteToTrainingOutcome.Invited i => TypedResults.Ok(i),
            InviteToTrainingOutcome.Invalid n => Problems.Validation(n.Errors),
            _ => NotFound(),
        };

    private static async Task<Ok<SummaryView>> Figures(int? version, ReadDiagnosticFigures figures, CancellationToken ct)
    {
        var f = await figures.RunAsync(version, ct);
        return TypedResults.Ok(new SummaryView(f.Bank.Version, DiagnosticFigures.BaselinePercent, f.AdvancedSharePercent, Row(f.National),
            f.ByState.Select(Row).ToList(), f.BySizeBand.Select(Row).ToList(), f.BySector.Select(Row).ToList(), Change(f.Trained), Change(f.NotTrained)));
    }

    private static async Task<Ok<IReadOnlyList<BankVersionView>>> Versions(BankVersions banks, CancellationToken ct) =>
        TypedResults.Ok(await banks.ListAsync(ct));

    private static async Task<Results<Ok<QuestionBank>, ProblemHttpResult>> GetVersion(int version, BankVersions banks, CancellationToken ct) =>
        await banks.FindAsync(version, ct) is { } bank ? TypedResults.Ok(bank) : NotFound();

    private static async Task<Results<Created<BankVersionView>, ProblemHttpResult>> Publish(VersionRequest request, PublishBankVersion publish, BankVersions banks,
        ClaimsPrincipal user, CancellationToken ct)
    {
        switch (await publish.RunAsync(request.Bank, request.Reason, user.Actor(), ct))
        {
            case PublishBankVersionOutcome.Published p:
                var view = (await banks.ListAsync(ct)).First(v => v.Version == p.Version);
                return TypedResults.Created($"/api/diagnostic/versions/{p.Version}", view);
            case PublishBankVersionOutcome.Invalid i:
                return Problems.Status(StatusCodes.Status400BadRequest, "El banco no se publicó", "The bank was not published",
                    string.Join(" ", i.Errors), string.Join(" ", i.Errors), new Dictionary<string, object?> { ["errors"] = i.Errors });
            default:
                return NotFound();
        }
    }

    internal static AssessmentSummary Summary(AssessmentListItem a) => new(a.Id, a.CompanyId, a.BankVersion, Wire(a.Mode), a.OrganizationId, a.OrganizationName,
        a.StartedAt, a.SubmittedAt, a.Sequence, a.OverallScore, a.Level, a.AdvancedAi, a.Respondents, $"/api/assessments/{a.Id}");

    internal static string Wire(AssessmentMode mode) => mode == AssessmentMode.Acompanado ? "acompanado" : "autodiagnostico";

    private static RespondentItem Respondent(RespondentView r) => new(r.Id, r.Lead, r.Email, r.InvitedAt, r.LastAnsweredAt, r.Revoked, r.Answered);

    private static AssessmentDetail Detail(AssessmentView view)
    {
        var english = Problems.Pick("es", "en") == "en";
        return new AssessmentDetail(Summary(view.Summary), view.LeadAnswers, view.Respondents.Select(Respondent).ToList(),
            Dimensions(view.Bank, view.Live, english), view.Live.Overall, view.Live.Level, view.Live.Unanswered);
    }

    private static List<DimensionView> Dimensions(QuestionBank bank, MaturityResult result, bool english) =>
        result.Dimensions.Select(d => new DimensionView(d.DimensionId, bank.FindDimension(d.DimensionId)!.Name(english), d.Score, d.LowestRespondent, d.HighestRespondent)).ToList();

    private static CellView Cell(CompanyCell c) => new(c.Shown, c.Suppression switch
    {
        Suppression.Small => "pequena",
        Suppression.Withheld => "reservada",
        _ => null,
    });

    private static LevelRowView Row(LevelRow r) => new(r.Key, r.Levels.Select(Cell).ToList(), Cell(r.Total), Cell(r.Advanced));

    private static ChangeGroupView Change(ChangeGroup g) => g.Shown ? new(g.Companies, g.Overall, g.ByDimension) : new(null, null, null);

    private static ProblemHttpResult Refused(int status, IdRejection reason) =>
        Problems.Status(status, "No permitido", "Not allowed", reason.Es, reason.En, new Dictionary<string, object?> { ["code"] = reason.Code });

    private static ProblemHttpResult Closed() => Problems.Status(StatusCodes.Status409Conflict, "El diagnóstico ya se envió", "The diagnostic was already submitted",
        "Un diagnóstico enviado no cambia; empiece uno nuevo para volver a medir.", "A submitted diagnostic does not change; start a new one to measure again.");

    private static ProblemHttpResult NotFound() => Problems.Status(StatusCodes.Status404NotFound, "No encontrado", "Not found");

    private const string LogCategory = "Semillero.Diagnostics";

    // Ids and counts only: never a name or an address.
    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Assessment {AssessmentId} started for company {CompanyId}")]
        public static partial void Started(ILogger logger, Guid assessmentId, Guid companyId);

        [LoggerMessage(Level = LogLevel.Information, Message = "Assessment {AssessmentId} submitted as T{Sequence} at level {Level}")]
        public static partial void Submitted(ILogger logger, Guid assessmentId, int sequence, int level);
    }
}
