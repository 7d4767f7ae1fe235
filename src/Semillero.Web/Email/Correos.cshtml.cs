using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Semillero.Email;
using Semillero.Web.Access;
using Semillero.Web.Operations;

namespace Semillero.Web.Email;

// GET /operacion/correos?para=&pagina= — every email Semillero wrote, newest first. Without SMTP
// (the offline demo) this is how messages reach people: an operator opens one and passes the link on.
public sealed class CorreosModel(EmailOutbox outbox, IOptions<SmtpOptions> smtp) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "para")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<OutboxView> Items { get; private set; } = [];

    public Paging Paging { get; private set; } = new(1, PageSize, 0);

    public bool SmtpConfigured => !string.IsNullOrWhiteSpace(smtp.Value.Host);

    public bool Filtered => !string.IsNullOrWhiteSpace(To);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var (items, total) = await outbox.ListAsync(Filtered ? To!.Trim() : null, PageNumber, PageSize, ct);
        await outbox.RecordReadAsync(User.Actor(), items.Select(i => i.To), "Operación › correos: destinatario y asunto", ct);
        Items = items;
        Paging = new Paging(PageNumber, PageSize, total);
    }

    public string? PageUrl(int page) => Url.Page(null, new { para = Filtered ? To!.Trim() : null, pagina = page > 1 ? page : (int?)null });
}
