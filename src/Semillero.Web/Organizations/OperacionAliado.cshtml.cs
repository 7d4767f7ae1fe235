using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Access;
using Semillero.Organizations;

namespace Semillero.Web.Organizations;

// GET /operacion/aliados/{id} — everything operators need to decide on one organisation: its data
// (RFC and contact included), who decided before, its people and its keys. The decision forms post
// to /operacion/aliados.
public sealed class OperacionAliadoModel(ReadOrganizations read, ManageMembers members, ManageOrganizationKeys keys) : PageModel
{
    public Organization Organization { get; private set; } = null!;

    public IReadOnlyList<MemberView> Members { get; private set; } = [];

    public IReadOnlyList<ApiKeyView> Keys { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await read.FindAsync(id, ct) is not { } organization)
        {
            return NotFound();
        }

        Organization = organization;
        Members = await members.ListAsync(id, ct);
        Keys = await keys.ListAsync(id, ct);
        return Page();
    }
}
