using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Semillero.Access;
using Semillero.Companies;
using Semillero.Geography;
using Semillero.Validation;
using Semillero.Web.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.Companies;

// Companies through the API: operators register and verify them; an empresa key or account reads
// only its own company (any other is 404).
public static partial class CompanyEndpoints
{
    public sealed record CompanyRequest(
        string? Rfc,
        string? LegalName,
        string? TradeName,
        string? Sector,
        string? State,
        int? Workers,
        decimal? AnnualSalesMdp,
        string? Kind,
        string? Website,
        string? Description,
        bool? Verified)
    {
        public CompanyInput ToInput() => new(Rfc, LegalName, TradeName, Sector, State, Workers, AnnualSalesMdp, Kind, Website, Description);
    }

    public sealed record RejectRequest(string? Reason);

    public sealed record CodeName(string Code, string Name);

    public sealed record Warning(string Field, string Code, string Es, string En);

    // sizeBand: micro, pequena, mediana, grande (DOF 2009); combinedScore is what it was computed from.
    public sealed record CompanyView(
        Guid Id,
        string Rfc,
        bool RfcCheckDigitMatches,
        string LegalName,
        string TradeName,
        CodeName Sector,
        CodeName State,
        int Workers,
        decimal AnnualSalesMdp,
        decimal CombinedScore,
        string SizeBand,
        string Kind,
        string? Website,
        string? Description,
        string Status,
        DateTime? VerifiedAt,
        string? RejectedReason,
        DateTime CreatedAt,
        DateTime UpdatedAt,
        IReadOnlyList<Warning> Warnings);

    public static void MapCompanies(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/companies", Register).WithTags("Empresas / Companies").WithName("RegisterCompany")
            .WithSummary("Registra una empresa por su RFC (solo operadores); \"verified\": true la deja verificada.")
            .WithDescription("201 con Location (y «warnings» si el dígito verificador del RFC no cuadra); 400 con los campos y motivos; 409 si el RFC ya está registrado (Location de la empresa existente).");
        app.MapGet("/api/companies/{id:guid}", Get).WithTags("Empresas / Companies").WithName("GetCompany")
            .WithSummary("Una empresa: operadores cualquiera; una empresa solo la suya (otra es 404).");
        app.MapPost("/api/companies/{id:guid}/verify", Verify).WithTags("Empresas / Companies").WithName("VerifyCompany")
            .WithSummary("Verifica la empresa (solo operadores): sus vacantes abiertas se vuelven públicas.");
        app.MapPost("/api/companies/{id:guid}/reject", Reject).WithTags("Empresas / Companies").WithName("RejectCompany")
            .WithSummary("No verifica la empresa, con un motivo que la empresa ve (solo operadores).");
    }

    private static async Task<Results<Created<CompanyView>, ValidationProblem, ProblemHttpResult>> Register(
        CompanyRequest request, RegisterCompany register, ClaimsPrincipal user, HttpContext http, ILoggerFactory logs, CancellationToken ct)
    {
        var actor = user.Actor();
        switch (await register.RunAsync(request.ToInput(), actor.Id, request.Verified == true, ct))
        {
            case RegisterCompanyOutcome.Registered r:
                var logger = logs.CreateLogger(LogCategory);
                Log.Registered(logger, r.Company.Id, r.Company.VerifiedAt is not null);
                return TypedResults.Created($"/api/companies/{r.Company.Id}", View(r.Company, r.RfcWarning));
            case RegisterCompanyOutcome.Invalid i:
                return Problems.Validation(i.Errors);
            case RegisterCompanyOutcome.Duplicate d:
                var location = $"/api/companies/{d.ExistingId}";
                http.Response.Headers.Location = location;
                return Problems.Status(StatusCodes.Status409Conflict,
                    "El RFC ya está registrado", "The RFC is already registered",
                    $"Cada empresa se registra una sola vez; {d.Rfc} está en «location».",
                    $"Each company is registered once; {d.Rfc} is at «location».",
                    new Dictionary<string, object?> { ["location"] = location, ["existingId"] = d.ExistingId });
            default:
                throw new InvalidOperationException("unexpected outcome");
        }
    }

    private static async Task<Results<Ok<CompanyView>, ProblemHttpResult>> Get(Guid id, ReadCompanies read, ClaimsPrincipal user, CancellationToken ct)
    {
        var actor = user.Actor();
        if (actor.Role != Roles.Operador && actor.CompanyId != id)
        {
            return NotFound();
        }

        return await read.FindAsync(id, ct) is { } company ? TypedResults.Ok(View(company, null)) : NotFound();
    }

    private static async Task<Results<Ok<CompanyView>, ProblemHttpResult>> Verify(Guid id, VerifyCompany verify, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        switch (await verify.RunAsync(id, user.Actor(), ct))
        {
            case VerifyCompanyOutcome.Verified v:
                var logger = logs.CreateLogger(LogCategory);
                Log.Verified(logger, v.Company.Id);
                return TypedResults.Ok(View(v.Company, null));
            case VerifyCompanyOutcome.AlreadyVerified a:
                return TypedResults.Ok(View(a.Company, null));
            default:
                return NotFound();
        }
    }

    private static async Task<Results<Ok<CompanyView>, ValidationProblem, ProblemHttpResult>> Reject(
        Guid id, RejectRequest request, RejectCompany reject, ClaimsPrincipal user, ILoggerFactory logs, CancellationToken ct)
    {
        switch (await reject.RunAsync(id, request.Reason, user.Actor(), ct))
        {
            case RejectCompanyOutcome.Rejected r:
                var logger = logs.CreateLogger(LogCategory);
                Log.Rejected(logger, r.Company.Id);
                return TypedResults.Ok(View(r.Company, null));
            case RejectCompanyOutcome.Invalid i:
                return Problems.Validation([new FieldError("reason", i.Reason)]);
            default:
                return NotFound();
        }
    }

    public static CompanyView View(Company c, IdRejection? rfcWarning)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(
            c.Id, c.Rfc, c.RfcCheckDigitMatches, c.LegalName, c.TradeName,
            new CodeName(c.SectorCode, ScianSectors.Find(c.SectorCode)?.Name ?? c.SectorCode),
            new CodeName(c.StateCode, Entidades.NameOf(c.StateCode, english: false)),
            c.Workers, c.AnnualSalesMdp, CompanyRules.CombinedScore(c.Workers, c.AnnualSalesMdp),
            CompanyRules.Wire(c.SizeBand), CompanyRules.Wire(c.Kind), c.Website, c.Description,
            CompanyRules.Wire(CompanyRules.StatusOf(c.VerifiedAt, c.RejectedReason)), c.VerifiedAt, c.RejectedReason, c.CreatedAt, c.UpdatedAt,
            rfcWarning is null ? [] : [new Warning(CompanyRules.Fields.Rfc, rfcWarning.Code, rfcWarning.Es, rfcWarning.En)]);
    }

    private static ProblemHttpResult NotFound() => Problems.Status(StatusCodes.Status404NotFound, "No encontrado", "Not found");

    private const string LogCategory = "Semillero.Companies";

    // Ids only: a company's name and RFC are not logged.
    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Company {CompanyId} registered through the API (verified: {Verified})")]
        public static partial void Registered(ILogger logger, Guid companyId, bool verified);

        [LoggerMessage(Level = LogLevel.Information, Message = "Company {CompanyId} verified through the API")]
        public static partial void Verified(ILogger logger, Guid companyId);

        [LoggerMessage(Level = LogLevel.Information, Message = "Company {CompanyId} rejected through the API")]
        public static partial void Rejected(ILogger logger, Guid companyId);
    }
}
