using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Companies;
using Semillero.Vacancies;
using Semillero.Web.Access;

namespace Semillero.Web.Companies;

// GET /empresa — the company's home: where its verification stands, its size and how it was
// computed, and its vacancies.
public sealed class EmpresaModel(ReadCompanies companies, ReadVacancy vacancies) : PageModel
{
    public const string Flash = "empresa-aviso";

    public Company? Company { get; private set; }

    public IReadOnlyList<CompanyVacancy> Vacancies { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Message = TempData[Flash] as string;
        if (User.Actor().CompanyId is not { } companyId || await companies.FindAsync(companyId, ct) is not { } company)
        {
            return;
        }

        Company = company;
        Vacancies = await vacancies.ForCompanyAsync(companyId, ct);
    }
}
