using Semillero.Access;
using Semillero.Catalog;
using Semillero.Companies;
using Semillero.Completions;
using Semillero.Credits;
using Semillero.Data;
using Semillero.Identity;
using Semillero.Learners;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Credits;

// Rows, actors and inputs the startup profile and investors' directory tests start from.
public static class StartupData
{
    public static DateTime Now => TestClock.Now.UtcDateTime;

    public static Actor Company(Guid companyId, string id = "empresa-1") => new(id, "Fundadora", Roles.Empresa, CompanyId: companyId);

    public static Actor Operator() => new("operador-1", "Operadora", Roles.Operador);

    public static Actor Member(Guid organizationId) => new("fondo-1", "Analista de inversión", Roles.Aliado, null, PartnerKey.Of(organizationId));

    // A valid CURP, different for each n (born in Jalisco in 1990, day n of the year).
    public static string Curp(int n, string given = "Ana", string surname = "López") =>
        Semillero.Identity.Curp.Compose(given, surname, "Ruiz", new DateOnly(1990, 1, 1).AddDays(n), Sex.M, "JC").Value;

    public static StartupProfileInput Input(params (string Curp, string Name)[] founders) => new(
        "2022-03-15", "semilla", "menos_100_mil", "Plataforma de IA que ayuda a las tortillerías a prever su demanda diaria.", true,
        [.. (founders.Length == 0 ? [(Curp(1), "Ana López Ruiz")] : founders).Select(f => new FounderInput(f.Curp, f.Name))]);

    public static async Task<Company> CompanyAsync(SemilleroDb db, CompanyKind kind = CompanyKind.Startup, bool verified = true, string sector = "54", string state = "14",
        string name = "Nube del Sur")
    {
        ArgumentNullException.ThrowIfNull(db);
        var company = new Company
        {
            Id = Guid.NewGuid(),
            Rfc = TestOrganizations.NewRfc(),
            LegalName = name + " S.A.P.I. de C.V.",
            TradeName = name,
            SectorCode = sector,
            StateCode = state,
            Workers = 8,
            AnnualSalesMdp = 2m,
            SizeBand = SizeBand.Micro,
            Kind = kind,
            Website = "https://" + name.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() + ".example",
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

    public static async Task<Learner> LearnerAsync(SemilleroDb db, string curp)
    {
        ArgumentNullException.ThrowIfNull(db);
        var parsed = Semillero.Identity.Curp.Parse(curp, DateOnly.FromDateTime(Now));
        var learner = new Learner
        {
            Id = Guid.NewGuid(),
            Curp = parsed.Value,
            GivenNames = "Ana",
            FirstSurname = "López",
            SecondSurname = "Ruiz",
            BirthDate = parsed.BirthDate,
            Sex = parsed.Sex,
            StateCode = "14",
            Segment = Segment.Emprendedor,
            RegisteredBy = "prueba",
            CreatedAt = Now,
            UpdatedAt = Now,
        };
        db.Learners.Add(learner);
        await db.SaveChangesAsync();
        return learner;
    }

    // A published path with its first rule.
    public static async Task<(Guid PathId, Guid RuleId)> PathAsync(SemilleroDb db, string code, string nameEs, string nameEn)
    {
        ArgumentNullException.ThrowIfNull(db);
        var path = new LearningPath
        {
            Id = Guid.NewGuid(),
            Code = code,
            Area = PathArea.Nube,
            Level = PathLevel.Fundamentos,
            NameEs = nameEs,
            NameEn = nameEn,
            SummaryEs = "Resumen.",
            SummaryEn = "Summary.",
            CriteriaEs = "Terminar los cursos.",
            CriteriaEn = "Complete the courses.",
            Published = true,
            CreatedAt = Now,
            UpdatedAt = Now,
        };
        var rule = new CompletionRule { Id = Guid.NewGuid(), PathId = path.Id, Version = 1, Reason = "Regla inicial", CreatedBy = "prueba", CreatedAt = Now };
        db.LearningPaths.Add(path);
        db.CompletionRules.Add(rule);
        await db.SaveChangesAsync();
        return (path.Id, rule.Id);
    }

    public static async Task CompletedAsync(SemilleroDb db, Guid learnerId, (Guid PathId, Guid RuleId) path)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.PathCompletions.Add(new PathCompletion { Id = Guid.NewGuid(), LearnerId = learnerId, PathId = path.PathId, RuleId = path.RuleId, CompletedAt = Now, RecordedAt = Now });
        await db.SaveChangesAsync();
    }
}
