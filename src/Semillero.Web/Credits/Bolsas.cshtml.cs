using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Credits;
using Semillero.Web.Access;
using Semillero.Web.Forms;
using Semillero.Web.Operations;

namespace Semillero.Web.Credits;

// GET/POST /operacion/creditos/bolsas — the program's budget pools: amount, awarded, left and share
// used, each with its history of amounts (the audit log's entries); operators open a pool and change
// an amount with a reason (docs/credits.md, "Budget pools"). SaveCreditPool holds the rules.
public sealed partial class BolsasModel(ReadCreditPools read, SaveCreditPool save, ILogger<BolsasModel> logger) : PageModel
{
    // The create form's names are the API's (POST /api/credits/pools); the change form's amount and
    // reason are prefixed, so both forms' fields keep distinct ids on one page.
    public static class Fields
    {
        public const string Pool = "bolsa";
        public const string NewAmount = "montoNuevo";
        public const string ChangeReason = "motivoCambio";
    }

    public CreditPoolInput Input { get; set; } = new(null, null, null, null, null);

    [BindProperty(Name = Fields.Pool)]
    public Guid? PoolId { get; set; }

    [BindProperty(Name = Fields.NewAmount)]
    public string? NewAmount { get; set; }

    [BindProperty(Name = Fields.ChangeReason)]
    public string? ChangeReason { get; set; }

    public IReadOnlyList<CreditPoolView> Pools { get; private set; } = [];

    public IReadOnlyDictionary<Guid, IReadOnlyList<CreditPoolChange>> History { get; private set; } = new Dictionary<Guid, IReadOnlyList<CreditPoolChange>>();

    public FormErrors CreateErrors { get; } = new();

    public FormErrors ChangeErrors { get; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCrearAsync(CancellationToken ct)
    {
        var t = ProgramaCreditosTexts.Current;
        var form = Request.Form;
        Input = new CreditPoolInput(form[SaveCreditPool.Fields.Name], form[SaveCreditPool.Fields.StartsOn], form[SaveCreditPool.Fields.EndsOn],
            form[SaveCreditPool.Fields.Amount], form[SaveCreditPool.Fields.Reason]);
        switch (await save.CreateAsync(Input, User.Actor(), ct))
        {
            case SaveCreditPoolOutcome.Saved s:
                Log.Created(logger, s.PoolId);
                TempData[Aviso.Ok] = ProgramaCreditosTexts.Format(t.Created, Input.Name?.Trim());
                return RedirectToPage();
            case SaveCreditPoolOutcome.Invalid i:
                CreateErrors.AddAll(i.Errors);
                CreateErrors.OrderAs(SaveCreditPool.Fields.Name, SaveCreditPool.Fields.StartsOn, SaveCreditPool.Fields.EndsOn, SaveCreditPool.Fields.Amount, SaveCreditPool.Fields.Reason);
                break;
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostMontoAsync(CancellationToken ct)
    {
        var t = ProgramaCreditosTexts.Current;
        var outcome = PoolId is { } id
            ? await save.ChangeAmountAsync(id, NewAmount, ChangeReason, User.Actor(), ct)
            : new SaveCreditPoolOutcome.NotFound();
        switch (outcome)
        {
            case SaveCreditPoolOutcome.Saved s:
                Log.Changed(logger, s.PoolId);
                var name = (await read.FindAsync(s.PoolId, ct))?.Name;
                TempData[Aviso.Ok] = ProgramaCreditosTexts.Format(t.Changed, name);
                return RedirectToPage();
            case SaveCreditPoolOutcome.Invalid i:
                foreach (var error in i.Errors)
                {
                    ChangeErrors.Add(error.Field == SaveCreditPool.Fields.Amount ? Fields.NewAmount : Fields.ChangeReason, t.English ? error.Reason.En : error.Reason.Es);
                }

                ChangeErrors.OrderAs(Fields.NewAmount, Fields.ChangeReason);
                break;
            case SaveCreditPoolOutcome.BelowAwarded b:
                ChangeErrors.Add(Fields.NewAmount, ProgramaCreditosTexts.Format(t.BelowAwarded, CreditRules.FormatUsd(b.AwardedCents)));
                break;
            default:
                ChangeErrors.Add(Fields.Pool, t.PoolUnknown);
                break;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Pools = await read.ListAsync(ct);
        History = await read.HistoryAsync(Pools.Select(p => p.Id).ToList(), ct);
    }

    public static string Day(DateOnly day) => Semillero.Calendar.Dates.Compact(day);

    public static string When(DateTime utc) => Semillero.Calendar.Dates.CompactWithTime(OperacionTime.ToLocal(utc));

    // Ids only.
    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Credit pool {PoolId} opened from the operation page")]
        public static partial void Created(ILogger logger, Guid poolId);

        [LoggerMessage(Level = LogLevel.Information, Message = "Credit pool {PoolId} amount changed from the operation page")]
        public static partial void Changed(ILogger logger, Guid poolId);
    }
}
