using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Semillero.Access;
using Semillero.Companies;
using Semillero.Geography;
using Semillero.Identity;
using Semillero.Skills;
using Semillero.Vacancies;
using Semillero.Validation;
using Semillero.Web.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.Vacancies;

// Vacancies through the API. An empresa key or account writes and reads its own company's
// vacancies (another company's is 404); operators act for any company; the public search and a
// public vacancy are open to anyone.
public static partial class VacancyEndpoints
{
    // level: 1 básico, 2 intermedio, 3 avanzado; required false = nice to have.
    public sealed record SkillRequest(string? Id, int? Level, bool? Required);

    // companyId: only operators give it (an empresa posts for its own company).
    public sealed record VacancyRequest(
        Guid? CompanyId,
        string? Title,
        string? Description,
        IReadOnlyList<SkillRequest>? Skills,
        string? Modality,
        string? State,
        int? SalaryMin,
        int? SalaryMax,
        int? Openings,
        DateOnly? ClosesOn)
    {
        public VacancyInput ToInput() => new(Title, Description,
            (Skills ?? []).Select(s => new VacancySkillInput(s.Id, s.Level, s.Required ?? true)).ToList(),
            Modality, State, SalaryMin, SalaryMax, Openings, ClosesOn);
    }

    public sealed record CodeName(string Code, string Name);

    public sealed record SkillView(string Id, string NameEs, string NameEn, string Area, int Level, bool Required);

    public sealed record CompanyFace(Guid Id, string TradeName, string SizeBand, CodeName Sector, CodeName? State, string Kind, string? Website, string? Description, bool Verified);

    public sealed record VacancyView(
        Guid Id,
        string Title,
        string Description,
        string Status,
        string Modality,
        CodeName? State,
        int? SalaryMin,
        int? SalaryMax,
        int Openings,
        DateOnly ClosesOn,
        DateTime? PublishedAt,
        DateTime? ClosedAt,
        IReadOnlyList<SkillView> Skills,
        CompanyFace Company,
        bool IsPublic,
        string Page);

    public sealed record VacancyListItem(
        Guid Id,
        string Title,
        string Modality,
        CodeName? State,
        int? SalaryMin,
        int? SalaryMax,
        int Openings,
        DateOnly ClosesOn,
        DateTime? PublishedAt,
        IReadOnlyList<SkillView> Skills,
        CompanyFace Company,
        string Page);

    public sealed record VacancyList(IReadOnlyList<VacancyListItem> Items, int Total, int Page, int PageSize);

    public static void MapVacancies(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/vacancies", Create).WithTags("Vacantes / Vacancies").WithName("CreateVacancy")
            .WithSummary("Crea una vacante como borrador: una empresa para sí misma; un operador da companyId.")
            .WithDescription("201 con Location; 400 con los campos y motivos (al menos una habilidad requerida, nivel 1–3, modalidad presencial/hibrido/remoto con estado salvo remoto, sueldo mínimo ≤ máximo, 1–1000 plazas, cierre hoy o después en hora de la Ciudad de México).");
        app.MapPut("/api/vacancies/{id:guid}", Update).WithTags("Vacantes / Vacancies").WithName("UpdateVacancy")
            .WithSummary("Cambia una vacante propia (404 si es de otra empresa).");
        app.MapPost("/api/vacancies/{id:guid}/publish", Publish).WithTags("Vacantes / Vacancies").WithName("PublishVacancy")
            .WithSummary("Publica un borrador; es pública cuando la empresa está verificada.");
        app.MapPost("/api/vacancies/{id:guid}/close", Close).WithTags("Vacantes / Vacancies").WithName("CloseVacancy")
            .WithSummary("Cierra una vacante: sale de la búsqueda pública.");
        app.MapGet("/api/vacancies", Search).WithTags("Vacantes / Vacancies").WithName("SearchVacancies")
            .WithSummary("Búsqueda pública: vacantes abiertas de empresas verificadas; filtros q, state, modality, skill; page, pageSize (hasta 100); las más recientes primero.");
        app.MapGet("/api/vacancies/{id:guid}", Get).WithTags("Vacantes / Vacancies").WithName("GetVacancy")
            .WithSummary("Una vacante: pública si está abierta y su empresa verificada; si no, solo para su empresa y operadores (404 para los demás).");
    }

    private static async Task<Results<Created<VacancyView>, ValidationProblem, ProblemHttpResult>> Create(
        VacancyRequest request, SaveVacancy save, ReadVacancy read, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        var actor = user.Actor();
        Guid companyId;
        if (actor.Role == Roles.Empresa)
        {
            if (actor.CompanyId is not { } own)
            {
                return NoCompany();
            }

            if (request.CompanyId is { } asked && asked != own)
            {
                return Problems.Validation([new FieldError(VacancyRules.Fields.CompanyId, new IdRejection("scope",
                    "Una empresa publica vacantes solo para sí misma: omita companyId.", "A company posts vacancies only for itself: leave companyId out."))]);
            }

            companyId = own;
        }
        else if (request.CompanyId is { } given)
        {
            companyId = given;
        }
        else
        {
            return Problems.Validation([new FieldError(VacancyRules.Fields.CompanyId, new IdRejection(IdRejectionCodes.Required,
                "Falta companyId: la empresa para la que se publica.", "companyId is required: the company the vacancy is for."))]);
        }

        switch (await save.CreateAsync(companyId, request.ToInput(), actor.Id, ct))
        {
            case SaveVacancyOutcome.Saved s:
                var logger = logs.CreateLogger(LogCategory);
                Log.Saved(logger, s.Vacancy.Id, s.Vacancy.CompanyId, true);
                return TypedResults.Created($"/api/vacancies/{s.Vacancy.Id}", View((await read.RunAsync(s.Vacancy.Id, actor, ct))!));
            case SaveVacancyOutcome.Invalid i:
                return Problems.Validation(i.Errors);
            default:
                return Problems.Validation([new FieldError(VacancyRules.Fields.CompanyId, new IdRejection("unknown",
                    "No existe una empresa con ese companyId.", "There is no company with that companyId."))]);
        }
    }

    private static async Task<Results<Ok<VacancyView>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, VacancyRequest request, SaveVacancy save, ReadVacancy read, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        var actor = user.Actor();
        if (Scope(actor) is not { } scope)
        {
            return NotFound();
        }

        switch (await save.UpdateAsync(id, scope.CompanyId, request.ToInput(), ct))
        {
            case SaveVacancyOutcome.Saved s:
                var logger = logs.CreateLogger(LogCategory);
                Log.Saved(logger, s.Vacancy.Id, s.Vacancy.CompanyId, false);
                return TypedResults.Ok(View((await read.RunAsync(s.Vacancy.Id, actor, ct))!));
            case SaveVacancyOutcome.Invalid i:
                return Problems.Validation(i.Errors);
            default:
                return NotFound();
        }
    }

    private static Task<Results<Ok<VacancyView>, ProblemHttpResult>> Publish(Guid id, PublishVacancy publish, ReadVacancy read, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct) =>
        ChangeAsync(id, user, read, logs, "publish", (scope, token) => publish.RunAsync(id, scope, token), ct);

    private static Task<Results<Ok<VacancyView>, ProblemHttpResult>> Close(Guid id, CloseVacancy close, ReadVacancy read, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct) =>
        ChangeAsync(id, user, read, logs, "close", (scope, token) => close.RunAsync(id, scope, token), ct);

    private static async Task<Results<Ok<VacancyView>, ProblemHttpResult>> ChangeAsync(
        Guid id, ClaimsPrincipal user, ReadVacancy read, ILoggerFactory logs, string what, Func<Guid?, CancellationToken, Task<ChangeVacancyOutcome>> change, CancellationToken ct)
    {
        var actor = user.Actor();
        if (Scope(actor) is not { } scope)
        {
            return NotFound();
        }

        switch (await change(scope.CompanyId, ct))
        {
            case ChangeVacancyOutcome.Changed c:
                var logger = logs.CreateLogger(LogCategory);
                Log.Changed(logger, c.Vacancy.Id, what);
                return TypedResults.Ok(View((await read.RunAsync(id, actor, ct))!));
            case ChangeVacancyOutcome.Unchanged:
                return TypedResults.Ok(View((await read.RunAsync(id, actor, ct))!));
            case ChangeVacancyOutcome.Invalid i:
                return Problems.Status(StatusCodes.Status409Conflict, "La vacante no puede cambiar así", "The vacancy cannot change that way", i.Reason.Es, i.Reason.En,
                    new Dictionary<string, object?> { ["reasons"] = new[] { new { code = i.Reason.Code, es = i.Reason.Es, en = i.Reason.En } } });
            default:
                return NotFound();
        }
    }

    private static async Task<Results<Ok<VacancyList>, ValidationProblem>> Search(
        SearchVacancies search, CancellationToken ct, string? q = null, string? state = null, string? modality = null, string? skill = null, int page = 1, int pageSize = 20)
    {
        var errors = new List<FieldError>();
        string? stateCode = null;
        if (!string.IsNullOrWhiteSpace(state))
        {
            stateCode = Entidades.Find(state)?.Clave;
            if (stateCode is null)
            {
                errors.Add(new("state", new IdRejection("unknown", $"El estado «{state}» no existe.", $"State «{state}» does not exist.")));
            }
        }

        WorkModality? mode = null;
        if (!string.IsNullOrWhiteSpace(modality))
        {
            mode = VacancyRules.ParseModality(modality);
            if (mode is null)
            {
                errors.Add(new("modality", new IdRejection("unknown", "Use presencial, hibrido o remoto.", "Use presencial, hibrido or remoto.")));
            }
        }

        if (!string.IsNullOrWhiteSpace(skill) && SkillCatalog.Find(skill) is null)
        {
            errors.Add(new("skill", new IdRejection("unknown", $"La habilidad «{skill}» no está en la lista (GET /habilidades).", $"Skill «{skill}» is not in the list (GET /habilidades).")));
        }

        if (page < 1)
        {
            errors.Add(new("page", new IdRejection("range", "La página empieza en 1.", "Pages start at 1.")));
        }

        if (pageSize is < 1 or > VacancySearch.MaxPageSize)
        {
            errors.Add(new("pageSize", new IdRejection("range", "pageSize va de 1 a 100.", "pageSize goes from 1 to 100.")));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var result = await search.RunAsync(new VacancySearch(q, stateCode, mode, skill?.Trim(), page, pageSize), ct);
        return TypedResults.Ok(new VacancyList(result.Items.Select(Item).ToList(), result.Total, result.Page, result.PageSize));
    }

    private static async Task<Results<Ok<VacancyView>, ProblemHttpResult>> Get(Guid id, ReadVacancy read, ClaimsPrincipal user, CancellationToken ct)
    {
        Actor? actor = user.Identity?.IsAuthenticated == true ? user.Actor() : null;
        return await read.RunAsync(id, actor, ct) is { } vacancy ? TypedResults.Ok(View(vacancy)) : NotFound();
    }

    // Operators act for any company (null); an empresa for its own; an empresa account without a
    // company for none.
    private static (Guid? CompanyId, bool Any)? Scope(Actor actor) => actor.Role switch
    {
        Roles.Operador => (null, true),
        Roles.Empresa when actor.CompanyId is { } own => (own, false),
        _ => null,
    };

    public static VacancyView View(VacancyDetail v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.Id, v.Title, v.Description, VacancyRules.Wire(v.Status), VacancyRules.Wire(v.Modality), State(v.StateCode),
            v.SalaryMin, v.SalaryMax, v.Openings, v.ClosesOn, v.PublishedAt, v.ClosedAt, Skills(v.Skills),
            Face(v.Company.Id, v.Company.TradeName, v.Company.SizeBand, v.Company.SectorCode, v.Company.StateCode, v.Company.Kind, v.Company.Website, v.Company.Description, v.Company.Verified),
            v.IsPublic, $"/vacantes/{v.Id}");
    }

    private static VacancyListItem Item(VacancySummary v) => new(
        v.Id, v.Title, VacancyRules.Wire(v.Modality), State(v.StateCode), v.SalaryMin, v.SalaryMax, v.Openings, v.ClosesOn, v.PublishedAt, Skills(v.Skills),
        Face(v.CompanyId, v.CompanyTradeName, v.CompanySizeBand, v.CompanySectorCode, null, null, null, null, true), $"/vacantes/{v.Id}");

    private static CompanyFace Face(Guid id, string tradeName, SizeBand size, string sector, string? state, CompanyKind? kind, string? website, string? description, bool verified) => new(
        id, tradeName, CompanyRules.Wire(size), new CodeName(sector, ScianSectors.Find(sector)?.Name ?? sector), State(state),
        kind is { } k ? CompanyRules.Wire(k) : "", website, description, verified);

    private static CodeName? State(string? code) => code is null ? null : new CodeName(code, Entidades.NameOf(code, english: false));

    private static List<SkillView> Skills(IEnumerable<VacancySkillView> skills) => skills
        .Select(s => SkillCatalog.Find(s.SkillId) is { } skill
            ? new SkillView(s.SkillId, skill.NameEs, skill.NameEn, skill.Area, (int)s.Level, s.Required)
            : new SkillView(s.SkillId, s.SkillId, s.SkillId, "", (int)s.Level, s.Required))
        .ToList();

    private static ProblemHttpResult NoCompany() => Problems.Status(StatusCodes.Status400BadRequest,
        "La cuenta no representa a ninguna empresa", "The account does not act for any company",
        "Pida al programa que vincule su cuenta con su empresa.", "Ask the program to bind your account to your company.");

    private static ProblemHttpResult NotFound() => Problems.Status(StatusCodes.Status404NotFound, "No encontrado", "Not found");

    private const string LogCategory = "Semillero.Vacancies";

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Vacancy {VacancyId} of company {CompanyId} saved (created: {Created})")]
        public static partial void Saved(ILogger logger, Guid vacancyId, Guid companyId, bool created);

        [LoggerMessage(Level = LogLevel.Information, Message = "Vacancy {VacancyId}: {What}")]
        public static partial void Changed(ILogger logger, Guid vacancyId, string what);
    }
}
