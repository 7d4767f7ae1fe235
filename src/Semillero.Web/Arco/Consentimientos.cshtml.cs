using Microsoft.AspNetCore.Mvc;
using Semillero.Privacy;
using Semillero.Web.Accounts;

namespace Semillero.Web.Arco;

public enum ConsentMessage
{
    None,
    Granted,
    Withdrawn,
    Unchanged,
    Decided,
}

// GET/POST /mis-datos/consentimientos — each purpose of the notice in force and the learner's
// decision. Optional purposes are given or withdrawn with one button, effective at once; purposes a
// newer notice added are asked first (?nuevo=1 after signing in).
public sealed class ConsentimientosModel(Consents consents, PrivacyNotices notices) : MisDatosPage
{
    public const string Source = "cuenta";

    [BindProperty(Name = "finalidad")]
    public string? Finalidad { get; set; }

    [BindProperty(Name = "otorgar")]
    public bool Otorgar { get; set; }

    [BindProperty(Name = "consentimientos")]
    public List<string> Consentimientos { get; set; } = [];

    public bool AfterSignIn { get; private set; }

    public PrivacyNotice Notice => notices.Current;

    public IReadOnlyList<Purpose> Pending { get; private set; } = [];

    public IReadOnlyList<(Purpose Purpose, ConsentState? State)> Current { get; private set; } = [];

    public ConsentMessage Message { get; private set; }

    public Purpose? Changed { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        AfterSignIn = Request.Query.ContainsKey("nuevo");
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    // One optional purpose given or withdrawn.
    public async Task<IActionResult> OnPostCambiarAsync(CancellationToken ct)
    {
        if (LearnerId is not { } learnerId)
        {
            return NotFound();
        }

        var purpose = Purposes.Find(Finalidad ?? "");
        switch (await consents.ChangeAsync(learnerId, Finalidad ?? "", Otorgar, Source, ct))
        {
            case ChangeConsentOutcome.Changed:
                Message = Otorgar ? ConsentMessage.Granted : ConsentMessage.Withdrawn;
                Changed = purpose;
                break;
            case ChangeConsentOutcome.Unchanged:
                Message = ConsentMessage.Unchanged;
                Changed = purpose;
                break;
            case ChangeConsentOutcome.NotOptional:
                Error = CuentaTexts.Current.ConsentNotOptional;
                break;
            default:
                Error = CuentaTexts.Current.ConsentUnknown;
                break;
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    // Answers to the purposes never asked before (a new notice version).
    public async Task<IActionResult> OnPostDecidirAsync(CancellationToken ct)
    {
        if (LearnerId is not { } learnerId)
        {
            return NotFound();
        }

        var optional = Consentimientos.Where(code => Purposes.Find(code) is { Necessary: false }).Distinct(StringComparer.Ordinal).ToList();
        await consents.DecideAsync(learnerId, optional, Source, ct);
        Message = ConsentMessage.Decided;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (LearnerId is not { } learnerId)
        {
            return false;
        }

        Pending = await consents.PendingAsync(learnerId, ct);
        var current = await consents.CurrentAsync(learnerId, ct);
        Current = notices.Current.Purposes
            .Where(p => !Pending.Contains(p))
            .OrderBy(p => p.Necessary ? 0 : 1)
            .Select(p => (p, current.GetValueOrDefault(p.Code)))
            .ToList();
        return true;
    }
}
