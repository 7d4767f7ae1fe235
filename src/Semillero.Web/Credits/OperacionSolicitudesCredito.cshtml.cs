using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Credits;
using Semillero.Web.Access;

namespace Semillero.Web.Credits;

// GET /operacion/creditos/solicitudes — operators' list of applications, filtered by status.
public sealed class OperacionSolicitudesCreditoModel(ReadCreditApplications read) : PageModel
{
    public IReadOnlyList<ApplicationSummary> Items { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "estado")]
    public ApplicationStatus? Estado { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Items = await read.ListAsync(Estado, User.Actor(), ct);
        return Page();
    }
}
