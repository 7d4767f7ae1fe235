using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Semillero.Access;
using Semillero.Hiring;
using Semillero.Matching;
using Semillero.Vacancies;
using Semillero.Validation;
using Semillero.Web.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.Matching;

// Matching: a vacancy's ranked, pseudonymous candidates for its employer and operators, and the
// skills-gap backlog for operators and analysts.
public static class MatchingEndpoints
{
    public sealed record CandidatesView(Guid VacancyId, string Title, WorkModality Modality, string? StateCode, int Top, int VisibleCandidates, IReadOnlyList<CandidateView> Candidates);

    // Null counts are suppressed for analysts (fewer than 5: "<5"); Suppressed names them. The gap
    // is suppressed with them, since it would reveal them.
    public sealed record SkillGapView(
        string SkillId, string SkillEs, string SkillEn, string State, string StateName, int Level, int Vacancies,
        int? Demand, int? Supply, int? Placed, int? Gap, IReadOnlyList<string> Suppressed);

    public sealed record SkillsGapView(DateOnly Date, int VisibleCandidates, IReadOnlyList<SkillGapView> Lines);

    public static void MapMatching(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/vacancies/{id:guid}/candidates", Candidates).WithTags("Vacantes / Vacancies").WithName("VacancyCandidates")
            .WithSummary("Candidatos de una vacante, mejor primero, con perfil seudónimo y explicación (top: 1–100, 20 por omisión).")
            .WithDescription("200 con alias, entidad, disponibilidad, modalidades, habilidades verificadas (con sus insignias) y declaradas, puntaje y explicación; nunca datos personales. "
                + "400 si top no es válido; 404 si la vacante no existe o es de otra empresa; 409 si la empresa no está verificada; 503 mientras el índice se prepara.");
        app.MapGet("/api/skills-gap", Gap).WithTags("Vacantes / Vacancies").WithName("SkillsGap")
            .WithSummary("Brecha de habilidades: demanda de vacantes abiertas contra egresados visibles, por habilidad y entidad.")
            .WithDescription("Para analistas, los conteos menores a 5 se omiten (null, nombrados en «suppressed»).");
    }

    private static async Task<Results<Ok<CandidatesView>, ValidationProblem, ProblemHttpResult>> Candidates(
        Guid id, RankCandidates rank, ClaimsPrincipal user, HttpContext http, CancellationToken ct, string? top = null)
    {
        var n = RankCandidates.DefaultTop;
        if (top is not null && (!int.TryParse(top, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out n) || n < 1 || n > RankCandidates.MaxTop))
        {
            return Problems.Validation([new FieldError("top", new IdRejection("range",
                $"top va de 1 a {RankCandidates.MaxTop}.", $"top goes from 1 to {RankCandidates.MaxTop}."))]);
        }

        switch (await rank.RunAsync(id, n, user.Actor(), ct))
        {
            case RankCandidatesOutcome.Ranked r:
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.Ok(new CandidatesView(r.Vacancy.Id, r.Vacancy.Title, r.Vacancy.Modality, r.Vacancy.StateCode, n, r.Visible, r.Candidates));
            case RankCandidatesOutcome.CompanyNotVerified:
                return Problems.Status(StatusCodes.Status409Conflict, "Empresa sin verificar", "Company not verified",
                    "La empresa aún no está verificada por el programa: sus vacantes no reciben candidatos hasta que lo esté.",
                    "The company has not been verified by the program yet: its vacancies get no candidates until it is.",
                    Reasons("company_not_verified", "La empresa aún no está verificada.", "The company is not verified yet."));
            case RankCandidatesOutcome.Warming:
                http.Response.Headers.RetryAfter = "5";
                return Problems.Status(StatusCodes.Status503ServiceUnavailable, "Índice en preparación", "Index warming up",
                    "El índice de candidatos se está construyendo; intente de nuevo en unos segundos.",
                    "The candidate index is being built; try again in a few seconds.",
                    Reasons("index_warming", "El índice se está construyendo.", "The index is being built."));
            default:
                return Problems.Status(StatusCodes.Status404NotFound, "No encontrado", "Not found");
        }
    }

    private static async Task<Results<Ok<SkillsGapView>, ProblemHttpResult>> Gap(SkillsGap gap, ClaimsPrincipal user, CancellationToken ct)
    {
        var report = await gap.RunAsync(ct);
        if (report is null)
        {
            return Problems.Status(StatusCodes.Status503ServiceUnavailable, "Índice en preparación", "Index warming up",
                "El índice de candidatos se está construyendo; intente de nuevo en unos segundos.",
                "The candidate index is being built; try again in a few seconds.");
        }

        var suppress = user.Actor().Role != Roles.Operador;
        return TypedResults.Ok(new SkillsGapView(report.Today, report.VisibleCandidates, report.Lines.Select(l => View(l, suppress)).ToList()));
    }

    public static SkillGapView View(SkillGapLine line, bool suppress)
    {
        var hidden = new List<string>();
        int? Shown(string name, int value)
        {
            if (suppress && value > 0 && value < SkillsGap.SuppressBelow)
            {
                hidden.Add(name);
                return null;
            }

            return value;
        }

        var demand = Shown("demand", line.Demand);
        var supply = Shown("supply", line.Supply);
        var placed = Shown("placed", line.Placed);
        int? gap = demand is null || supply is null ? null : line.Gap;
        if (gap is null)
        {
            hidden.Add("gap");
        }

        var skill = Semillero.Skills.SkillCatalog.Find(line.SkillId);
        var state = line.StateKey == SkillsGap.Remote ? null : Semillero.Geography.Entidades.ByCode(line.StateKey);
        return new SkillGapView(line.SkillId, skill?.NameEs ?? line.SkillId, skill?.NameEn ?? line.SkillId, line.StateKey, state?.Name ?? "Remoto",
            line.Level, line.Vacancies, demand, supply, placed, gap, hidden);
    }

    private static Dictionary<string, object?> Reasons(string code, string es, string en) => new()
    {
        ["reasons"] = new[] { new { code, es, en } },
    };
}
