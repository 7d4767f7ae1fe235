namespace Semillero.Web.Credits;

public static partial class CreditEndpoints
{
    private static void MapCreditProgram(this IEndpointRouteBuilder app)
    {
        _ = app;
    }
}
