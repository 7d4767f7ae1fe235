using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Cohorts;
using Semillero.Web.Access;

namespace Semillero.Web.Cohorts;

// GET /organizacion/convocatorias — an organisation's cohorts: status, seats taken of capacity and
// waitlist length, with links to change each one and enrol people.
public sealed class OrganizacionConvocatoriasModel(ReadCohorts read) : PageModel
{
    public IReadOnlyList<CohortDetail> Items { get; private set; } = [];

    public bool HasOrganization { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Message = TempData[ConvocatoriaModel.Flash] as string;
        if (User.Actor().OrganizationId is { } org)
        {
            HasOrganization = true;
            Items = await read.ForOrganizationAsync(org, ct);
        }
    }
}
