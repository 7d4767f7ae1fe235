using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Calendar;
using Semillero.Credits;
using Semillero.Web.Access;

namespace Semillero.Web.Credits;

// GET/POST /empresa/creditos/codigos — the startup's credits and their codes (docs/credits.md,
// "Delivery of credit codes"). Codes are masked; "Mostrar códigos" posts and the answer shows them
// (decrypted and recorded in the access log by ReadCreditCodes), never cached. "Ya los canjeé" marks
// an award redeemed. Another company's award is a 404, as an unknown one.
public sealed class CodigosEmpresaModel(ReadCreditCodes read, TimeProvider clock) : PageModel
{
    public CompanyCreditCodes? Codes { get; private set; }

    public DateOnly Today { get; private set; }

    public string? Message { get; private set; }

    public string? Refusal { get; private set; }

    [BindProperty(Name = "awardId")]
    public Guid? AwardId { get; set; }

    private const string Flash = "creditos-codigos-mensaje";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Message = TempData[Flash] as string;
        return await LoadAsync(false, ct);
    }

    public async Task<IActionResult> OnPostMostrarAsync(CancellationToken ct) => await LoadAsync(true, ct);

    public async Task<IActionResult> OnPostCanjeadoAsync(CancellationToken ct)
    {
        var actor = User.Actor();
        if (actor.CompanyId is not { } companyId || AwardId is not { } awardId)
        {
            return NotFound();
        }

        switch (await read.MarkRedeemedAsync(companyId, awardId, actor, ct))
        {
            case MarkRedeemedOutcome.Redeemed:
                TempData[Flash] = CreditCodesTexts.Current.RedeemedSaved;
                return RedirectToPage();
            case MarkRedeemedOutcome.NotDelivered:
                Refusal = CreditCodesTexts.Current.NotDelivered;
                return await LoadAsync(false, ct);
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> LoadAsync(bool reveal, CancellationToken ct)
    {
        Today = ProgramCalendar.Today(clock);
        var actor = User.Actor();
        if (actor.CompanyId is not { } companyId)
        {
            return Page();
        }

        var outcome = reveal ? await read.RevealAsync(companyId, actor, ct) : await read.ListAsync(companyId, actor, ct);
        Codes = (outcome as ReadCreditCodesOutcome.Found)?.Codes;
        if (reveal)
        {
            // Decrypted codes stay out of every cache and the browser's back/forward copy.
            Response.Headers.CacheControl = "no-store";
        }

        return Page();
    }

    public static string Date(DateOnly day) => Dates.Written(day);

    public static string Date(DateTime at) => Dates.Written(at);

    public string Status(CompanyCreditAward a)
    {
        var t = CreditCodesTexts.Current;
        return a.RedeemedAt is not null ? t.StatusRedeemed
            : a.ExpiresOn < Today ? t.StatusExpired
            : a.DeliveredAt is not null ? t.StatusDelivered
            : t.StatusWaiting;
    }
}
