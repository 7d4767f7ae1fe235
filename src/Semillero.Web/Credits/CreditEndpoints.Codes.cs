namespace Semillero.Web.Credits;

public static partial class CreditEndpoints
{
    private static void MapCreditCodes(this IEndpointRouteBuilder app)
    {
        _ = app;
    }
}
