using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Accounts;
using Semillero.Web.Access;

namespace Semillero.Web.Accounts;

// GET /operacion/reclamos — account requests over existing records that a partner (for the people
// it registered) or an operator (all) may decide. No personal data here: the detail is audited.
public sealed class ReclamosModel(ListRecordClaims claims, TimeProvider clock) : PageModel
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public IReadOnlyList<RecordClaimRow> Pending { get; private set; } = [];

    public IReadOnlyList<RecordClaimRow> Decided { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = await claims.ListAsync(User.Actor(), ct);
        Pending = rows.Where(r => r.Status == ClaimStatus.Pendiente).ToList();
        Decided = rows.Where(r => r.Status != ClaimStatus.Pendiente).ToList();
    }
}
