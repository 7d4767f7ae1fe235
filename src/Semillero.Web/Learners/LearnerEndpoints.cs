using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Semillero.Access;
using Semillero.Learners;
using Semillero.Privacy;
using Semillero.Web.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.Learners;

public static class LearnerEndpoints
{
    public sealed record RegisterLearnerRequest(
        string? Curp,
        string? Nombre,
        string? PrimerApellido,
        string? SegundoApellido,
        string? Correo,
        string? Entidad,
        string? Segmento);

    // The API speaks camelCase; LearnerRules names fields as the CSV columns.
    private static string ApiField(string field) => field switch
    {
        LearnerRules.Fields.PrimerApellido => "primerApellido",
        LearnerRules.Fields.SegundoApellido => "segundoApellido",
        _ => field,
    };

    public static void MapLearners(this IEndpointRouteBuilder app)
    {
        var learners = app.MapGroup("/api/learners")
            .WithTags("Aprendices / Learners");

        learners.MapPost("/", Register)
            .WithName("RegisterLearner")
            .WithSummary("Registra a una persona por su CURP.")
            .WithDescription("201 con Location; 400 con los campos y motivos; 409 si la CURP ya está registrada: con el Location del registro existente si quien llama puede verlo, sin él (código ya_registrado_por_otro) si la persona la registró otra institución o ella misma.");

        learners.MapGet("/{id:guid}", Get).WithName("GetLearner").WithSummary("Un aprendiz por id.");

        learners.MapGet("/", Search).WithName("SearchLearners").WithSummary("Busca por CURP y entidad, paginado.");

        learners.MapPost("/imports", Import)
            .WithName("ImportLearners")
            .WithSummary("Importa un CSV (multipart, campo «file»): todo o nada, reporte por fila.")
            .DisableAntiforgery();

        learners.MapGet("/imports/{id:guid}", GetImport).WithName("GetLearnerImport").WithSummary("Resultado de una importación.");
    }

    private static async Task<Results<Created<LearnerView>, ValidationProblem, ProblemHttpResult>> Register(
        RegisterLearnerRequest request, RegisterLearner register, ClaimsPrincipal user, HttpContext http, CancellationToken ct)
    {
        var input = new LearnerInput(request.Curp, request.Nombre, request.PrimerApellido, request.SegundoApellido, request.Correo, request.Entidad, request.Segmento);
        switch (await register.RunAsync(input, Registrar.For(user.Actor()), ct))
        {
            case RegisterLearnerOutcome.Registered r:
                return TypedResults.Created($"/api/learners/{r.Learner.Id}", FindLearners.ToView(r.Learner));
            case RegisterLearnerOutcome.Invalid i:
                return Problems.Validation(i.Errors, ApiField);
            case RegisterLearnerOutcome.AlreadyRegistered a:
                var location = $"/api/learners/{a.ExistingId}";
                http.Response.Headers.Location = location;
                return Problems.Status(StatusCodes.Status409Conflict,
                    "La CURP ya está registrada", "The CURP is already registered",
                    "Cada persona se registra una sola vez; el registro existente está en «location».",
                    "Each person is registered once; the existing record is at «location».",
                    new Dictionary<string, object?> { ["location"] = location, ["existingId"] = a.ExistingId });
            case RegisterLearnerOutcome.RegisteredByAnother:
                // Only what the caller may know: the CURP is taken, not by whom nor where.
                return Problems.Status(StatusCodes.Status409Conflict,
                    "La CURP ya está registrada", "The CURP is already registered",
                    "Esta CURP ya está en el registro; no puede modificar a una persona que registró otra institución o que se registró por sí misma.",
                    "This CURP is already in the registry; you cannot change a person registered by another institution or by themself.",
                    new Dictionary<string, object?> { ["code"] = ImportLearners.RegisteredByAnotherCode });
            default:
                throw new InvalidOperationException("unexpected outcome");
        }
    }

    // Every read of a person's data by someone else is audited: who, role, when, what and why. The
    // caller states why in the X-Finalidad header; without it the program's operation is recorded.
    private static async Task<Results<Ok<LearnerView>, ProblemHttpResult>> Get(
        Guid id, FindLearners find, AuditLog audit, ClaimsPrincipal user, [FromHeader(Name = "X-Finalidad")] string? why, CancellationToken ct)
    {
        var actor = user.Actor();
        if (await find.ByIdAsync(id, LearnerScope.For(actor), ct) is not { } learner)
        {
            return NotFound();
        }

        await audit.RecordAsync(actor, [learner.Id], "consulta", "GET /api/learners/{id}: ficha completa", why, ct);
        return TypedResults.Ok(learner);
    }

    private static async Task<Results<Ok<LearnerPage>, ValidationProblem>> Search(
        FindLearners find, AuditLog audit, ClaimsPrincipal user, CancellationToken ct,
        [FromQuery] string? curp = null, [FromQuery] string? entidad = null, [FromQuery] int page = 1, [FromQuery] int pageSize = 50,
        [FromHeader(Name = "X-Finalidad")] string? why = null)
    {
        var actor = user.Actor();
        switch (await find.SearchAsync(new LearnerSearch(curp, entidad, page, pageSize), LearnerScope.For(actor), ct))
        {
            case FindLearnersOutcome.Found f:
                await audit.RecordAsync(actor, f.Page.Items.Select(i => i.Id), "busqueda", "GET /api/learners: ficha en resultados de búsqueda", why, ct);
                return TypedResults.Ok(f.Page);
            case FindLearnersOutcome.Invalid i:
                return Problems.Validation(i.Errors);
            default:
                throw new InvalidOperationException("unexpected outcome");
        }
    }

    private static async Task<Results<Created<ImportSummary>, ProblemHttpResult>> Import(
        IFormFile? file, ImportLearners import, ClaimsPrincipal user, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return Problems.Status(StatusCodes.Status400BadRequest,
                "Falta el archivo", "The file is missing",
                "Envíe el CSV como multipart/form-data en el campo «file».", "Send the CSV as multipart/form-data in the «file» field.");
        }

        // Form files are buffered to disk by ASP.NET Core beyond 64 KB, so this stream is seekable.
        await using var stream = file.OpenReadStream();
        return await import.RunAsync(stream, file.FileName, Registrar.For(user.Actor()), null, null, ct) switch
        {
            ImportLearnersOutcome.Completed c => TypedResults.Created($"/api/learners/imports/{c.Summary.ImportId}", c.Summary),
            ImportLearnersOutcome.Unreadable u => Problems.Status(StatusCodes.Status400BadRequest,
                "No se importó nada: el archivo no se pudo leer", "Nothing was imported: the file could not be read", u.Es, u.En),
            ImportLearnersOutcome.MissingColumns m => Problems.Status(StatusCodes.Status400BadRequest,
                "No se importó nada: faltan columnas obligatorias", "Nothing was imported: required columns are missing",
                $"Faltan: {string.Join(", ", m.Missing)}.", $"Missing: {string.Join(", ", m.Missing)}.",
                new Dictionary<string, object?> { ["missing"] = m.Missing, ["found"] = m.Found }),
            _ => throw new InvalidOperationException("unexpected outcome"),
        };
    }

    private static async Task<Results<Ok<LearnerImport>, ProblemHttpResult>> GetImport(Guid id, Semillero.Data.SemilleroDb db, ClaimsPrincipal user, CancellationToken ct)
    {
        var import = await db.LearnerImports.FindAsync([id], ct);
        var actor = user.Actor();
        return import is not null && (actor.Role == Roles.Operador || import.ImportedBy == actor.Organization)
            ? TypedResults.Ok(import)
            : NotFound();
    }

    private static ProblemHttpResult NotFound() =>
        Problems.Status(StatusCodes.Status404NotFound, "No encontrado", "Not found");
}
