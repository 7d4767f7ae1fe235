using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Credits;
using Semillero.Web.Access;
using Semillero.Web.Forms;

namespace Semillero.Web.Credits;

// One founder row of the form, as typed.
public sealed class StartupFounderRow
{
    public string? Curp { get; set; }

    public string? Name { get; set; }
}

// The startup profile form, as typed. Bound without a prefix: the inputs are named as the API's
// fields (foundedOn, stage, founders[0].curp …), which the errors name too.
public sealed class StartupProfileForm
{
    // Spare rows after the founders already listed, so a founder is added without JavaScript.
    public const int SpareRows = 2;

    public string? FoundedOn { get; set; }

    public string? Stage { get; set; }

    public string? Funding { get; set; }

    public string? Pitch { get; set; }

    public bool VisibleToInvestors { get; set; }

    public List<StartupFounderRow> Founders { get; set; } = [];

    public StartupProfileInput ToInput() => new(FoundedOn, Stage, Funding, Pitch, VisibleToInvestors,
        [.. Founders.Select(f => new FounderInput(f?.Curp, f?.Name))]);

    public static StartupProfileForm From(StartupProfileView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            FoundedOn = view.FoundedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Stage = view.Stage is { } stage ? StartupProfileRules.Wire(stage) : null,
            Funding = view.Funding is { } funding ? StartupProfileRules.Wire(funding) : null,
            Pitch = view.Pitch,
            VisibleToInvestors = view.VisibleToInvestors,
            Founders = [.. view.Founders.Select(f => new StartupFounderRow { Curp = f.Curp, Name = f.Name })],
        };
    }

    // The rows the page shows: those typed (or saved), then the spare ones, never more than the
    // most founders allowed plus the spares.
    public IReadOnlyList<StartupFounderRow> Rows()
    {
        var rows = Founders.Where(f => f is not null).ToList();
        var count = Math.Min(rows.Count + SpareRows, CreditRules.MaxFounders + SpareRows);
        while (rows.Count < count)
        {
            rows.Add(new StartupFounderRow());
        }

        return rows.Take(count).ToList();
    }
}

// GET/POST /empresa/startup — a startup completes its profile and founders (docs/credits.md). A
// company of another kind is told why there is nothing to fill in.
public sealed partial class StartupModel(ReadStartupProfile read, SaveStartupProfile save, ILogger<StartupModel> logger) : PageModel
{
    public const string Flash = "startup-aviso";

    [BindProperty]
    public StartupProfileForm Form { get; set; } = new();

    public StartupProfileView? Profile { get; private set; }

    public bool NoCompany { get; private set; }

    public string? Refusal { get; private set; }

    public string? Message { get; private set; }

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Message = TempData[Flash] as string;
        if (await LoadAsync(ct) is { } profile)
        {
            Form = StartupProfileForm.From(profile);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = User.Actor();
        if (actor.CompanyId is not { } companyId)
        {
            return RedirectToPage();
        }

        switch (await save.RunAsync(companyId, Form.ToInput(), actor, ct))
        {
            case SaveStartupProfileOutcome.Saved:
                Log.Saved(logger, companyId);
                TempData[Flash] = StartupTexts.Current.Saved;
                return RedirectToPage();
            case SaveStartupProfileOutcome.Invalid invalid:
                Errors.AddAll(invalid.Errors);
                await LoadAsync(ct);
                return Page();
            default:
                // Not a startup (or the company is gone): the page says why.
                await LoadAsync(ct);
                return Page();
        }
    }

    private async Task<StartupProfileView?> LoadAsync(CancellationToken ct)
    {
        var actor = User.Actor();
        if (actor.CompanyId is not { } companyId)
        {
            NoCompany = true;
            return null;
        }

        switch (await read.RunAsync(companyId, actor, ct))
        {
            case ReadStartupProfileOutcome.Found f:
                Profile = f.Profile;
                return f.Profile;
            case ReadStartupProfileOutcome.NotAStartup n:
                Refusal = StartupTexts.Current.English ? n.Reason.En : n.Reason.Es;
                return null;
            default:
                NoCompany = true;
                return null;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Company {CompanyId} saved its startup profile")]
        public static partial void Saved(ILogger logger, Guid companyId);
    }
}
