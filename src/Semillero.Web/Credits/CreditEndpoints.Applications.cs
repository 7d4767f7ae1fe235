namespace Semillero.Web.Credits;

public static partial class CreditEndpoints
{
    private static void MapCreditApplications(this IEndpointRouteBuilder app)
    {
        _ = app;
    }
}
