using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Semillero.Cohorts;
using Semillero.Data;
using Semillero.Geography;

namespace Semillero.Web.Cohorts;

// GET /convocatorias — the public search of approved cohorts taking enrolments today: a GET form
// (path, state, modality, start dates) that works without JavaScript, paged.
public sealed class ConvocatoriasModel(ReadCohorts read, SemilleroDb db) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "ruta")]
    public string? Ruta { get; set; }

    [BindProperty(SupportsGet = true, Name = "estado")]
    public string? Estado { get; set; }

    [BindProperty(SupportsGet = true, Name = "modalidad")]
    public string? Modalidad { get; set; }

    [BindProperty(SupportsGet = true, Name = "desde")]
    public DateOnly? Desde { get; set; }

    [BindProperty(SupportsGet = true, Name = "hasta")]
    public DateOnly? Hasta { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int Pagina { get; set; } = 1;

    public CohortPage Result { get; private set; } = new([], 0, 1, PageSize);

    public IReadOnlyList<(string Code, string Name)> PathOptions { get; private set; } = [];

    public string? StateCode => Entidades.Find(Estado)?.Clave;

    public CohortModality? Modality => CohortRules.ParseModality(Modalidad);

    public bool Filtered => !string.IsNullOrWhiteSpace(Ruta) || StateCode is not null || Modality is not null || Desde is not null || Hasta is not null;

    public int Pages => Math.Max(1, (Result.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var english = CohortTexts.Current.English;
        PathOptions = (await db.LearningPaths.AsNoTracking().Where(p => p.Published).Select(p => new { p.Code, p.NameEs, p.NameEn }).ToListAsync(ct))
            .Select(p => (p.Code, english ? p.NameEn : p.NameEs)).OrderBy(p => p.Item2, StringComparer.CurrentCulture).ToList();
        Result = await read.SearchAsync(new CohortSearch(Ruta, StateCode, Modality, Desde, Hasta, Math.Max(1, Pagina), PageSize), ct);
    }

    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["ruta"] = string.IsNullOrWhiteSpace(Ruta) ? null : Ruta.Trim(),
            ["estado"] = StateCode,
            ["modalidad"] = Modality is { } m ? CohortRules.Wire(m) : null,
            ["desde"] = Desde?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["hasta"] = Hasta?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["pagina"] = page == 1 ? null : page.ToString(CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/convocatorias", query.Where(kv => kv.Value is not null));
    }
}
