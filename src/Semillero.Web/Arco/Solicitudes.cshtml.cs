using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Arco;
using Semillero.Web.Operations;

namespace Semillero.Web.Arco;

// GET /operacion/solicitudes — ARCO requests waiting for an answer, overdue first. The queue shows
// no personal data (what the person asked may include it): the detail page, which is audited, does.
public sealed class SolicitudesModel(ArcoRequests arco) : PageModel
{
    public IReadOnlyList<ArcoQueueItem> Items { get; private set; } = [];

    public int Overdue => Items.Count(i => i.Overdue);

    public int DueSoon => Items.Count(i => !i.Overdue && i.DaysLeft <= OperacionTime.DueSoonDays);

    public async Task OnGetAsync(CancellationToken ct) => Items = await arco.QueueAsync(ct);
}
