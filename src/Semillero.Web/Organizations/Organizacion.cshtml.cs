using Semillero.Access;
using Semillero.Organizations;

namespace Semillero.Web.Organizations;

// GET /organizacion — an organisation's hub for its people: where its verification stands (and
// why not, when rejected), its data, its people and its keys, and the links to manage them.
public sealed class OrganizacionModel(ReadOrganizations read, OrganizationAccess access, ManageMembers members, ManageOrganizationKeys keys)
    : OrganizacionModelBase(read, access)
{
    public IReadOnlyList<MemberView> Members { get; private set; } = [];

    public IReadOnlyList<ApiKeyView> Keys { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await LoadOrganizationAsync(ct) is not { } organization)
        {
            return;
        }

        Members = await members.ListAsync(organization.Id, ct);
        Keys = await keys.ListAsync(organization.Id, ct);
    }
}
