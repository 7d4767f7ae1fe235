using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Semillero.Access;
using Semillero.Arco;
using Semillero.Web.Forms;

namespace Semillero.Web.Arco;

// GET/POST /mis-datos/corregir — derecho de rectificación. Email, state and segment change at once;
// a change of name must match the CURP and official documents, so it goes to the program team.
public sealed class CorregirModel(MyData myData, RectifyMyData rectify, SignInManager<User> signIn) : MisDatosPage
{
    [BindProperty(Name = "correo")]
    public string? Correo { get; set; }

    [BindProperty(Name = "entidad")]
    public string? Entidad { get; set; }

    [BindProperty(Name = "segmento")]
    public string? Segmento { get; set; }

    [BindProperty(Name = "nombre")]
    public string? Nombre { get; set; }

    [BindProperty(Name = "primer_apellido")]
    public string? PrimerApellido { get; set; }

    [BindProperty(Name = "segundo_apellido")]
    public string? SegundoApellido { get; set; }

    public string Curp { get; private set; } = "";

    public FormErrors Errors { get; } = new();

    public RectifyOutcome.Done? Done { get; private set; }

    // Name changes waiting for the program team.
    public IReadOnlyList<ArcoRequestView> PendingNameRequests { get; private set; } = [];

    // The new sign-in address, when the email changed.
    public string? NewEmail { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (LearnerId is not { } learnerId || await myData.ExportAsync(learnerId, ct) is not { } export)
        {
            return NotFound();
        }

        Show(export, prefill: true);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (LearnerId is not { } learnerId || await myData.ExportAsync(learnerId, ct) is not { } before)
        {
            return NotFound();
        }

        var outcome = await rectify.RunAsync(learnerId,
            new RectifyInput(Correo?.Trim(), Entidad, Segmento, Nombre?.Trim(), PrimerApellido?.Trim(), SegundoApellido?.Trim()), ct);
        switch (outcome)
        {
            case RectifyOutcome.Invalid invalid:
                Errors.AddAll(invalid.Errors);
                Errors.OrderAs("correo", "entidad", "segmento", "nombre", "primer_apellido", "segundo_apellido");
                Show(before, prefill: false);
                return Page();
            case RectifyOutcome.Done done:
                Done = done;
                break;
            default:
                return NotFound();
        }

        if (await myData.ExportAsync(learnerId, ct) is not { } after)
        {
            return NotFound();
        }

        if (after.Account is { } account && !string.Equals(account.Email, before.Account?.Email, StringComparison.OrdinalIgnoreCase))
        {
            NewEmail = account.Email;
            // Changing the address renews the account's security stamp; renewing the cookie keeps
            // this session open instead of ending it at the next validation.
            if (UserId is { } userId && await signIn.UserManager.FindByIdAsync(userId.ToString()) is { } user)
            {
                await signIn.RefreshSignInAsync(user);
            }
        }

        Show(after, prefill: true);
        return Page();
    }

    private void Show(MyDataExport export, bool prefill)
    {
        var person = export.Person;
        Curp = person.Curp;
        PendingNameRequests = export.ArcoRequests
            .Where(r => r.Kind == nameof(ArcoKind.Rectificacion) && r.Status == nameof(ArcoStatus.Recibida))
            .ToList();
        if (prefill)
        {
            Correo = person.Correo;
            Entidad = person.Entidad;
            Segmento = person.Segmento;
            Nombre = person.Nombre;
            PrimerApellido = person.PrimerApellido;
            SegundoApellido = person.SegundoApellido;
        }
    }
}
