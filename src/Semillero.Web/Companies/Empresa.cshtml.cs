using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Companies;
using Semillero.Hiring;
using Semillero.Vacancies;
using Semillero.Web.Access;
using Semillero.Web.Site;

namespace Semillero.Web.Companies;

// GET /empresa — the company's home: its first steps until they are done, where its verification
// stands, its size and how it was computed, and its vacancies with their applications.
public sealed class EmpresaModel(ReadCompanies companies, ReadVacancy vacancies, CountApplications applications) : PageModel
{
    public const string Flash = "empresa-aviso";

    public Company? Company { get; private set; }

    public IReadOnlyList<CompanyVacancy> Vacancies { get; private set; } = [];

    public string? Message { get; private set; }

    public IReadOnlyDictionary<Guid, ApplicationCounts> Applications { get; private set; } = new Dictionary<Guid, ApplicationCounts>();

    public FirstSteps? Steps { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Message = TempData[Flash] as string;
        if (User.Actor().CompanyId is not { } companyId || await companies.FindAsync(companyId, ct) is not { } company)
        {
            return;
        }

        Company = company;
        Vacancies = await vacancies.ForCompanyAsync(companyId, ct);
        Applications = await applications.ForCompanyAsync(companyId, ct);

        var t = EmpresasTexts.Current;
        var verified = CompanyRules.StatusOf(company.VerifiedAt, company.RejectedReason) == CompanyStatus.Verificada;
        var open = Vacancies.Count(v => v.Status == VacancyStatus.Abierta);
        var applied = Applications.Values.Sum(c => c.Applications);
        var invited = Applications.Values.Sum(c => c.Invited);
        var first = Vacancies.FirstOrDefault(v => v.Status == VacancyStatus.Abierta) ?? (Vacancies.Count > 0 ? Vacancies[0] : null);
        Steps = new FirstSteps("primeros-pasos", PrimerosPasosTexts.Current.Title, t.StepsLead,
        [
            new("perfil", t.StepProfileTitle, t.StepProfileText, "/empresa/perfil", t.EditProfile, verified, verified ? t.StepProfileVerified : t.StepProfilePending),
            new("vacante", t.StepVacancyTitle, t.StepVacancyText, "/empresa/vacantes/nueva", t.NewVacancy, open > 0, EmpresasTexts.Format(t.StepVacancyCount, open)),
            new("candidatos", t.StepCandidatesTitle, t.StepCandidatesText, first is null ? null : $"/empresa/vacantes/{first.Id}/candidatos", t.Candidates,
                applied + invited > 0, EmpresasTexts.Format(t.StepCandidatesCount, applied, invited)),
        ]);
    }
}
