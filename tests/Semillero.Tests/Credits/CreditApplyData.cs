using Semillero.Access;
using Semillero.Catalog;
using Semillero.Companies;
using Semillero.Completions;
using Semillero.Credits;
using Semillero.Data;
using Semillero.Tests.Cohorts;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Credits;

// Rows and actors the application, review and decision tests start from. Pools, vouching codes
// and startup profiles are inserted directly: their own screens belong to other parts.
public static class CreditApplyData
{
    public static DateTime Now => TestClock.Now.UtcDateTime;

    public static Actor Startup(Guid companyId) => new("empresa-" + companyId.ToString("N")[..8], "Fundadora", Roles.Empresa, CompanyId: companyId);

    public static Actor Operator() => new("operador-1", "Operadora", Roles.Operador);

    public static Actor Reviewer(Guid userId) => new(userId.ToString(), "Revisora", Roles.Analista);

    public const string LongPlan = "Entrenaremos modelos de visión para detectar plagas en cultivos de aguacate en Michoacán, con inferencia en la nube para 300 productores durante doce meses.";

    // A verified startup with a profile and one founder who graduated from a path (unless told otherwise).
    public static async Task<Company> StartupAsync(SemilleroDb db, bool verified = true, bool graduate = true, StartupStage stage = StartupStage.Semilla, string name = "Agro Visión")
    {
        ArgumentNullException.ThrowIfNull(db);
        var company = new Company
        {
            Id = Guid.NewGuid(),
            Rfc = TestOrganizations.NewRfc(),
            LegalName = name + " S.A.P.I. de C.V.",
            TradeName = name,
            SectorCode = "54",
            StateCode = "16",
            Workers = 6,
            AnnualSalesMdp = 1m,
            SizeBand = SizeBand.Micro,
            Kind = CompanyKind.Startup,
            CreatedAt = Now,
            UpdatedAt = Now,
            CreatedBy = "prueba",
            VerifiedAt = verified ? Now : null,
            VerifiedBy = verified ? "operador-1" : null,
        };
        db.Companies.Add(company);
        await db.SaveChangesAsync();
        await ProfileAsync(db, company.Id, graduate, stage);
        return company;
    }

    // The startup profile of an existing company, with one founder known by CURP who graduated from
    // a path unless told otherwise.
    public static async Task ProfileAsync(SemilleroDb db, Guid companyId, bool graduate = true, StartupStage stage = StartupStage.Semilla)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.StartupProfiles.Add(new StartupProfile
        {
            CompanyId = companyId,
            FoundedOn = new DateOnly(2024, 3, 1),
            Stage = stage,
            Funding = FundingBand.Menos100Mil,
            Pitch = "Visión por computadora para productores de aguacate.",
            CreatedAt = Now,
            UpdatedAt = Now,
            UpdatedBy = "prueba",
        });
        await db.SaveChangesAsync();
        var person = (await CohortData.PeopleAsync(db, 1)).Single();
        // LearnerId deliberately unset: eligibility joins by CURP.
        db.StartupFounders.Add(new StartupFounder { Id = Guid.NewGuid(), CompanyId = companyId, Curp = person.Curp, Name = "Fundadora Uno", AddedAt = Now });
        if (graduate)
        {
            var path = await CohortData.PathAsync(db, code: "ruta-" + Guid.NewGuid().ToString("N")[..8]);
            var rule = new CompletionRule { Id = Guid.NewGuid(), PathId = path.Id, Version = 1, Reason = "prueba", CreatedBy = "prueba", CreatedAt = Now };
            db.CompletionRules.Add(rule);
            db.PathCompletions.Add(new PathCompletion { Id = Guid.NewGuid(), LearnerId = person.Id, PathId = path.Id, RuleId = rule.Id, CompletedAt = Now, RecordedAt = Now });
        }

        await db.SaveChangesAsync();
    }

    public static async Task<CreditPool> PoolAsync(SemilleroDb db, long amountCents, string name = "2026-H2", DateOnly? startsOn = null, DateOnly? endsOn = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pool = new CreditPool
        {
            Id = Guid.NewGuid(),
            Name = name,
            StartsOn = startsOn ?? new DateOnly(2026, 7, 1),
            EndsOn = endsOn ?? new DateOnly(2026, 12, 31),
            AmountCents = amountCents,
            CreatedAt = Now,
            CreatedBy = "prueba",
            Reason = "prueba",
        };
        db.CreditPools.Add(pool);
        await db.SaveChangesAsync();
        return pool;
    }

    public static async Task<string> VouchingCodeAsync(SemilleroDb db, Guid organizationId, DateTime? expiresAt = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var code = CreditRules.NewVouchingCode();
        db.VouchingCodes.Add(new VouchingCode
        {
            Id = Guid.NewGuid(),
            OrganizationId = organizationId,
            CodeHash = CreditRules.HashCode(code),
            Hint = code[^4..],
            CreatedAt = Now,
            CreatedBy = "prueba",
            TermsVersion = 1,
            ExpiresAt = expiresAt ?? Now.AddDays(90),
        });
        await db.SaveChangesAsync();
        return code;
    }

    // An account in the reviewer pool, of the organisation when given.
    public static async Task<Guid> ReviewerAsync(SemilleroDb db, Guid? organizationId = null, bool active = true)
    {
        ArgumentNullException.ThrowIfNull(db);
        var id = Guid.NewGuid();
        var email = $"revisor-{id:N}@example.com";
        db.Users.Add(new User { Id = id, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), DisplayName = "Revisora " + id.ToString("N")[..4], OrganizationId = organizationId, CreatedAt = Now });
        db.CreditReviewers.Add(new CreditReviewer { UserId = id, Active = active, AddedAt = Now, AddedBy = "prueba" });
        await db.SaveChangesAsync();
        return id;
    }

    // An application already through review, waiting for the decision.
    public static async Task<Guid> AwaitingDecisionAsync(SemilleroDb db, Guid companyId, long requestedCents, string tier = "aliado")
    {
        ArgumentNullException.ThrowIfNull(db);
        var id = Guid.NewGuid();
        db.CreditApplications.Add(new CreditApplication
        {
            Id = id,
            CompanyId = companyId,
            OpenCompanyId = companyId,
            ProgramVersion = 1,
            TierKey = tier,
            RequestedCents = requestedCents,
            UsePlan = LongPlan,
            EligibilityJson = "[]",
            SubmittedAt = Now,
            SubmittedBy = "prueba",
            Status = ApplicationStatus.PorDecidir,
            StatusChangedAt = Now,
        });
        await db.SaveChangesAsync();
        return id;
    }

    public static Dictionary<string, int> Scores(int score) =>
        CreditPrograms.Shipped.Review.Rubric.ToDictionary(c => c.Id, _ => score, StringComparer.Ordinal);

    // Every task waits at the gate, then all run at once.
    public static async Task<T[]> AllAtOnceAsync<T>(IEnumerable<Func<Task<T>>> work)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = work.Select(w => Task.Run(async () =>
        {
            await gate.Task;
            return await w();
        })).ToList();
        gate.SetResult();
        return await Task.WhenAll(tasks);
    }
}
