using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Geography;
using Semillero.Skills;
using Semillero.Vacancies;

namespace Semillero.Web.Vacancies;

// GET /vacantes — the public search of open vacancies of verified companies.
public sealed class VacantesModel(SearchVacancies search) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "estado")]
    public string? Estado { get; set; }

    [BindProperty(SupportsGet = true, Name = "modalidad")]
    public string? Modalidad { get; set; }

    [BindProperty(SupportsGet = true, Name = "habilidad")]
    public string? Habilidad { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int Pagina { get; set; } = 1;

    public VacancyPage Result { get; private set; } = new([], 0, 1, PageSize);

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || StateCode is not null || Modality is not null || Skill is not null;

    public string? StateCode => Entidades.Find(Estado)?.Clave;

    public WorkModality? Modality => VacancyRules.ParseModality(Modalidad);

    public string? Skill => SkillCatalog.Find(Habilidad)?.Id;

    public int Pages => Math.Max(1, (Result.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await search.RunAsync(new VacancySearch(Q, StateCode, Modality, Skill, Math.Max(1, Pagina), PageSize), ct);

    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["q"] = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
            ["estado"] = StateCode,
            ["modalidad"] = Modality is { } m ? VacancyRules.Wire(m) : null,
            ["habilidad"] = Skill,
            ["pagina"] = page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/vacantes", query.Where(kv => kv.Value is not null));
    }
}
