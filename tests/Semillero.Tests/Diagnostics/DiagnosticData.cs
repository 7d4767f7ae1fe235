using Semillero.Access;
using Semillero.Companies;
using Semillero.Data;
using Semillero.Diagnostics;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Diagnostics;

// Rows and actors the diagnostic tests start from.
public static class DiagnosticData
{
    public static DateTime Now => TestClock.Now.UtcDateTime;

    public static Actor Company(Guid companyId, string id = "empresa-1") => new(id, "Directora", Roles.Empresa, CompanyId: companyId);

    public static Actor Member(Guid organizationId) => new("camara-1", "Coordinadora", Roles.Aliado, null, PartnerKey.Of(organizationId));

    public static Actor Operator() => new("operador-1", "Operadora", Roles.Operador);

    public static async Task<Company> CompanyAsync(SemilleroDb db, bool verified = true, SizeBand band = SizeBand.Pequena, string sector = "54", string state = "19",
        string name = "Tortillería La Esperanza")
    {
        ArgumentNullException.ThrowIfNull(db);
        var company = new Company
        {
            Id = Guid.NewGuid(),
            Rfc = TestOrganizations.NewRfc(),
            LegalName = name + " S.A. de C.V.",
            TradeName = name,
            SectorCode = sector,
            StateCode = state,
            Workers = 20,
            AnnualSalesMdp = 30m,
            SizeBand = band,
            Kind = CompanyKind.Pyme,
            CreatedAt = Now,
            UpdatedAt = Now,
            CreatedBy = "prueba",
            VerifiedAt = verified ? Now : null,
            VerifiedBy = verified ? "operador-1" : null,
        };
        db.Companies.Add(company);
        await db.SaveChangesAsync();
        return company;
    }

    // Every question of the bank answered with `score`, except those overridden.
    public static Dictionary<string, int?> Answers(QuestionBank bank, int score, params (string Question, int Score)[] overrides)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var answers = bank.Questions.ToDictionary(q => q.Id, _ => (int?)score, StringComparer.Ordinal);
        foreach (var (question, s) in overrides)
        {
            answers[question] = s;
        }

        return answers;
    }

    // The answers of one dimension only.
    public static Dictionary<string, int?> Dimension(QuestionBank bank, string dimension, int score)
    {
        ArgumentNullException.ThrowIfNull(bank);
        return bank.FindDimension(dimension)!.Questions.ToDictionary(q => q.Id, _ => (int?)score, StringComparer.Ordinal);
    }
}
