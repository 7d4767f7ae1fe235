using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Semillero.Credits;
using Semillero.Web.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.Credits;

// Applications, reviews, conflicts of interest and decisions through the API (docs/credits.md,
// "Applying", "Review and conflicts of interest", "Decisions, the cap and the pool"). Amounts are
// integer USD cents. Someone else's application is 404, worded as an unknown id.
public static partial class CreditEndpoints
{
    public sealed record CreditApplicationRequest(string? TierKey, long? AmountCents, string? UsePlan, string? VouchingCode);

    public sealed record CreditReviewerRequest(Guid? UserId, string? Email);

    public sealed record CreditReviewRequest(Dictionary<string, int>? Scores, string? Comment);

    public sealed record CreditDecisionRequest(string? Outcome, long? AmountCents, string? Reasons);

    public sealed record CreditConflictRequest(Guid? CompanyId, Guid? ApplicationId, string? Reason);

    public sealed record CreditApplicationCreated(Guid Id, ApplicationStatus Status, string Url);

    public sealed record CreditReviewSaved(Guid ApplicationId, int Total, ApplicationStatus Status, bool ThirdReviewerDrawn);

    public sealed record CreditDecisionMade(Guid DecisionId, ApplicationStatus Status, long? GrantedCents, DateOnly? ExpiresOn);

    public sealed record CreditAssignment(Guid ReviewId, Guid ReviewerId, int Round);

    public sealed record CreditConflictDeclared(Guid CompanyId, int Removed, int Replaced);

    // One shape for every reader: what each may see is filled, the rest null.
    public sealed record CreditApplicationDetail(StartupApplicationView? Application, ProfileSummary? Profile, string? VouchingOrganization,
        IReadOnlyList<ReviewView>? Reviews, int? ReviewScore, ReviewView? MyReview);

    private static void MapCreditApplications(this IEndpointRouteBuilder app)
    {
        const string Tag = "Créditos: solicitudes / Credits: applications";
        app.MapPost("/api/companies/{id:guid}/credit-applications", SubmitCreditApplication).WithTags(Tag).WithName("SubmitCreditApplication")
            .WithSummary("La startup solicita créditos: {\"tierKey\", \"amountCents\" (centavos de dólar, entero), \"usePlan\", \"vouchingCode\"}.")
            .WithDescription("201 con el estado (aprobada o lista_de_espera en autoservicio; enviada o en_revision si se revisa); 400 con todos los motivos (elegibilidad, montos, plan, código de aval); 409 si ya hay una solicitud abierta; 404 empresa ajena.");
        app.MapGet("/api/companies/{id:guid}/credit-applications", ListCompanyCreditApplications).WithTags(Tag).WithName("ListCompanyCreditApplications")
            .WithSummary("Las solicitudes de la startup con sus decisiones, motivos y otorgamiento.");
        app.MapPost("/api/credit-applications/{id:guid}/withdraw", WithdrawCreditApplication).WithTags(Tag).WithName("WithdrawCreditApplication")
            .WithSummary("La startup retira su solicitud abierta; el código de aval queda usado.");
        app.MapGet("/api/credit-applications", ListCreditApplications).WithTags(Tag).WithName("ListCreditApplications")
            .WithSummary("Operadores: las solicitudes, con filtro ?status=enviada|en_revision|por_decidir|lista_de_espera|aprobada|rechazada|retirada.");
        app.MapGet("/api/credit-applications/{id:guid}", GetCreditApplication).WithTags(Tag).WithName("GetCreditApplication")
            .WithSummary("Una solicitud: la startup ve la suya; un revisor asignado, la solicitud y su propia revisión; operadores, todo.");
        app.MapPost("/api/credit-applications/{id:guid}/reviewers", AssignCreditReviewer).WithTags(Tag).WithName("AssignCreditReviewer")
            .WithSummary("Operadores asignan un revisor {\"userId\"}; se rechaza con el motivo si declaró un conflicto o es de la organización que avaló.");
        app.MapPut("/api/credit-applications/{id:guid}/reviews/mine", SaveMyCreditReview).WithTags(Tag).WithName("SubmitCreditReview")
            .WithSummary("El revisor asignado envía su revisión {\"scores\": {criterio: 1–5}, \"comment\"}; una vez enviada no cambia (409).");
        app.MapPost("/api/credit-applications/{id:guid}/decisions", DecideCreditApplication).WithTags(Tag).WithName("DecideCreditApplication")
            .WithSummary("Operadores deciden {\"outcome\": aprobada|rechazada|lista_de_espera, \"amountCents\", \"reasons\"}; sin presupuesto en la bolsa, la aprobación queda en lista de espera.")
            .WithDescription("200 con el estado; 400 con los motivos; 409 si el estado no admite esa decisión; 422 si excede el tope por empresa (con lo que queda).");
        app.MapPost("/api/credit-reviewers", AddCreditReviewer).WithTags(Tag).WithName("AddCreditReviewer")
            .WithSummary("Operadores agregan (o reactivan) a un revisor por {\"userId\"} o {\"email\"}.");
        app.MapPost("/api/credit-reviewers/{userId:guid}/conflicts", DeclareCreditConflict).WithTags(Tag).WithName("DeclareCreditConflict")
            .WithSummary("El revisor (o un operador por él) declara un conflicto de interés con una startup {\"companyId\" o \"applicationId\", \"reason\"}.");
    }

    private static async Task<Results<Created<CreditApplicationCreated>, ValidationProblem, ProblemHttpResult>> SubmitCreditApplication(
        Guid id, CreditApplicationRequest request, SubmitApplication submit, ClaimsPrincipal user, CancellationToken ct)
    {
        switch (await submit.RunAsync(id, new ApplicationInput(request.TierKey, request.AmountCents, request.UsePlan, request.VouchingCode), user.Actor(), ct))
        {
            case SubmitApplicationOutcome.Submitted s:
                var url = $"/api/credit-applications/{s.ApplicationId}";
                return TypedResults.Created(url, new CreditApplicationCreated(s.ApplicationId, s.Status, url));
            case SubmitApplicationOutcome.Invalid i:
                return Problems.Validation(i.Errors, f => f == "requestedCents" ? "amountCents" : f);
            case SubmitApplicationOutcome.AlreadyOpen o:
                return Problems.Status(StatusCodes.Status409Conflict, "Ya tiene una solicitud abierta", "You already have an open application",
                    "Una empresa tiene una sola solicitud abierta; retírela para presentar otra.", "A company holds one open application; withdraw it to submit another.",
                    new Dictionary<string, object?> { ["applicationId"] = o.ApplicationId });
            default:
                return ApplyNotFound();
        }
    }

    private static async Task<Results<Ok<IReadOnlyList<StartupApplicationView>>, ProblemHttpResult>> ListCompanyCreditApplications(
        Guid id, ReadCreditApplications read, ClaimsPrincipal user, CancellationToken ct) =>
        await read.ForCompanyAsync(id, user.Actor(), ct) is { } list ? TypedResults.Ok(list) : ApplyNotFound();

    private static async Task<Results<NoContent, ProblemHttpResult>> WithdrawCreditApplication(Guid id, WithdrawApplication withdraw, ClaimsPrincipal user, CancellationToken ct) =>
        await withdraw.RunAsync(id, user.Actor(), ct) switch
        {
            WithdrawApplicationOutcome.Withdrawn => TypedResults.NoContent(),
            WithdrawApplicationOutcome.Closed => Problems.Status(StatusCodes.Status409Conflict, "La solicitud ya no está abierta", "The application is no longer open",
                "Ya se decidió o se retiró.", "It was already decided or withdrawn."),
            _ => ApplyNotFound(),
        };

    // ?status= as the API writes statuses (en_revision, por_decidir…); an unknown one is a 400.
    private static async Task<Results<Ok<IReadOnlyList<ApplicationSummary>>, ProblemHttpResult>> ListCreditApplications(
        string? status, ReadCreditApplications read, ClaimsPrincipal user, CancellationToken ct)
    {
        ApplicationStatus? filter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            var match = Enum.GetValues<ApplicationStatus>().Where(s => string.Equals(System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(s.ToString()), status.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (match.Count == 0)
            {
                return Problems.Status(StatusCodes.Status400BadRequest, "Estado desconocido", "Unknown status",
                    "Use enviada, en_revision, por_decidir, lista_de_espera, aprobada, rechazada o retirada.", "Use enviada, en_revision, por_decidir, lista_de_espera, aprobada, rechazada or retirada.");
            }

            filter = match[0];
        }

        return TypedResults.Ok(await read.ListAsync(filter, user.Actor(), ct));
    }

    private static async Task<Results<Ok<CreditApplicationDetail>, ProblemHttpResult>> GetCreditApplication(Guid id, ReadCreditApplications read, ClaimsPrincipal user, CancellationToken ct)
    {
        var actor = user.Actor();
        if (await read.ForOperatorAsync(id, actor, ct) is { } op)
        {
            return TypedResults.Ok(new CreditApplicationDetail(op.Application, op.Profile, op.VouchingOrganization, op.Reviews, op.ReviewScore, null));
        }

        if (await read.FindAsync(id, actor, ct) is { } own)
        {
            return TypedResults.Ok(new CreditApplicationDetail(own, null, null, null, null, null));
        }

        return await read.ForReviewerAsync(id, actor, ct) is { } item
            ? TypedResults.Ok(new CreditApplicationDetail(null, item.Profile, null, null, null, item.Mine))
            : ApplyNotFound();
    }

    private static async Task<Results<Created<CreditAssignment>, ProblemHttpResult>> AssignCreditReviewer(
        Guid id, CreditReviewerRequest request, AssignReviewers assign, ClaimsPrincipal user, CancellationToken ct)
    {
        if (request.UserId is not { } reviewer)
        {
            return Problems.Status(StatusCodes.Status400BadRequest, "Falta el revisor", "The reviewer is missing", "Indique \"userId\".", "Give \"userId\".");
        }

        return await assign.ManualAsync(id, reviewer, user.Actor(), ct) switch
        {
            AssignReviewerOutcome.Assigned a => TypedResults.Created($"/api/credit-applications/{id}", new CreditAssignment(a.ReviewId, reviewer, a.Round)),
            AssignReviewerOutcome.Refused r => Problems.Status(StatusCodes.Status409Conflict, "No se puede asignar", "Cannot assign", r.Es, r.En, new Dictionary<string, object?> { ["code"] = r.Code }),
            AssignReviewerOutcome.Closed => ApplyClosed(),
            _ => ApplyNotFound(),
        };
    }

    private static async Task<Results<Ok<CreditReviewSaved>, ValidationProblem, ProblemHttpResult>> SaveMyCreditReview(
        Guid id, CreditReviewRequest request, SubmitReview review, ClaimsPrincipal user, CancellationToken ct) =>
        await review.RunAsync(id, new ReviewInput(request.Scores, request.Comment), user.Actor(), ct) switch
        {
            SubmitReviewOutcome.Submitted s => TypedResults.Ok(new CreditReviewSaved(id, s.Total, s.Status, s.ThirdDrawn)),
            SubmitReviewOutcome.Invalid i => Problems.Validation(i.Errors),
            SubmitReviewOutcome.AlreadySubmitted => Problems.Status(StatusCodes.Status409Conflict, "La revisión ya se envió", "The review was already submitted",
                "Una revisión enviada no cambia.", "A submitted review does not change."),
            SubmitReviewOutcome.Closed => ApplyClosed(),
            _ => ApplyNotFound(),
        };

    private static async Task<Results<Ok<CreditDecisionMade>, ValidationProblem, ProblemHttpResult>> DecideCreditApplication(
        Guid id, CreditDecisionRequest request, DecideApplication decide, ClaimsPrincipal user, CancellationToken ct) =>
        await decide.RunAsync(id, new DecisionInput(request.Outcome, request.AmountCents, request.Reasons), user.Actor(), ct) switch
        {
            DecideApplicationOutcome.Decided d => TypedResults.Ok(new CreditDecisionMade(d.DecisionId, d.Status, d.GrantedCents, d.ExpiresOn)),
            DecideApplicationOutcome.Invalid i => Problems.Validation(i.Errors),
            DecideApplicationOutcome.CapExceeded c => Problems.Status(StatusCodes.Status422UnprocessableEntity, "Excede el tope por empresa", "Over the cap per company",
                $"Quedan {CreditRules.FormatUsd(c.LeftCents)} bajo el tope.", $"{CreditRules.FormatUsd(c.LeftCents)} remain under the cap.",
                new Dictionary<string, object?> { ["leftCents"] = c.LeftCents }),
            DecideApplicationOutcome.WrongStatus w => Problems.Status(StatusCodes.Status409Conflict, "El estado no admite esa decisión", "The status does not allow that decision",
                $"La solicitud está «{CreditRules.Status(w.Status, false)}».", $"The application is \"{CreditRules.Status(w.Status, true)}\".",
                new Dictionary<string, object?> { ["status"] = w.Status.ToString() }),
            _ => ApplyNotFound(),
        };

    private static async Task<Results<Ok<CreditReviewerRequest>, ProblemHttpResult>> AddCreditReviewer(
        CreditReviewerRequest request, ManageReviewers reviewers, ClaimsPrincipal user, CancellationToken ct) =>
        await reviewers.AddAsync(new ReviewerInput(request.UserId, request.Email), user.Actor(), ct) switch
        {
            ManageReviewerOutcome.Saved s => TypedResults.Ok(new CreditReviewerRequest(s.UserId, null)),
            ManageReviewerOutcome.UnknownUser u => Problems.Status(StatusCodes.Status400BadRequest, "Cuenta desconocida", "Unknown account", u.Es, u.En),
            _ => ApplyNotFound(),
        };

    private static async Task<Results<Ok<CreditConflictDeclared>, ValidationProblem, ProblemHttpResult>> DeclareCreditConflict(
        Guid userId, CreditConflictRequest request, DeclareConflict declare, ClaimsPrincipal user, CancellationToken ct) =>
        await declare.RunAsync(userId, new ConflictInput(request.CompanyId, request.ApplicationId, request.Reason), user.Actor(), ct) switch
        {
            DeclareConflictOutcome.Declared d => TypedResults.Ok(new CreditConflictDeclared(d.CompanyId, d.Removed, d.Replaced)),
            DeclareConflictOutcome.Invalid i => Problems.Validation(i.Errors),
            _ => ApplyNotFound(),
        };

    private static ProblemHttpResult ApplyClosed() => Problems.Status(StatusCodes.Status409Conflict, "La solicitud ya no está en revisión", "The application is no longer in review",
        "Se decidió, se retiró o ya tiene todas sus revisiones.", "It was decided, withdrawn, or has all its reviews.");

    private static ProblemHttpResult ApplyNotFound() => Problems.Status(StatusCodes.Status404NotFound, "No encontrado", "Not found");
}
