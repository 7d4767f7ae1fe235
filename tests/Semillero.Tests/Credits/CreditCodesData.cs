using System.Text;
using Semillero.Access;
using Semillero.Companies;
using Semillero.Credits;
using Semillero.Data;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Credits;

// Rows and actors the credit-code tests start from. Awards are written straight to the database
// (with the application, decision, pool and company they hang on), as an approval would leave them.
public static class CreditCodesData
{
    public static DateTime Now => TestClock.Now.UtcDateTime;

    public static Actor Operator() => new("operador-1", "Operadora", Roles.Operador);

    public static Actor Startup(Guid companyId, string id = "empresa-1") => new(id, "Fundadora", Roles.Empresa, CompanyId: companyId);

    public static Actor StartupKey(Guid companyId) => new("llave:k1", "Llave de la startup", Roles.Empresa, CompanyId: companyId);

    public static MemoryStream Csv(string text) => new(new UTF8Encoding(false).GetBytes(text));

    public static async Task<Company> StartupAsync(SemilleroDb db, string state = "19", string sector = "54", string name = "Nube del Sur")
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
            Workers = 6,
            AnnualSalesMdp = 2m,
            SizeBand = SizeBand.Micro,
            Kind = CompanyKind.Startup,
            CreatedAt = Now,
            UpdatedAt = Now,
            CreatedBy = "prueba",
            VerifiedAt = Now,
            VerifiedBy = "operador-1",
        };
        db.Companies.Add(company);
        await db.SaveChangesAsync();
        return company;
    }

    public static async Task<CreditPool> PoolAsync(SemilleroDb db, string name = "2026-H2", long amountCents = 50_000_000_00, long awardedCents = 0)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pool = new CreditPool
        {
            Id = Guid.NewGuid(),
            Name = name,
            StartsOn = new DateOnly(2026, 7, 1),
            EndsOn = new DateOnly(2026, 12, 31),
            AmountCents = amountCents,
            AwardedCents = awardedCents,
            CreatedAt = Now,
            CreatedBy = "prueba",
            Reason = "Presupuesto del semestre",
        };
        db.CreditPools.Add(pool);
        await db.SaveChangesAsync();
        return pool;
    }

    public static async Task<CreditApplication> ApplicationAsync(SemilleroDb db, Guid companyId, ApplicationStatus status = ApplicationStatus.Aprobada,
        DateTime? submittedAt = null, long requestedCents = 25_000_00)
    {
        ArgumentNullException.ThrowIfNull(db);
        var at = submittedAt ?? Now.AddDays(-20);
        var application = new CreditApplication
        {
            Id = Guid.NewGuid(),
            CompanyId = companyId,
            ProgramVersion = 1,
            TierKey = "semilla",
            RequestedCents = requestedCents,
            UsePlan = "Entrenar y servir modelos de visión para inspección de calidad en la nube durante doce meses.",
            EligibilityJson = "[]",
            SubmittedAt = at,
            SubmittedBy = "empresa-1",
            Status = status,
            StatusChangedAt = at,
        };
        db.CreditApplications.Add(application);
        await db.SaveChangesAsync();
        return application;
    }

    // An approved application with its decision and award of `grantedCents`.
    public static async Task<CreditAward> AwardAsync(SemilleroDb db, Guid companyId, Guid poolId, long grantedCents, DateOnly? expiresOn = null,
        DateTime? awardedAt = null, string state = "19", string sector = "54", StartupStage stage = StartupStage.Semilla, string tier = "semilla")
    {
        ArgumentNullException.ThrowIfNull(db);
        var application = await ApplicationAsync(db, companyId);
        var at = awardedAt ?? Now.AddDays(-10);
        var decision = new CreditDecision
        {
            Id = Guid.NewGuid(),
            ApplicationId = application.Id,
            Outcome = DecisionOutcome.Aprobada,
            AmountCents = grantedCents,
            Reasons = "Cumple la rúbrica",
            DecidedAt = at,
            DecidedBy = "operador-1",
        };
        db.CreditDecisions.Add(decision);
        var award = new CreditAward
        {
            Id = Guid.NewGuid(),
            ApplicationId = application.Id,
            DecisionId = decision.Id,
            CompanyId = companyId,
            PoolId = poolId,
            TierKey = tier,
            TotalCents = grantedCents,
            GrantedCents = grantedCents,
            AwardedAt = at,
            StateCode = state,
            SectorCode = sector,
            Stage = stage,
            ExpiresOn = expiresOn ?? DateOnly.FromDateTime(Now).AddYears(1),
        };
        db.CreditAwards.Add(award);
        await db.SaveChangesAsync();
        return award;
    }

    // An empresa account of the company, as RegisterCompanyAccount leaves it (the reminders' recipients).
    public static async Task<User> AccountAsync(SemilleroDb db, Guid companyId, string email)
    {
        ArgumentNullException.ThrowIfNull(db);
        var user = new User
        {
            Id = Guid.NewGuid(),
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            DisplayName = "Persona de " + email,
            CompanyId = companyId,
            CreatedAt = Now,
        };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }

    // A CSV of codes "PREFIX-0001…" with the given values in USD.
    public static string CodesCsv(string prefix, params int[] dollars)
    {
        var sb = new StringBuilder("codigo,valor_usd,vence\n");
        for (var i = 0; i < dollars.Length; i++)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}-{i + 1:0000}-XK9Q,{dollars[i]},2027-12-31\n");
        }

        return sb.ToString();
    }
}
