using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Geography;
using Semillero.Organizations;

namespace Semillero.Web.Organizations;

// GET /aliados?tipo=&estado= — the public directory: verified organisations only, filtered by a
// plain GET form (no JavaScript needed).
public sealed class AliadosModel(ReadOrganizations read) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tipo")]
    public string? Tipo { get; set; }

    [BindProperty(SupportsGet = true, Name = "estado")]
    public string? Estado { get; set; }

    public OrganizationKind? Kind { get; private set; }

    public string? StateCode { get; private set; }

    public bool Filtered => Kind is not null || StateCode is not null;

    public IReadOnlyList<DirectoryEntry> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Kind = OrganizationRules.ParseKind(Tipo);
        StateCode = Entidades.Find(Estado)?.Clave;
        Items = await read.DirectoryAsync(Kind, StateCode, ct);
    }
}
