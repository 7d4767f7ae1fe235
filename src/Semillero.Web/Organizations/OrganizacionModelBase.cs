using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Organizations;
using Semillero.Web.Access;

namespace Semillero.Web.Organizations;

// What the /organizacion pages share: the reader's organisation, read from their account (not the
// sign-in claims, so a pending organisation's people see their hub and a role change counts at
// once), and the one-time messages a write leaves for the next page.
public abstract class OrganizacionModelBase(ReadOrganizations read, OrganizationAccess access) : PageModel
{
    public const string Flash = "organizacion-aviso";
    public const string FlashError = "organizacion-error";

    public Membership? Membership { get; private set; }

    public Organization? Organization { get; private set; }

    public bool IsAdministrator => Membership?.IsAdministrator == true;

    public Guid? Me => Guid.TryParse(User.Actor().Id, out var id) ? id : null;

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    protected async Task<Organization?> LoadOrganizationAsync(CancellationToken ct)
    {
        Message = TempData[Flash] as string;
        Error = TempData[FlashError] as string;
        Membership = await access.MembershipAsync(User.Actor(), ct);
        Organization = Membership is { } m ? await read.FindAsync(m.OrganizationId, ct) : null;
        return Organization;
    }
}
