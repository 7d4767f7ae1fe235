using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Learners;

namespace Semillero.Web.Pages;

public sealed class IndexModel(RegistryCounts counts) : PageModel
{
    public RegistrySnapshot? Snapshot { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Snapshot = await counts.RunAsync(ct);
}
