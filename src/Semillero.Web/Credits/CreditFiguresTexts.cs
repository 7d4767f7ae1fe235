using System.Globalization;
using Semillero.Language;

namespace Semillero.Web.Credits;

// The words of the credits program's figures: the operators' credits hub (/operacion/creditos), its
// card on the operators' home and the startups' section of the public progress page (/avance),
// Spanish first and English, side by side (docs/adr/0010-typed-texts-in-both-languages.md).
public sealed class CreditFiguresTexts
{
    private CreditFiguresTexts(bool english) => English = english;

    public static CreditFiguresTexts Current => UiLanguage.IsEnglish ? En : Es;

    public static CreditFiguresTexts Es { get; } = new(false);

    public static CreditFiguresTexts En { get; } = new(true);

    public bool English { get; }

    private string P(string es, string en) => English ? en : es;

    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);

    // The operators' home card.
    public string HubCardTitle => P("Créditos para startups", "Startup credits");
    public string HubCardText => P("Solicitudes en curso, carga de revisores, créditos otorgados por nivel, entidad, sector y etapa, bolsas y códigos de crédito.",
        "Applications in progress, reviewers' load, credits granted by tier, state, sector and stage, pools and credit codes.");
    public string HubCardAction => P("Ver créditos", "See credits");

    // The hub.
    public string Title => P("Créditos para startups", "Startup credits");
    public string Lead => P("Cómo avanzan las solicitudes, quién las revisa, qué se ha otorgado y cuánto queda en cada bolsa.",
        "How applications are moving, who reviews them, what has been granted and how much is left in each pool.");
    public string LinksTitle => P("Secciones", "Sections");
    public string LinkCodes => P("Códigos de crédito", "Credit codes");
    public string NoAwards => P("Todavía no se ha otorgado ningún crédito.", "No credits have been granted yet.");
    public string PipelineTitle => P("Solicitudes por estado", "Applications by status");
    public string PipelineIntro => P("Antigüedad en días desde que la startup envió la solicitud.", "Age in days since the startup submitted the application.");
    public string NoApplications => P("Todavía no hay solicitudes.", "There are no applications yet.");
    public string ColStatus => P("Estado", "Status");
    public string ColApplications => P("Solicitudes", "Applications");
    public string ColMedianAge => P("Antigüedad mediana (días)", "Median age (days)");
    public string ColOldestAge => P("Más antigua (días)", "Oldest (days)");
    public string ReviewersTitle => P("Carga de revisores", "Reviewers' load");
    public string ReviewersIntro => P("Revisiones asignadas y aún no enviadas en solicitudes abiertas.", "Reviews assigned and not yet submitted on open applications.");
    public string NoReviewers => P("No hay revisores activos.", "There are no active reviewers.");
    public string ColReviewer => P("Revisor", "Reviewer");
    public string ColOpenReviews => P("Revisiones abiertas", "Open reviews");
    public string Inactive => P("(inactivo)", "(inactive)");
    public string AwardsTitle => P("Créditos otorgados", "Credits granted");

    // {0}: awards, {1}: startups, {2}: USD.
    public string AwardsSummary => P("{0} otorgamientos a {1} startups por {2}.", "{0} awards to {1} startups worth {2}.");
    public string ByTierTitle => P("Por nivel", "By tier");
    public string ByStateTitle => P("Por entidad", "By state");
    public string BySectorTitle => P("Por sector SCIAN", "By SCIAN sector");
    public string ByStageTitle => P("Por etapa", "By stage");
    public string ColTier => P("Nivel", "Tier");
    public string ColState => P("Entidad", "State");
    public string ColSector => P("Sector", "Sector");
    public string ColStage => P("Etapa", "Stage");
    public string ColAwards => P("Otorgamientos", "Awards");
    public string ColStartups => P("Startups", "Startups");
    public string ColUsd => P("USD otorgados", "USD granted");
    public string PoolsTitle => P("Bolsas", "Pools");
    public string NoPools => P("Todavía no hay bolsas de presupuesto.", "There are no budget pools yet.");
    public string ColPool => P("Bolsa", "Pool");
    public string ColPeriod => P("Vigencia", "Period");
    public string ColAmount => P("Monto", "Amount");
    public string ColAwarded => P("Otorgado", "Awarded");
    public string ColLeft => P("Disponible", "Left");
    public string Total => P("Total", "Total");

    // The public progress page.
    public string PublicTitle => P("Créditos de nube para startups", "Cloud credits for startups");
    public string PublicIntro => P("Startups del programa que recibieron créditos de nube y los dólares otorgados, por entidad y por sector.",
        "Program startups that received cloud credits and the dollars granted, by state and by sector.");
    public string PublicNone => P("Todavía no se han otorgado créditos de nube a ninguna startup.", "No cloud credits have been granted to any startup yet.");
    public string PublicStartups => P("Startups apoyadas", "Startups supported");
    public string PublicUsd => P("Créditos otorgados", "Credits granted");
    public string PublicByState => P("Créditos por entidad", "Credits by state");
    public string PublicBySector => P("Créditos por sector", "Credits by sector");
    public string PublicTotal => P("Total nacional", "National total");
    public string SuppressionNote => P("«<5»: menos de 5 startups. «Reservado»: cifra oculta porque permitiría deducir otra de menos de 5 startups.",
        "«<5»: fewer than 5 startups. «Withheld»: hidden because it would reveal another figure of fewer than 5 startups.");
}
