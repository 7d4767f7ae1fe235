using Microsoft.AspNetCore.Mvc;
using Semillero.Arco;
using Semillero.Privacy;

namespace Semillero.Web.Arco;

// GET /mis-datos — everything Semillero holds about the learner, readable, with the ARCO actions.
public sealed class MisDatosModel(MyData myData, PrivacyNotices notices) : MisDatosPage
{
    public MyDataExport Export { get; private set; } = null!;

    // The latest decision for each purpose of the notice in force (null: never answered).
    public IReadOnlyList<(Purpose Purpose, ConsentRecordView? Latest)> Consents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (LearnerId is not { } learnerId || await myData.ExportAsync(learnerId, ct) is not { } export)
        {
            return NotFound();
        }

        Export = export;
        Consents = notices.Current.Purposes
            .Select(p => (p, export.ConsentHistory.LastOrDefault(r => r.Purpose == p.Code)))
            .ToList();
        return Page();
    }
}
