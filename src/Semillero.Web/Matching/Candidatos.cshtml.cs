using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Geography;
using Semillero.Matching;
using Semillero.Web.Access;
using Semillero.Web.Operations;

namespace Semillero.Web.Matching;

// GET /empresa/vacantes/{id}/candidatos?estado=&disponibilidad=&cumple=1&verificadas=1&vista=compacta&pagina=
// — the vacancy's ranked, pseudonymous candidates with why they rank there and an invitation form
// each (the hiring feature receives it). The filters are a plain GET form, so they work without
// JavaScript, stay in the address and travel with the pager's links.
public sealed class CandidatosModel(RankCandidates rank) : PageModel
{
    public const int PageSize = RankCandidates.DefaultTop;

    public RankCandidatesOutcome Outcome { get; private set; } = new RankCandidatesOutcome.NotFound();

    public Guid Id { get; private set; }

    [FromQuery(Name = "invitado")]
    public string? Invited { get; set; }

    [FromQuery(Name = "estado")]
    public string? Estado { get; set; }

    [FromQuery(Name = "disponibilidad")]
    public string? Disponibilidad { get; set; }

    [FromQuery(Name = "cumple")]
    public bool Cumple { get; set; }

    [FromQuery(Name = "verificadas")]
    public bool Verificadas { get; set; }

    [FromQuery(Name = "vista")]
    public string? Vista { get; set; }

    [FromQuery(Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public bool Compact => Vista == "compacta";

    public CandidateFilter Filter { get; private set; } = CandidateFilter.None;

    public bool Filtered => Filter != CandidateFilter.None;

    public Paging Paging { get; private set; } = new(1, PageSize, 0);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        Id = id;
        // Unknown values are ignored rather than refused: the form only offers valid ones.
        Estado = Entidades.ByCode(Estado ?? "") is null ? null : Estado;
        Disponibilidad = AvailabilityOf(Disponibilidad) is null ? null : Disponibilidad;
        Filter = new CandidateFilter(Estado, AvailabilityOf(Disponibilidad), Cumple, Verificadas);
        PageNumber = Math.Max(1, PageNumber);
        Outcome = await rank.PageAsync(id, Filter, (PageNumber - 1) * PageSize, PageSize, User.Actor(), ct);
        if (Outcome is RankCandidatesOutcome.NotFound)
        {
            return NotFound();
        }

        if (Outcome is RankCandidatesOutcome.Warming)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "5";
        }

        if (Outcome is RankCandidatesOutcome.Ranked ranked)
        {
            Paging = new Paging(PageNumber, PageSize, ranked.Matching);
        }

        return Page();
    }

    public static IReadOnlyList<(string Wire, Availability Value)> Availabilities { get; } =
        [("inmediata", Availability.Inmediata), ("proxima", Availability.Proxima), ("abierta", Availability.Abierta)];

    private static Availability? AvailabilityOf(string? wire) =>
        Availabilities.FirstOrDefault(a => a.Wire == wire) is { Wire: not null } found ? found.Value : null;

    public string? ClearLink => Url.Page(null, new { id = Id, vista = Vista == "compacta" ? Vista : null });

    // The same filters with another page or view; null values drop out of the address.
    public string? Link(int? page = null, string? vista = "") => Url.Page(null, new
    {
        id = Id,
        estado = Estado,
        disponibilidad = Disponibilidad,
        cumple = Cumple ? "true" : null,
        verificadas = Verificadas ? "true" : null,
        vista = vista == "" ? Vista : vista,
        pagina = page is > 1 ? page : null,
    });
}
