using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Vacancies;
using Semillero.Web.Access;
using Semillero.Web.Accounts;
using Semillero.Web.Companies;
using Semillero.Web.Forms;

namespace Semillero.Web.Vacancies;

// GET/POST /empresa/vacantes/{id} — the company edits, publishes or closes one of its vacancies.
// Another company's vacancy is "not found".
public sealed partial class VacanteModel(ReadVacancy read, SaveVacancy save, PublishVacancy publish, CloseVacancy close, ILogger<VacanteModel> logger) : PageModel
{
    public const string Flash = "vacante-aviso";

    [BindProperty]
    public VacancyForm Form { get; set; } = new();

    public VacancyDetail? Vacancy { get; private set; }

    public FormErrors Errors { get; } = new();

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Message = TempData[Flash] as string;
        Form = VacancyForm.From(Vacancy!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        switch (await save.UpdateAsync(id, User.Actor().CompanyId, Form.ToInput(), ct))
        {
            case SaveVacancyOutcome.Saved saved:
                Log.Changed(logger, saved.Vacancy.Id, "saved");
                TempData[Flash] = EmpresasTexts.Current.Saved;
                return Redirect($"/empresa/vacantes/{id}");
            case SaveVacancyOutcome.Invalid invalid:
                Errors.AddAll(invalid.Errors);
                Errors.OrderAs(VacancyForm.FieldOrder);
                return Page();
            default:
                return NotFound();
        }
    }

    public Task<IActionResult> OnPostPublicarAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, "published", () => publish.RunAsync(id, User.Actor().CompanyId, ct), ct);

    public Task<IActionResult> OnPostCerrarAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, "closed", () => close.RunAsync(id, User.Actor().CompanyId, ct), ct);

    private async Task<IActionResult> ChangeAsync(Guid id, string what, Func<Task<ChangeVacancyOutcome>> change, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var t = EmpresasTexts.Current;
        switch (await change())
        {
            case ChangeVacancyOutcome.Changed changed:
                Log.Changed(logger, changed.Vacancy.Id, what);
                TempData[Flash] = what == "closed" ? t.Closed : Vacancy!.Company.Verified ? t.Published : t.PublishedPending;
                return Redirect($"/empresa/vacantes/{id}");
            case ChangeVacancyOutcome.Unchanged:
                return Redirect($"/empresa/vacantes/{id}");
            case ChangeVacancyOutcome.Invalid invalid:
                Problem = CuentaTexts.Message(invalid.Reason);
                Form = VacancyForm.From(Vacancy!);
                return Page();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var actor = User.Actor();
        Vacancy = actor.CompanyId is { } own && await read.RunAsync(id, actor, ct) is { } v && v.Company.Id == own ? v : null;
        return Vacancy is not null;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Vacancy {VacancyId} {What} by its company")]
        public static partial void Changed(ILogger logger, Guid vacancyId, string what);
    }
}
