using Microsoft.AspNetCore.Mvc;
using Semillero.Arco;
using Semillero.Privacy;
using Semillero.Web.Accounts;
using Semillero.Web.Forms;
using Semillero.Web.Site;

namespace Semillero.Web.Arco;

// GET/POST /mis-datos/oposicion — derecho de oposición. Optional uses the learner consented to are
// withdrawn at once; any other use they object to becomes a request for the program team.
public sealed class OposicionModel(Consents consents, ArcoRequests requests, PrivacyNotices notices) : MisDatosPage
{
    public const int MaxDetails = 4000;

    [BindProperty(Name = "retirar")]
    public List<string> Retirar { get; set; } = [];

    [BindProperty(Name = "otro")]
    public string? Otro { get; set; }

    // Optional purposes currently granted.
    public IReadOnlyList<Purpose> Granted { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<Purpose> Withdrawn { get; private set; } = [];

    public ArcoRequestView? SubmittedRequest { get; private set; }

    public bool Done => Withdrawn.Count > 0 || SubmittedRequest is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (LearnerId is not { } learnerId)
        {
            return NotFound();
        }

        var c = CuentaTexts.Current;
        var text = Otro?.Trim();
        var chosen = Retirar.Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Count == 0 && string.IsNullOrEmpty(text))
        {
            Errors.Add("retirar", c.OpposeNothing);
        }

        if (text is { Length: > MaxDetails })
        {
            Errors.Add("otro", CuentaTexts.Format(c.OpposeTooLong, Texts.Number(MaxDetails)));
        }

        if (chosen.Any(code => Purposes.Find(code) is not { Necessary: false }))
        {
            Errors.Add("retirar", c.ConsentUnknown);
        }

        if (Errors.Any)
        {
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        var withdrawn = new List<Purpose>();
        foreach (var code in chosen)
        {
            if (await consents.ChangeAsync(learnerId, code, granted: false, ConsentimientosModel.Source, ct) is ChangeConsentOutcome.Changed)
            {
                withdrawn.Add(Purposes.Find(code)!);
            }
        }

        Withdrawn = withdrawn;
        if (!string.IsNullOrEmpty(text))
        {
            SubmittedRequest = await requests.SubmitAsync(learnerId, ArcoKind.Oposicion, text, ct);
        }
        else if (withdrawn.Count > 0)
        {
            await requests.RecordSelfServiceAsync(learnerId, ArcoKind.Oposicion,
                "Retiro de: " + string.Join(", ", withdrawn.Select(p => p.Es)) + ".", "Aplicado de inmediato.", ct);
        }

        Retirar = [];
        Otro = null;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (LearnerId is not { } learnerId)
        {
            return false;
        }

        var current = await consents.CurrentAsync(learnerId, ct);
        Granted = notices.Current.Purposes
            .Where(p => !p.Necessary && current.TryGetValue(p.Code, out var state) && state.Granted)
            .ToList();
        return true;
    }
}
