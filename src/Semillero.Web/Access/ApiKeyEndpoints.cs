using Microsoft.AspNetCore.Http.HttpResults;
using Semillero.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.Access;

public static class ApiKeyEndpoints
{
    // CompanyRfc: required for an empresa key, which acts only for that company. Organization: required
    // for an aliado key, the verified organisation (its id or exact name) it acts for.
    public sealed record CreateKeyRequest(string? Role, string? Name, string? CompanyRfc = null, string? Organization = null);

    public sealed record CreatedKey(string Id, string Name, string Role, string Token);

    public static void MapApiKeys(this IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/api/keys").WithTags("Llaves / Keys");

        keys.MapPost("/", async Task<Results<Created<CreatedKey>, ValidationProblem>> (CreateKeyRequest request, CreateApiKey create, CancellationToken ct) =>
            await create.RunAsync(request.Role ?? "", request.Name ?? "", request.CompanyRfc, request.Organization, ct) switch
            {
                CreateApiKeyOutcome.Created c => TypedResults.Created($"/api/keys/{c.Id}", new CreatedKey(c.Id, c.Name, c.Role, c.Token)),
                CreateApiKeyOutcome.Invalid i => Problems.Validation([new Semillero.Validation.FieldError(i.Field, i.Reason)]),
                var other => throw new InvalidOperationException(other.ToString()),
            })
            .WithSummary("Crea una llave de API (solo operadores); el secreto se muestra una vez. Una llave de aliado nombra su organización verificada (\"organization\": id o nombre exacto).");
    }
}
