using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Semillero.Catalog;
using Semillero.Completions;
using Semillero.Language;
using Semillero.Skills;
using Semillero.Validation;
using Semillero.Web.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.Catalog;

// The catalog of learning paths and courses: public reads of published paths, and the operators'
// writes (paths, courses, new rule versions, manual awards).
public static partial class CatalogEndpoints
{
    public sealed record CourseRuleRequest(IReadOnlyList<string>? Verbs, decimal? MinScaledScore, bool? AcceptsReports, string? Reason);

    public sealed record PathRuleRequest(int? MinCourses, string? Reason);

    public sealed record AwardRequest(Guid? CourseId, DateOnly? CompletedOn, string? Reason);

    public sealed record PathSummary(
        string Code,
        string Area,
        string Level,
        string NameEs,
        string NameEn,
        string SummaryEs,
        string SummaryEn,
        int Courses,
        int Hours,
        IReadOnlyList<Skill> Skills,
        string Page);

    // Who published a version is the operators' business, not the public's: not in this view.
    public sealed record RuleView(Guid Id, int Version, IReadOnlyList<string>? Verbs, decimal? MinScaledScore, bool? AcceptsReports, int? MinCourses, string Reason, DateTime CreatedAt)
    {
        public static RuleView? Of(CompletionRule? rule) => rule is null ? null : new(
            rule.Id,
            rule.Version,
            rule.CourseId is null ? null : (rule.Verbs ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
            rule.MinScaledScore,
            rule.CourseId is null ? null : rule.AcceptsReports,
            rule.MinCourses,
            rule.Reason,
            rule.CreatedAt);
    }

    public sealed record CourseInPath(Guid Id, int Position, string Provider, string Code, string NameEs, string NameEn, string? Url, int? Hours, RuleView? Rule, Words Completes);

    public sealed record PathView(
        string Code,
        string Area,
        string Level,
        string NameEs,
        string NameEn,
        string SummaryEs,
        string SummaryEn,
        string CriteriaEs,
        string CriteriaEn,
        bool Published,
        int Hours,
        IReadOnlyList<CourseInPath> Courses,
        IReadOnlyList<Skill> Skills,
        RuleView? Rule,
        Words Completes,
        Words Recognition,
        DateTime UpdatedAt);

    public sealed record CourseView(Guid Id, string Provider, string Code, string NameEs, string NameEn, string? Url, int? Hours, IReadOnlyList<string> Activities, RuleView? Rule, Words Completes);

    public sealed record EvaluationView(int Examined, int Added, int NoLongerQualifying, DateTime StartedAt, DateTime FinishedAt);

    public sealed record RulePublished(RuleView Rule, Words Completes, EvaluationView Evaluation);

    public sealed record CompletionView(Guid Id, Guid LearnerId, Guid CourseId, Guid RuleId, string Evidence, DateTime CompletedAt, DateTime RecordedAt);

    // Recognition is not official; every description of a path says so.
    public static readonly Words Recognition = new(
        "La insignia de esta ruta es un reconocimiento no oficial: acredita que se terminó la ruta y no constituye certificación oficial.",
        "This path's badge is a non-official recognition: it shows the path was completed and is not an official certification.");

    public static void MapCatalog(this IEndpointRouteBuilder app)
    {
        var catalog = app.MapGroup("/api/catalog").WithTags("Catálogo / Catalog");

        catalog.MapGet("/paths", ListPaths).WithName("ListPaths")
            .WithSummary("Rutas publicadas; filtros area (nube, ia, innovacion) y level (fundamentos, intermedio, avanzado).");
        catalog.MapGet("/paths/{code}", GetPath).WithName("GetPath")
            .WithSummary("Una ruta publicada: cursos, habilidades y la regla vigente en palabras.");
        catalog.MapPost("/paths", CreatePath).WithName("CreatePath")
            .WithSummary("Crea una ruta como borrador.")
            .WithDescription("201 con Location; 400 con los campos y motivos; 409 si la clave ya existe.");
        catalog.MapPut("/paths/{code}", UpdatePath).WithName("UpdatePath")
            .WithSummary("Cambia una ruta; su clave solo cambia mientras es borrador.");
        catalog.MapPost("/paths/{code}/publish", Publish).WithName("PublishPath").WithSummary("Publica una ruta (necesita al menos un curso).");
        catalog.MapPost("/paths/{code}/unpublish", Unpublish).WithName("UnpublishPath").WithSummary("Vuelve borrador una ruta; sus egresados se conservan.");
        catalog.MapPost("/paths/{code}/rules", PublishPathRule).WithName("PublishPathRule")
            .WithSummary("Publica una nueva versión de la regla de egreso y responde con su evaluación sobre el historial.");
        catalog.MapPost("/courses", CreateCourse).WithName("CreateCourse")
            .WithSummary("Crea un curso.")
            .WithDescription("201; 400 con los campos y motivos; 409 si el proveedor ya tiene la clave o una actividad pertenece a otro curso (lo nombra).");
        catalog.MapPut("/courses/{id:guid}", UpdateCourse).WithName("UpdateCourse").WithSummary("Cambia un curso y sus actividades.");
        catalog.MapPost("/courses/{id:guid}/rules", PublishCourseRule).WithName("PublishCourseRule")
            .WithSummary("Publica una nueva versión de la regla de término del curso y responde con su evaluación sobre el historial.");

        app.MapPost("/api/learners/{id:guid}/completions", Award).WithTags("Aprendices / Learners").WithName("AwardCourse")
            .WithSummary("Otorga un curso manualmente, con el motivo como evidencia.")
            .WithDescription("201; 400 si falta el motivo (10 caracteres o más) o la fecha es futura; 404 si no existe la persona o el curso; 409 si ya lo tiene.");
    }

    private static async Task<Results<Ok<IReadOnlyList<PathSummary>>, ValidationProblem>> ListPaths(
        ReadCatalog read, CancellationToken ct, string? area = null, string? level = null)
    {
        var errors = new List<FieldError>();
        var a = CatalogRules.ParseArea(area);
        if (!string.IsNullOrWhiteSpace(area) && a is null)
        {
            errors.Add(new("area", new IdRejection(CatalogRules.Codes.Unknown, "Use nube, ia o innovacion.", "Use nube, ia or innovacion.")));
        }

        var l = CatalogRules.ParseLevel(level);
        if (!string.IsNullOrWhiteSpace(level) && l is null)
        {
            errors.Add(new("level", new IdRejection(CatalogRules.Codes.Unknown, "Use fundamentos, intermedio o avanzado.", "Use fundamentos, intermedio or avanzado.")));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var paths = await read.PathsAsync(a, l, includeDrafts: false, ct);
        return TypedResults.Ok<IReadOnlyList<PathSummary>>(paths
            .Select(p => new PathSummary(p.Code, CatalogRules.Wire(p.Area), CatalogRules.Wire(p.Level), p.NameEs, p.NameEn, p.SummaryEs, p.SummaryEn, p.Courses, p.Hours, p.Skills, $"/catalogo/{p.Code}"))
            .ToList());
    }

    private static async Task<Results<Ok<PathView>, ProblemHttpResult>> GetPath(string code, ReadCatalog read, CancellationToken ct) =>
        await read.PathAsync(code, includeDrafts: false, ct) is { } path ? TypedResults.Ok(View(path)) : NotFound();

    private static async Task<Results<Created<PathView>, ValidationProblem, ProblemHttpResult>> CreatePath(
        PathInput request, SavePath save, ReadCatalog read, ILoggerFactory logs, CancellationToken ct)
    {
        switch (await save.CreateAsync(request, ct))
        {
            case SavePathOutcome.Saved saved:
                var logger = logs.CreateLogger(LogCategory);
                Log.PathSaved(logger, saved.Path.Id, true);
                return TypedResults.Created($"/api/catalog/paths/{saved.Path.Code}", View((await read.PathAsync(saved.Path.Code, true, ct))!));
            case SavePathOutcome.Invalid invalid:
                return Problems.Validation(invalid.Errors);
            case SavePathOutcome.Conflict conflict:
                return Conflict(conflict.Error);
            default:
                return NotFound();
        }
    }

    private static async Task<Results<Ok<PathView>, ValidationProblem, ProblemHttpResult>> UpdatePath(
        string code, PathInput request, SavePath save, ReadCatalog read, ILoggerFactory logs, CancellationToken ct)
    {
        switch (await save.UpdateAsync(code, request, ct))
        {
            case SavePathOutcome.Saved saved:
                var logger = logs.CreateLogger(LogCategory);
                Log.PathSaved(logger, saved.Path.Id, false);
                return TypedResults.Ok(View((await read.PathAsync(saved.Path.Code, true, ct))!));
            case SavePathOutcome.Invalid invalid:
                return Problems.Validation(invalid.Errors);
            case SavePathOutcome.Conflict conflict:
                return Conflict(conflict.Error);
            default:
                return NotFound();
        }
    }

    private static Task<Results<Ok<PathView>, ProblemHttpResult>> Publish(string code, PublishPath publish, ReadCatalog read, CancellationToken ct) =>
        SetPublishedAsync(code, true, publish, read, ct);

    private static Task<Results<Ok<PathView>, ProblemHttpResult>> Unpublish(string code, PublishPath publish, ReadCatalog read, CancellationToken ct) =>
        SetPublishedAsync(code, false, publish, read, ct);

    private static async Task<Results<Ok<PathView>, ProblemHttpResult>> SetPublishedAsync(string code, bool published, PublishPath publish, ReadCatalog read, CancellationToken ct) =>
        await (published ? publish.PublishAsync(code, ct) : publish.UnpublishAsync(code, ct)) switch
        {
            PublishPathOutcome.Done done => TypedResults.Ok(View((await read.PathAsync(done.Path.Code, true, ct))!)),
            PublishPathOutcome.Invalid invalid => Problems.Status(StatusCodes.Status409Conflict,
                "La ruta no se puede publicar", "The path cannot be published", invalid.Es, invalid.En),
            _ => NotFound(),
        };

    private static async Task<Results<Created<CourseView>, ValidationProblem, ProblemHttpResult>> CreateCourse(
        CourseInput request, SaveCourse save, ReadCatalog read, ILoggerFactory logs, CancellationToken ct)
    {
        switch (await save.CreateAsync(request, ct))
        {
            case SaveCourseOutcome.Saved saved:
                var logger = logs.CreateLogger(LogCategory);
                Log.CourseSaved(logger, saved.Course.Id, true, saved.Course.Activities.Count);
                return TypedResults.Created($"/api/catalog/courses/{saved.Course.Id}", View((await read.CourseAsync(saved.Course.Id, ct))!));
            case SaveCourseOutcome.Invalid invalid:
                return Problems.Validation(invalid.Errors);
            case SaveCourseOutcome.Conflict conflict:
                return Conflict(conflict.Error, conflict.OtherCourseId);
            default:
                return NotFound();
        }
    }

    private static async Task<Results<Ok<CourseView>, ValidationProblem, ProblemHttpResult>> UpdateCourse(
        Guid id, CourseInput request, SaveCourse save, ReadCatalog read, ILoggerFactory logs, CancellationToken ct)
    {
        switch (await save.UpdateAsync(id, request, ct))
        {
            case SaveCourseOutcome.Saved saved:
                var logger = logs.CreateLogger(LogCategory);
                Log.CourseSaved(logger, saved.Course.Id, false, saved.Course.Activities.Count);
                return TypedResults.Ok(View((await read.CourseAsync(saved.Course.Id, ct))!));
            case SaveCourseOutcome.Invalid invalid:
                return Problems.Validation(invalid.Errors);
            case SaveCourseOutcome.Conflict conflict:
                return Conflict(conflict.Error, conflict.OtherCourseId);
            default:
                return NotFound();
        }
    }

    private static async Task<Results<Created<RulePublished>, ProblemHttpResult>> PublishCourseRule(
        Guid id, CourseRuleRequest request, PublishRule publish, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        var draft = new CourseRuleDraft(request.Verbs ?? [], request.MinScaledScore, request.AcceptsReports ?? false);
        var outcome = await publish.ForCourseAsync(id, draft, request.Reason ?? "", Who(user), ct);
        return Published(outcome, r => RuleWording.Course(r), $"/api/catalog/courses/{id}", logs);
    }

    private static async Task<Results<Created<RulePublished>, ProblemHttpResult>> PublishPathRule(
        string code, PathRuleRequest request, PublishRule publish, ReadCatalog read, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        if (await read.PathAsync(code, includeDrafts: true, ct) is not { } path)
        {
            return NotFound();
        }

        var outcome = await publish.ForPathAsync(path.Id, new PathRuleDraft(request.MinCourses), request.Reason ?? "", Who(user), ct);
        return Published(outcome, r => RuleWording.Path(r, path.Courses.Count), $"/api/catalog/paths/{code}", logs);
    }

    private static Results<Created<RulePublished>, ProblemHttpResult> Published(PublishRuleOutcome outcome, Func<CompletionRule, Words> words, string location, ILoggerFactory logs)
    {
        switch (outcome)
        {
            case PublishRuleOutcome.Published p:
                var logger = logs.CreateLogger(LogCategory);
                Log.RulePublished(logger, p.Rule.Id, p.Rule.Version, p.Evaluation.Examined, p.Evaluation.Added, p.Evaluation.NoLongerQualifying);
                var e = p.Evaluation;
                return TypedResults.Created(location, new RulePublished(RuleView.Of(p.Rule)!, words(p.Rule),
                    new EvaluationView(e.Examined, e.Added, e.NoLongerQualifying, e.StartedAt, e.FinishedAt)));
            case PublishRuleOutcome.Invalid invalid:
                return Problems.Status(StatusCodes.Status400BadRequest, "Regla no válida", "Invalid rule", invalid.Es, invalid.En,
                    new Dictionary<string, object?> { ["reasons"] = new[] { new { field = RequestField(invalid.Field), es = invalid.Es, en = invalid.En } } });
            default:
                return NotFound();
        }
    }

    private static async Task<Results<Created<CompletionView>, ValidationProblem, ProblemHttpResult>> Award(
        Guid id, AwardRequest request, AwardCourse award, ClaimsPrincipal user, TimeProvider clock, ILoggerFactory logs, CancellationToken ct)
    {
        if (request.CourseId is not { } courseId)
        {
            return Problems.Validation([new FieldError("courseId", CatalogRules.Required("el curso", "the course"))]);
        }

        var on = request.CompletedOn ?? MexicoCityTime.Today(clock);
        switch (await award.RunAsync(id, courseId, on, request.Reason ?? "", Who(user), ct))
        {
            case AwardCourseOutcome.Awarded a:
                var logger = logs.CreateLogger(LogCategory);
                Log.Awarded(logger, a.Completion.Id, courseId);
                return TypedResults.Created($"/api/learners/{id}/completions/{a.Completion.Id}", View(a.Completion));
            case AwardCourseOutcome.AlreadyCompleted already:
                return Problems.Status(StatusCodes.Status409Conflict,
                    "La persona ya tiene este curso", "The person already has this course",
                    "No cambió nada: la terminación existente se conserva.", "Nothing changed: the existing completion is kept.",
                    new Dictionary<string, object?> { ["existing"] = View(already.Existing) });
            case AwardCourseOutcome.Invalid invalid:
                return Problems.Status(StatusCodes.Status400BadRequest, "Datos no válidos", "Invalid data", invalid.Es, invalid.En,
                    new Dictionary<string, object?> { ["reasons"] = new[] { new { es = invalid.Es, en = invalid.En } } });
            default:
                return NotFound();
        }
    }

    // Who published or awarded, as the history shows it: the operator's display name or the key's.
    public static string Who(ClaimsPrincipal user)
    {
        var actor = user.Actor();
        var name = string.IsNullOrWhiteSpace(actor.Name) ? actor.Id : actor.Name;
        return name.Length <= 100 ? name : name[..100];
    }

    private static PathView View(PathDetail p) => new(
        p.Code, CatalogRules.Wire(p.Area), CatalogRules.Wire(p.Level), p.NameEs, p.NameEn, p.SummaryEs, p.SummaryEn, p.CriteriaEs, p.CriteriaEn,
        p.Published, p.Hours,
        p.Courses.Select(c => new CourseInPath(c.Id, c.Position, c.Provider, c.Code, c.NameEs, c.NameEn, c.Url, c.Hours, RuleView.Of(c.Rule), c.RuleText)).ToList(),
        p.Skills, RuleView.Of(p.Rule), p.RuleText, Recognition, p.UpdatedAt);

    private static CourseView View(CourseDetail c) => new(c.Id, c.Provider, c.Code, c.NameEs, c.NameEn, c.Url, c.Hours, c.Activities, RuleView.Of(c.Rule), c.RuleText);

    private static CompletionView View(CourseCompletion c) =>
        new(c.Id, c.LearnerId, c.CourseId, c.RuleId, c.Evidence.ToString().ToLowerInvariant(), c.CompletedAt, c.RecordedAt);

    private static ProblemHttpResult Conflict(FieldError error, Guid? otherCourseId = null)
    {
        var extensions = new Dictionary<string, object?>
        {
            ["field"] = error.Field,
            ["reasons"] = new[] { new { field = error.Field, code = error.Reason.Code, es = error.Reason.Es, en = error.Reason.En } },
        };
        if (otherCourseId is { } other && other != Guid.Empty)
        {
            extensions["otherCourseId"] = other;
        }

        return Problems.Status(StatusCodes.Status409Conflict, "Conflicto con el catálogo", "Conflict with the catalog", error.Reason.Es, error.Reason.En, extensions);
    }

    private static ProblemHttpResult NotFound() => Problems.Status(StatusCodes.Status404NotFound, "No encontrado", "Not found");

    private const string LogCategory = "Semillero.Catalog";

    // Ids and counts only.
    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Path {PathId} saved (created: {Created})")]
        public static partial void PathSaved(ILogger logger, Guid pathId, bool created);

        [LoggerMessage(Level = LogLevel.Information, Message = "Course {CourseId} saved (created: {Created}, {Activities} activities)")]
        public static partial void CourseSaved(ILogger logger, Guid courseId, bool created, int activities);

        [LoggerMessage(Level = LogLevel.Information, Message = "Rule {RuleId} version {Version} published: {Examined} examined, {Added} added, {NoLonger} no longer qualifying")]
        public static partial void RulePublished(ILogger logger, Guid ruleId, int version, int examined, int added, int noLonger);

        [LoggerMessage(Level = LogLevel.Information, Message = "Completion {CompletionId} awarded manually for course {CourseId}")]
        public static partial void Awarded(ILogger logger, Guid completionId, Guid courseId);
    }

    // The request property a rule problem is about, as clients name it in the JSON body.
    private static string RequestField(RuleField field) => field switch
    {
        RuleField.Reason => "reason",
        RuleField.Verbs => "verbs",
        RuleField.MinScore => "minScaledScore",
        _ => "minCourses",
    };
}
