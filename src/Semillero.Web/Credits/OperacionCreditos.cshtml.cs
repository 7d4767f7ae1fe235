using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Credits;
using Semillero.Disclosure;
using Semillero.Web.Companies;
using Semillero.Web.Site;

namespace Semillero.Web.Credits;

// GET /operacion/creditos — the operators' credits hub (docs/credits.md, "Figures"): the
// applications' pipeline, the reviewers' load (with their names: operators only), the awards by
// tier, state, sector and stage, and the pools' budgets; links to the credits' other pages.
public sealed class OperacionCreditosModel(ReadCreditFigures read) : PageModel
{
    public CreditPipelineFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Figures = await read.PipelineAsync(ct);

    public static string Count(long n) => n.ToString("N0", CultureInfo.CurrentCulture);

    public static string Days(double? days) => days is { } d ? d.ToString("#,0.#", CultureInfo.CurrentCulture) : "—";

    public static string Days(int? days) => days is { } d ? d.ToString("N0", CultureInfo.CurrentCulture) : "—";

    public static string StateName(string code) => EmpresasTexts.StateName(code);

    public static string SectorName(string code) => $"{code} · {EmpresasTexts.SectorName(code)}";

    public static string StageName(string key, bool english) => Enum.TryParse<StartupStage>(key, out var stage) ? CreditRules.Stage(stage, english) : key;

    public static string Day(DateOnly day) => Semillero.Calendar.Dates.Compact(day);

    // A withheld count on a public table ("<5" or "Reservado").
    public static IHtmlContent Startups(CreditCell cell) => SuppressedCell.Html(cell.Value.ToString("N0", CultureInfo.CurrentCulture), cell.Suppression);

    // Money is not a count: a "<5" beside dollars would read as "under USD 5", so a hidden amount is
    // always "Reservado".
    public static IHtmlContent Usd(CreditCell cell) => cell.Suppression == Suppression.None
        ? new HtmlString(System.Net.WebUtility.HtmlEncode(CreditRules.FormatUsd(cell.Value)))
        : SuppressedCell.Html(Suppression.Withheld);
}
