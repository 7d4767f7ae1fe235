using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Semillero.Email;
using Semillero.Web.Access;
using Semillero.Web.Operations;

namespace Semillero.Web.Email;

// GET /operacion/correos/{id} — one message as its recipient gets it, links clickable.
public sealed class CorreoModel(EmailOutbox outbox, IOptions<SmtpOptions> smtp) : PageModel
{
    public OutboxView? Message { get; private set; }

    public IReadOnlyList<TextPart> Body { get; private set; } = [];

    public IReadOnlyList<TextPart> Links => Body.Where(p => p.IsLink).DistinctBy(p => p.Text).ToList();

    public bool SmtpConfigured => !string.IsNullOrWhiteSpace(smtp.Value.Host);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Message = await outbox.FindAsync(id, ct);
        if (Message is not null)
        {
            await outbox.RecordReadAsync(User.Actor(), [Message.To], "Operación › correos: mensaje completo", ct);
        }

        if (Message is null)
        {
            return NotFound();
        }

        Body = OperacionText.Linkify(Message.BodyText);
        return Page();
    }
}
