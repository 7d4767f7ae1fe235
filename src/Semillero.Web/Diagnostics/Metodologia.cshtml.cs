using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Diagnostics;

namespace Semillero.Web.Diagnostics;

// GET /diagnostico/metodologia?version= — the method and the whole question bank, public, so
// anyone can recompute a result (docs/diagnostic.md says the same for readers of the repository).
public sealed class MetodologiaModel(BankVersions banks) : PageModel
{
    public QuestionBank Bank { get; private set; } = QuestionBanks.Shipped;

    public IReadOnlyList<BankVersionView> Versions { get; private set; } = [];

    public async Task OnGetAsync(int? version, CancellationToken ct)
    {
        Bank = version is { } v && await banks.FindAsync(v, ct) is { } found ? found : await banks.CurrentAsync(ct);
        Versions = await banks.ListAsync(ct);
    }
}
