using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Semillero.Companies;
using Semillero.Credits;
using Semillero.Geography;
using Semillero.Validation;
using Semillero.Web.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.Credits;

// Startup profiles and the investors' directory through the API (docs/credits.md): a startup's own
// key (and operators) read and write its profile, founders included; another company's is 404, a
// company that is not a startup 403. Verified funds and accelerators (and operators) browse the
// startups that opted in, with what their founders completed counted, never who they are; for
// other organisations the directory is not there (404 with the reason).
public static partial class CreditEndpoints
{
    public sealed record StartupFounderRequest(string? Curp, string? Name);

    public sealed record StartupProfileRequest(string? FoundedOn, string? Stage, string? Funding, string? Pitch, bool? VisibleToInvestors, List<StartupFounderRequest>? Founders);

    public sealed record StartupFounderItem(string Curp, string Name, bool Registered);

    public sealed record StartupProfileResponse(Guid CompanyId, string TradeName, string Sector, string State, string? Website, bool CompanyVerified, bool Completed,
        string? FoundedOn, string? Stage, string? Funding, string? Pitch, bool VisibleToInvestors, DateTime? UpdatedAt, IReadOnlyList<StartupFounderItem> Founders);

    public sealed record StartupPathItem(string Code, string Name, int Founders);

    public sealed record StartupDirectoryItem(Guid CompanyId, string TradeName, string Sector, string SectorName, string State, string StateName, string Stage, string StageName,
        string Funding, string FundingName, int FoundedYear, string Pitch, string? Website, int Founders, IReadOnlyList<StartupPathItem> FounderPaths);

    public sealed record StartupDirectoryResponse(int Page, int PageSize, int Total, IReadOnlyList<StartupDirectoryItem> Items);

    private static void MapStartupProfiles(this IEndpointRouteBuilder app)
    {
        const string Tag = "Créditos de nube / Cloud credits";
        app.MapGet("/api/companies/{id:guid}/startup-profile", GetStartupProfile).WithTags(Tag).WithName("GetStartupProfile")
            .WithSummary("El perfil de startup de la empresa, con sus personas fundadoras (solo la propia empresa y operadores).")
            .WithDescription("completed es false hasta que la startup lo guarda. 403 si la empresa no está registrada como startup; 404 empresa ajena o inexistente.");
        app.MapPut("/api/companies/{id:guid}/startup-profile", PutStartupProfile).WithTags(Tag).WithName("SaveStartupProfile")
            .WithSummary("Guarda el perfil de startup: {\"foundedOn\": \"aaaa-mm-dd\", \"stage\", \"funding\", \"pitch\", \"visibleToInvestors\", \"founders\": [{\"curp\", \"name\"}]}.")
            .WithDescription("200 con el perfil guardado; 400 con cada campo no válido (no se guarda nada); 403 si la empresa no es startup; 404 empresa ajena o inexistente.");
        app.MapGet("/api/startups", BrowseStartupDirectory).WithTags(Tag).WithName("BrowseStartups")
            .WithSummary("Directorio de startups para fondos de inversión y aceleradoras verificados: ?sector=&state=&stage=&page= (20 por página).")
            .WithDescription("Solo startups verificadas que aceptaron aparecer. Muestra qué rutas del programa completaron sus fundadores (cuántos), nunca quiénes son. 404 con el motivo para otras organizaciones.");
    }

    private static async Task<Results<Ok<StartupProfileResponse>, ProblemHttpResult>> GetStartupProfile(
        Guid id, ReadStartupProfile read, ClaimsPrincipal user, CancellationToken ct) =>
        await read.RunAsync(id, user.Actor(), ct) switch
        {
            ReadStartupProfileOutcome.Found f => TypedResults.Ok(StartupProfileBody(f.Profile)),
            ReadStartupProfileOutcome.NotAStartup n => StartupRefused(n.Reason),
            _ => StartupNotFound(),
        };

    private static async Task<Results<Ok<StartupProfileResponse>, ValidationProblem, ProblemHttpResult>> PutStartupProfile(
        Guid id, StartupProfileRequest request, SaveStartupProfile save, ReadStartupProfile read, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        var actor = user.Actor();
        var input = new StartupProfileInput(request.FoundedOn, request.Stage, request.Funding, request.Pitch, request.VisibleToInvestors ?? false,
            [.. (request.Founders ?? []).Select(f => new FounderInput(f?.Curp, f?.Name))]);
        switch (await save.RunAsync(id, input, actor, ct))
        {
            case SaveStartupProfileOutcome.Saved:
                var logger = logs.CreateLogger(StartupLogCategory);
                StartupLog.Saved(logger, id);
                return await read.RunAsync(id, actor, ct) is ReadStartupProfileOutcome.Found f ? TypedResults.Ok(StartupProfileBody(f.Profile)) : StartupNotFound();
            case SaveStartupProfileOutcome.Invalid i:
                return Problems.Validation(i.Errors);
            case SaveStartupProfileOutcome.NotAStartup n:
                return StartupRefused(n.Reason);
            default:
                return StartupNotFound();
        }
    }

    private static async Task<Results<Ok<StartupDirectoryResponse>, ValidationProblem, ProblemHttpResult>> BrowseStartupDirectory(
        string? sector, string? state, string? stage, int? page, BrowseStartups browse, ClaimsPrincipal user, CancellationToken ct)
    {
        var english = Problems.Pick("es", "en") == "en";
        switch (await browse.RunAsync(new StartupSearch(sector, state, stage, page ?? 1), user.Actor(), ct))
        {
            case BrowseStartupsOutcome.Found f:
                var d = f.Directory;
                return TypedResults.Ok(new StartupDirectoryResponse(d.Page, d.PageSize, d.Total, [.. d.Items.Select(s => new StartupDirectoryItem(
                    s.CompanyId, s.TradeName, s.SectorCode, ScianSectors.NameOf(s.SectorCode), s.StateCode, Entidades.NameOf(s.StateCode),
                    StartupProfileRules.Wire(s.Stage), CreditRules.Stage(s.Stage, english), StartupProfileRules.Wire(s.Funding), CreditRules.Funding(s.Funding, english),
                    s.FoundedYear, s.Pitch, s.Website, s.Founders, [.. s.Paths.Select(p => new StartupPathItem(p.Code, p.Name(english), p.Founders))]))]));
            case BrowseStartupsOutcome.Invalid i:
                return Problems.Validation(i.Errors);
            case BrowseStartupsOutcome.NotAllowed n:
                // Not 403: the access table admits every aliado, and the authorization matrix reads a
                // 403 as the table's refusal. For other organisations the directory does not exist,
                // and the problem says why.
                return Problems.Status(StatusCodes.Status404NotFound, "No encontrado", "Not found", n.Reason.Es, n.Reason.En,
                    new Dictionary<string, object?> { ["code"] = n.Reason.Code });
            default:
                return StartupNotFound();
        }
    }

    private static StartupProfileResponse StartupProfileBody(StartupProfileView p) => new(
        p.CompanyId, p.TradeName, p.SectorCode, p.StateCode, p.Website, p.CompanyVerified, p.Completed,
        p.FoundedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        p.Stage is { } stage ? StartupProfileRules.Wire(stage) : null,
        p.Funding is { } funding ? StartupProfileRules.Wire(funding) : null,
        p.Pitch, p.VisibleToInvestors, p.UpdatedAt,
        [.. p.Founders.Select(f => new StartupFounderItem(f.Curp, f.Name, f.Registered))]);

    private static ProblemHttpResult StartupRefused(IdRejection reason) =>
        Problems.Status(StatusCodes.Status403Forbidden, "No permitido", "Not allowed", reason.Es, reason.En, new Dictionary<string, object?> { ["code"] = reason.Code });

    private static ProblemHttpResult StartupNotFound() => Problems.Status(StatusCodes.Status404NotFound, "No encontrado", "Not found");

    private const string StartupLogCategory = "Semillero.Credits";

    private static partial class StartupLog
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Startup profile of company {CompanyId} saved")]
        public static partial void Saved(ILogger logger, Guid companyId);
    }
}
