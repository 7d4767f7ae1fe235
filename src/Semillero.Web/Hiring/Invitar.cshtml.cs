using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Hiring;
using Semillero.Web.Access;

namespace Semillero.Web.Hiring;

// GET/POST /empresa/vacantes/{id}/invitar — invites a pseudonymous candidate to apply. The ranked
// candidates page posts here (fields alias and mensaje); on success the employer goes back to that
// list with ?invitado=ALIAS. Alone, the page is a small form for an alias given in the query.
public sealed class InvitarModel(SemilleroDb db, InviteCandidate invite) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "alias")]
    public string? Alias { get; set; }

    [BindProperty(Name = "mensaje")]
    public string? Mensaje { get; set; }

    public Guid VacancyId { get; private set; }

    public string VacancyTitle { get; private set; } = "";

    // Problems by field (alias, mensaje) and for the whole page ("").
    public ILookup<string, string> Errors { get; private set; } = Array.Empty<string>().ToLookup(e => e);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var t = HiringTexts.Current;
        var errors = new List<(string Field, string Message)>();
        switch (await invite.RunAsync(new InviteCandidateInput(id, Alias, Mensaje), User.Actor(), ct))
        {
            case InviteCandidateOutcome.Invited invited:
                return Redirect($"/empresa/vacantes/{id}/candidatos?invitado={Uri.EscapeDataString(invited.Alias)}");
            case InviteCandidateOutcome.VacancyNotFound:
                return NotFound();
            case InviteCandidateOutcome.CandidateNotFound:
                errors.Add(("alias", t.InviteNotFound));
                break;
            case InviteCandidateOutcome.VacancyNotOpen:
                errors.Add(("", t.VacancyNotOpen));
                break;
            case InviteCandidateOutcome.Invalid invalid:
                errors.AddRange(invalid.Errors.Select(e => e.Field == "alias" ? ("alias", t.InviteAliasRequired) : ("mensaje", t.InviteMessageTooLong)));
                break;
        }

        Errors = errors.ToLookup(e => e.Field, e => e.Message, StringComparer.Ordinal);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        VacancyId = id;
        var title = await HiringScope.Vacancies(db, User.Actor()).AsNoTracking().Where(v => v.Id == id).Select(v => v.Title).FirstOrDefaultAsync(ct);
        VacancyTitle = title ?? "";
        return title is not null;
    }
}
