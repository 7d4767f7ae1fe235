using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Organizations;

namespace Semillero.Web.Organizations;

// GET /aliados/{id} — a verified organisation's public page: name, kind, state and website. Its
// RFC and contact person are not shown; an unverified organisation is not found.
public sealed class AliadoModel(ReadOrganizations read) : PageModel
{
    public DirectoryEntry Organization { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await read.FindVerifiedAsync(id, ct) is not { } entry)
        {
            return NotFound();
        }

        Organization = entry;
        return Page();
    }
}
