using Microsoft.AspNetCore.Mvc;
using Semillero.Privacy;

namespace Semillero.Web.Arco;

// GET /mis-datos/accesos — every time someone other than the learner looked at or changed their
// data: when, who, in which role, what and why.
public sealed class AccesosModel(AuditLog audit) : MisDatosPage
{
    // AuditLog.ForLearnerAsync returns at most this many, newest first.
    public const int Shown = 500;

    public IReadOnlyList<AuditView> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (LearnerId is not { } learnerId)
        {
            return NotFound();
        }

        Entries = await audit.ForLearnerAsync(learnerId, ct);
        return Page();
    }
}
