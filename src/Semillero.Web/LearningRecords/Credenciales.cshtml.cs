using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Semillero.Access;
using Semillero.Email;
using Semillero.Web.Access;
using Semillero.Web.Operations;
using Semillero.Web.Site;

namespace Semillero.Web.LearningRecords;

// GET /operacion/credenciales?revocar=ID — the API keys partners' systems send xAPI records with:
// list, create (the secret is shown once, in the response to the form, never stored or redirected
// through a cookie) and revoke (after a confirmation step, so it works without JavaScript).
public sealed partial class CredencialesModel(
    ListApiKeys list,
    Semillero.Organizations.ReadOrganizations organizations,
    CreateApiKey create,
    RevokeApiKey revoke,
    IPartnerDirectory partners,
    IOptions<SiteOptions> site,
    ILogger<CredencialesModel> logger) : PageModel
{
    public sealed class NewKeyForm
    {
        public string? Role { get; set; } = Roles.Aliado;

        public string? Name { get; set; }

        // For an aliado key: the verified organisation it acts for (its id).
        public string? Organization { get; set; }
    }

    [BindProperty]
    public NewKeyForm NewKey { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "revocar")]
    public string? RevokeId { get; set; }

    public IReadOnlyList<ApiKeyView> Keys { get; private set; } = [];

    public IReadOnlyList<string> PartnerNames { get; private set; } = [];

    // The verified organisations an aliado key can act for.
    public IReadOnlyList<Semillero.Organizations.DirectoryEntry> Organizations { get; private set; } = [];

    // The key the operator asked to revoke, awaiting confirmation.
    public ApiKeyView? ToRevoke { get; private set; }

    // Set only in the response to a successful create: the one time the secret exists outside the
    // partner's system.
    public CreateApiKeyOutcome.Created? Created { get; private set; }

    // Problems with the new key's fields: role, name.
    public ILookup<string, string> Errors { get; private set; } = Array.Empty<(string, string)>().ToLookup(e => e.Item1, e => e.Item2);

    // The xAPI base address clients are configured with; they append "statements", "about"...
    public string Endpoint => site.Value.PublicUrl.TrimEnd('/') + "/xapi/";

    public string CreatedUsername => Created is null ? "" : Created.Token[..Created.Token.IndexOf('.', StringComparison.Ordinal)];

    public string CreatedPassword => Created is null ? "" : Created.Token[(Created.Token.IndexOf('.', StringComparison.Ordinal) + 1)..];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (string.IsNullOrWhiteSpace(RevokeId))
        {
            return;
        }

        var t = RegistrosTexts.Current;
        var key = Keys.FirstOrDefault(k => string.Equals(k.Id, RevokeId.Trim(), StringComparison.Ordinal));
        if (key is null)
        {
            TempData[Aviso.Error] = t.CredNotFound;
        }
        else if (key.RevokedAt is { } revokedAt)
        {
            TempData[Aviso.Error] = Texts.Format(t.CredAlreadyRevoked, key.Name, OperacionTexts.Current.Stamp(revokedAt));
        }
        else
        {
            ToRevoke = key;
        }
    }

    public async Task<IActionResult> OnPostCrearAsync(CancellationToken ct)
    {
        switch (await create.RunAsync(NewKey.Role ?? "", NewKey.Name ?? "", null, NewKey.Role == Roles.Aliado ? NewKey.Organization : null, ct))
        {
            case CreateApiKeyOutcome.Created created:
                var creator = User.Actor().Id;
                Log.KeyCreated(logger, created.Id, created.Role, creator);
                Created = created;
                NewKey = new NewKeyForm();
                break;
            case CreateApiKeyOutcome.Invalid invalid:
                Errors = new[] { (invalid.Field, OperacionTexts.Current.Reason(invalid.Reason)) }.ToLookup(e => e.Field, e => e.Item2, StringComparer.Ordinal);
                break;
            case var other:
                throw new InvalidOperationException($"Unexpected outcome {other.GetType().Name}.");
        }

        RevokeId = null;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevocarAsync(string? llave, CancellationToken ct)
    {
        var t = RegistrosTexts.Current;
        switch (await revoke.RunAsync(llave ?? "", ct))
        {
            case RevokeApiKeyOutcome.Revoked revoked:
                var revoker = User.Actor().Id;
                Log.KeyRevoked(logger, revoked.Key.Id, revoker);
                TempData[Aviso.Ok] = Texts.Format(t.CredRevoked, revoked.Key.Name, revoked.Key.Id);
                break;
            case RevokeApiKeyOutcome.AlreadyRevoked already:
                TempData[Aviso.Error] = Texts.Format(t.CredAlreadyRevoked, already.Key.Name, OperacionTexts.Current.Stamp(already.Key.RevokedAt!.Value));
                break;
            case RevokeApiKeyOutcome.NotFound:
                TempData[Aviso.Error] = t.CredNotFound;
                break;
        }

        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        // The list is harmless, but the response to a create carries the secret: no copy anywhere.
        Response.Headers.CacheControl = "no-store";
        Keys = await list.RunAsync(ct);
        PartnerNames = partners.Names();
        Organizations = await organizations.DirectoryAsync(null, null, ct);
    }

    // Who created or revoked which key, by ids only: the operation's trace of credentials (the
    // privacy audit records accesses to people's data, which this is not).
    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "API key {KeyId} ({Role}) created by account {ActorId}")]
        public static partial void KeyCreated(ILogger logger, string keyId, string role, string actorId);

        [LoggerMessage(Level = LogLevel.Information, Message = "API key {KeyId} revoked by account {ActorId}")]
        public static partial void KeyRevoked(ILogger logger, string keyId, string actorId);
    }
}
