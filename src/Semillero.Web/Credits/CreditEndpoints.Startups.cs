namespace Semillero.Web.Credits;

public static partial class CreditEndpoints
{
    private static void MapStartupProfiles(this IEndpointRouteBuilder app)
    {
        _ = app;
    }
}
