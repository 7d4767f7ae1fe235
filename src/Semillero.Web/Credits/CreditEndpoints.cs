namespace Semillero.Web.Credits;

// The credits capability through the API (docs/credits.md). Each part of it maps its routes in its
// own file of this partial class: startup profiles and the investors' directory
// (CreditEndpoints.Startups.cs), the program's rules, pools and vouching codes
// (CreditEndpoints.Program.cs), applications, reviews and decisions
// (CreditEndpoints.Applications.cs), credit codes and reminders (CreditEndpoints.Codes.cs), and the
// program's figures (CreditEndpoints.Figures.cs).
public static partial class CreditEndpoints
{
    public static void MapCredits(this IEndpointRouteBuilder app)
    {
        app.MapStartupProfiles();
        app.MapCreditProgram();
        app.MapCreditApplications();
        app.MapCreditCodes();
        app.MapCreditFigures();
    }
}
