namespace Semillero.Web.Credits;

public static partial class CreditEndpoints
{
    private static void MapCreditFigures(this IEndpointRouteBuilder app)
    {
        _ = app;
    }
}
