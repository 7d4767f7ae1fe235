using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Semillero.Accounts;
using Semillero.Web.Hosting;

namespace Semillero.Web.Accounts;

// /cuenta/reclamar?solicitud={id}&codigo={secret} — the link sent to the email a record already
// holds when someone registers with its CURP. Opening it only asks (mail scanners follow links);
// the owner of that mailbox then accepts the claim or says it wasn't them.
[EnableRateLimiting(RateLimitOptions.Sensitive)]
public sealed class ReclamarModel(ConfirmRecordClaim claims) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "solicitud")]
    public string? Solicitud { get; set; }

    [BindProperty(SupportsGet = true, Name = "codigo")]
    public string? Codigo { get; set; }

    [BindProperty(Name = "decision")]
    public string? Decision { get; set; }

    public RecordClaimLink? Link { get; private set; }

    public ConfirmRecordClaimOutcome? Outcome { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        Link = Guid.TryParse(Solicitud, out var id) ? await claims.ReadAsync(id, Codigo, ct) : null;
        if (Link is null)
        {
            Outcome = new ConfirmRecordClaimOutcome.InvalidLink();
        }
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        Outcome = Guid.TryParse(Solicitud, out var id) && Decision is "si" or "no"
            ? await claims.RunAsync(id, Codigo, itWasMe: Decision == "si", ct)
            : new ConfirmRecordClaimOutcome.InvalidLink();
    }
}
