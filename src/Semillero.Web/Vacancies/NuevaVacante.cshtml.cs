using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Vacancies;
using Semillero.Web.Access;
using Semillero.Web.Companies;
using Semillero.Web.Forms;

namespace Semillero.Web.Vacancies;

// GET/POST /empresa/vacantes/nueva — a new vacancy, saved as a draft of the person's company.
public sealed partial class NuevaVacanteModel(SaveVacancy save, TimeProvider clock, ILogger<NuevaVacanteModel> logger) : PageModel
{
    [BindProperty]
    public VacancyForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public bool HasCompany => User.Actor().CompanyId is not null;

    public void OnGet() => Form = VacancyForm.Empty(VacancyRules.TodayInMexicoCity(clock));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = User.Actor();
        if (actor.CompanyId is not { } companyId)
        {
            return RedirectToPage("/Companies/Empresa");
        }

        switch (await save.CreateAsync(companyId, Form.ToInput(), actor.Id, ct))
        {
            case SaveVacancyOutcome.Saved saved:
                Log.Created(logger, saved.Vacancy.Id, companyId);
                TempData[VacanteModel.Flash] = EmpresasTexts.Current.Created;
                return Redirect($"/empresa/vacantes/{saved.Vacancy.Id}");
            case SaveVacancyOutcome.Invalid invalid:
                Errors.AddAll(invalid.Errors);
                Errors.OrderAs(VacancyForm.FieldOrder);
                return Page();
            default:
                return RedirectToPage("/Companies/Empresa");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Vacancy {VacancyId} created by company {CompanyId}")]
        public static partial void Created(ILogger logger, Guid vacancyId, Guid companyId);
    }
}
