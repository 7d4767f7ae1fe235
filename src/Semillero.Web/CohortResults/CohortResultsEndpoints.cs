using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Semillero.CohortResults;
using Semillero.Web.Access;
using Semillero.Web.Hosting;

namespace Semillero.Web.CohortResults;

public static class CohortResultsEndpoints
{
    public static void MapCohortResults(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/organizations/{id:guid}/results", Get)
            .WithTags("Resultados / Results")
            .WithName("OrganizationResults")
            .WithSummary("Lo que lograron las personas de las convocatorias de una organización: en espera, inscritas, activas, completaron un curso, egresadas, con insignia y colocadas, por convocatoria, entidad, sexo y edad, y la tasa de egreso (egresadas / inscritas).")
            .WithDescription("La propia organización y la operación ven cifras exactas; para analistas, las celdas de 1 a 4 personas y sus complementarias llegan como null (suppressed: true). Otra organización recibe 404.");
    }

    private static async Task<Results<Ok<ResultsView>, ProblemHttpResult>> Get(Guid id, ReadOrganizationResults read, ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = ResultsScope.For(user.Actor(), id);
        if (!scope.Allowed || await read.RunAsync(id, ct) is not ReadOrganizationResultsOutcome.Found found)
        {
            return Problems.Status(StatusCodes.Status404NotFound, "La organización no existe o no es suya.", "The organisation does not exist or is not yours.");
        }

        return TypedResults.Ok(FunnelTables.Build(found.Results, scope.Suppressed));
    }
}
