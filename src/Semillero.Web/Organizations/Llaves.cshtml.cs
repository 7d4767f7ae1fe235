using Microsoft.AspNetCore.Mvc;
using Semillero.Access;
using Semillero.Organizations;
using Semillero.Web.Access;

namespace Semillero.Web.Organizations;

// GET/POST /organizacion/llaves — the organisation's API keys. Administrators of a verified
// organisation create them (the secret is shown once, in the response to the form, never stored or
// redirected through a cookie) and revoke them; ManageOrganizationKeys checks the owner each time.
public sealed partial class LlavesModel(ReadOrganizations read, OrganizationAccess access, ManageOrganizationKeys keys, ILogger<LlavesModel> logger)
    : OrganizacionModelBase(read, access)
{
    [BindProperty(Name = "nombre")]
    public string? KeyName { get; set; }

    public IReadOnlyList<ApiKeyView> Keys { get; private set; } = [];

    public CreateApiKeyOutcome.Created? Created { get; private set; }

    public string? NameError { get; private set; }

    public bool Verified => Organization?.VerifiedAt is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadOrganizationAsync(ct) is not { } organization)
        {
            return RedirectToPage("/Organizations/Organizacion");
        }

        Keys = await keys.ListAsync(organization.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCrearAsync(CancellationToken ct)
    {
        if (await LoadOrganizationAsync(ct) is not { } organization)
        {
            return RedirectToPage("/Organizations/Organizacion");
        }

        var t = AliadosTexts.Current;
        switch (await keys.CreateAsync(organization.Id, KeyName, User.Actor(), ct))
        {
            case OrganizationKeyOutcome.Created created:
                var actorId = User.Actor().Id;
                Log.Created(logger, created.Key.Id, organization.Id, actorId);
                Created = created.Key;
                KeyName = null;
                break;
            case OrganizationKeyOutcome.Invalid invalid:
                NameError = t.English ? invalid.Error.Reason.En : invalid.Error.Reason.Es;
                break;
            case OrganizationKeyOutcome.NotVerified:
                TempData[FlashError] = t.KeysNotVerified;
                return RedirectToPage();
            default:
                TempData[FlashError] = t.OnlyAdmins;
                return RedirectToPage();
        }

        Keys = await keys.ListAsync(organization.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevocarAsync(string? llave, CancellationToken ct)
    {
        if (await LoadOrganizationAsync(ct) is not { } organization)
        {
            return RedirectToPage("/Organizations/Organizacion");
        }

        var t = AliadosTexts.Current;
        switch (await keys.RevokeAsync(organization.Id, llave, User.Actor(), ct))
        {
            case OrganizationKeyOutcome.Revoked revoked:
                var actorId = User.Actor().Id;
                Log.Revoked(logger, revoked.Key.Id, organization.Id, actorId);
                TempData[Flash] = AliadosTexts.Format(t.KeyRevoked, revoked.Key.Name, revoked.Key.Id);
                break;
            case OrganizationKeyOutcome.AlreadyRevoked:
                TempData[FlashError] = t.KeyAlreadyRevoked;
                break;
            case OrganizationKeyOutcome.NotAllowed:
                TempData[FlashError] = t.OnlyAdmins;
                break;
            default:
                TempData[FlashError] = t.KeyNotFound;
                break;
        }

        return RedirectToPage();
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Key {KeyId} created for organization {OrganizationId} by {ActorId}")]
        public static partial void Created(ILogger logger, string keyId, Guid organizationId, string actorId);

        [LoggerMessage(Level = LogLevel.Information, Message = "Key {KeyId} of organization {OrganizationId} revoked by {ActorId}")]
        public static partial void Revoked(ILogger logger, string keyId, Guid organizationId, string actorId);
    }
}
