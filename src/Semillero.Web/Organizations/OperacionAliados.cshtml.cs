using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Semillero.Organizations;
using Semillero.Web.Access;
using Semillero.Web.Accounts;
using Semillero.Web.Operations;

namespace Semillero.Web.Organizations;

// GET/POST /operacion/aliados — operators verify organisations (pending first, oldest first) or say
// why they cannot; who and when stay on the organisation and in the log.
public sealed partial class OperacionAliadosModel(ReadOrganizations read, VerifyOrganization verify, RejectOrganization reject, ILogger<OperacionAliadosModel> logger) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "estado")]
    public string? Estado { get; set; }

    [BindProperty(SupportsGet = true, Name = "buscar")]
    public string? Buscar { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int Pagina { get; set; } = 1;

    public OrganizationStatus Status => Estado switch
    {
        "verificadas" => OrganizationStatus.Verificada,
        "rechazadas" => OrganizationStatus.Rechazada,
        _ => OrganizationStatus.Pendiente,
    };

    public IReadOnlyList<OrganizationListItem> Items { get; private set; } = [];

    public int Total { get; private set; }

    public OrganizationCounts Counts { get; private set; } = new(0, 0, 0);

    // The organisation whose rejection reason was missing, with the problem shown next to its form.
    public Guid? ReasonErrorFor { get; private set; }

    public string? ReasonError { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostVerificarAsync(Guid organizacion, string? volver, CancellationToken ct)
    {
        Decide(await verify.RunAsync(organizacion, User.Actor(), ct), TempData, logger, User.Actor().Id);
        return Back(organizacion, volver);
    }

    public async Task<IActionResult> OnPostRechazarAsync(Guid organizacion, string? motivo, string? volver, CancellationToken ct)
    {
        var outcome = await reject.RunAsync(organizacion, motivo, User.Actor(), ct);
        if (outcome is RejectOrganizationOutcome.Invalid i && volver != "detalle")
        {
            ReasonErrorFor = organizacion;
            ReasonError = CuentaTexts.Message(i.Reason);
            await LoadAsync(ct);
            return Page();
        }

        Decide(outcome, TempData, logger, User.Actor().Id);
        return Back(organizacion, volver);
    }

    // The detail page posts here too (volver=detalle) and goes back to itself.
    private RedirectResult Back(Guid organizacion, string? volver) => volver == "detalle"
        ? Redirect(Url.Page("/Organizations/OperacionAliado", new { id = organizacion })!)
        : Redirect(Url.Page("/Organizations/OperacionAliados", new { estado = Estado, buscar = Buscar })!);

    private static void Decide(object outcome, ITempDataDictionary tempData, ILogger logger, string actorId)
    {
        var t = AliadosTexts.Current;
        switch (outcome)
        {
            case VerifyOrganizationOutcome.Verified v:
                Log.Verified(logger, v.Organization.Id, actorId);
                tempData[Aviso.Ok] = AliadosTexts.Format(t.OpVerifiedOk, v.Organization.Name);
                break;
            case VerifyOrganizationOutcome.AlreadyVerified:
                tempData[Aviso.Error] = t.OpAlready;
                break;
            case RejectOrganizationOutcome.Rejected r:
                Log.Rejected(logger, r.Organization.Id, actorId);
                tempData[Aviso.Ok] = AliadosTexts.Format(t.OpRejectedOk, r.Organization.Name);
                break;
            case RejectOrganizationOutcome.Invalid i:
                tempData[Aviso.Error] = CuentaTexts.Message(i.Reason);
                break;
            default:
                tempData[Aviso.Error] = t.OpNotFound;
                break;
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Counts = await read.CountsAsync(ct);
        (Items, Total) = await read.ListAsync(Status, Buscar, Math.Max(1, Pagina), PageSize, ct);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Organization {OrganizationId} verified by {ActorId}")]
        public static partial void Verified(ILogger logger, Guid organizationId, string actorId);

        [LoggerMessage(Level = LogLevel.Information, Message = "Organization {OrganizationId} rejected by {ActorId}")]
        public static partial void Rejected(ILogger logger, Guid organizationId, string actorId);
    }
}
