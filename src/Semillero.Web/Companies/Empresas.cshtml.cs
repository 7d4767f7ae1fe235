using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Companies;
using Semillero.Vacancies;
using Semillero.Web.Access;
using Semillero.Web.Accounts;
using Semillero.Web.Operations;

namespace Semillero.Web.Companies;

// GET/POST /operacion/empresas — operators verify companies (pending first, oldest first) or say
// why they cannot; who and when stay on the company and in the log.
public sealed partial class EmpresasModel(ReadCompanies read, ReadVacancy vacancies, VerifyCompany verify, RejectCompany reject, ILogger<EmpresasModel> logger) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "estado")]
    public string? Estado { get; set; }

    [BindProperty(SupportsGet = true, Name = "buscar")]
    public string? Buscar { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int Pagina { get; set; } = 1;

    public CompanyStatus Status => Estado switch
    {
        "verificadas" => CompanyStatus.Verificada,
        "rechazadas" => CompanyStatus.Rechazada,
        _ => CompanyStatus.Pendiente,
    };

    public IReadOnlyList<CompanyListItem> Items { get; private set; } = [];

    public IReadOnlyDictionary<Guid, int> VacancyCounts { get; private set; } = new Dictionary<Guid, int>();

    public int Total { get; private set; }

    public CompanyCounts Counts { get; private set; } = new(0, 0, 0);

    // The company whose rejection reason was missing, with the problem shown next to its form.
    public Guid? ReasonErrorFor { get; private set; }

    public string? ReasonError { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostVerificarAsync(Guid empresa, CancellationToken ct)
    {
        var t = EmpresasTexts.Current;
        switch (await verify.RunAsync(empresa, User.Actor(), ct))
        {
            case VerifyCompanyOutcome.Verified v:
                var verifier = User.Actor().Id;
                Log.Verified(logger, v.Company.Id, verifier);
                TempData[Aviso.Ok] = EmpresasTexts.Format(t.OpVerifiedOk, v.Company.TradeName);
                break;
            case VerifyCompanyOutcome.AlreadyVerified:
                TempData[Aviso.Error] = t.OpAlready;
                break;
            default:
                TempData[Aviso.Error] = t.OpNotFound;
                break;
        }

        return Redirect(Url.Page("/Companies/Empresas", new { estado = Estado, buscar = Buscar })!);
    }

    public async Task<IActionResult> OnPostRechazarAsync(Guid empresa, string? motivo, CancellationToken ct)
    {
        var t = EmpresasTexts.Current;
        switch (await reject.RunAsync(empresa, motivo, User.Actor(), ct))
        {
            case RejectCompanyOutcome.Rejected r:
                var rejecter = User.Actor().Id;
                Log.Rejected(logger, r.Company.Id, rejecter);
                TempData[Aviso.Ok] = EmpresasTexts.Format(t.OpRejectedOk, r.Company.TradeName);
                return Redirect(Url.Page("/Companies/Empresas", new { estado = Estado, buscar = Buscar })!);
            case RejectCompanyOutcome.Invalid i:
                ReasonErrorFor = empresa;
                ReasonError = CuentaTexts.Message(i.Reason);
                await LoadAsync(ct);
                return Page();
            default:
                TempData[Aviso.Error] = t.OpNotFound;
                return Redirect(Url.Page("/Companies/Empresas", new { estado = Estado })!);
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Counts = await read.CountsAsync(ct);
        (Items, Total) = await read.ListAsync(Status, Buscar, Math.Max(1, Pagina), PageSize, ct);
        VacancyCounts = await vacancies.CountByCompanyAsync(Items.Select(c => c.Id).ToList(), ct);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Company {CompanyId} verified by {ActorId}")]
        public static partial void Verified(ILogger logger, Guid companyId, string actorId);

        [LoggerMessage(Level = LogLevel.Information, Message = "Company {CompanyId} rejected by {ActorId}")]
        public static partial void Rejected(ILogger logger, Guid companyId, string actorId);
    }
}
