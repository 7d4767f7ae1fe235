using System.Security.Cryptography;
using Semillero.Access;
using Semillero.Badges;
using Semillero.Catalog;
using Semillero.Companies;
using Semillero.Completions;
using Semillero.Data;
using Semillero.Learners;
using Semillero.Matching;
using Semillero.Privacy;
using Semillero.Tests.Infrastructure;
using Semillero.Vacancies;

namespace Semillero.Tests.Hiring;

// Rows the hiring tests start from, written straight to the database: companies, vacancies, people
// with a work profile (and the consent to be seen by employers), badges.
public static class HiringData
{
    public static DateTime Now => TestClock.Now.UtcDateTime;

    public static Actor Employer(Guid companyId, string id = "empresa-1") => new(id, "Reclutadora", Roles.Empresa, CompanyId: companyId);

    public static Actor Operator() => new("operador-1", "Operadora", Roles.Operador);

    public static Actor Candidate(Guid learnerId) => new($"usuario-{learnerId:N}", "Candidata", Roles.Aprendiz, LearnerId: learnerId);

    public static async Task<Company> CompanyAsync(SemilleroDb db, bool verified = true, string tradeName = "Nube Norte", string state = "19")
    {
        var company = new Company
        {
            Id = Guid.NewGuid(),
            Rfc = "NNO" + RandomNumberGenerator.GetString("0123456789", 6) + RandomNumberGenerator.GetString("ABCDEFGH123", 3),
            LegalName = tradeName + " S.A. de C.V.",
            TradeName = tradeName,
            SectorCode = "54",
            StateCode = state,
            Workers = 20,
            AnnualSalesMdp = 30m,
            SizeBand = SizeBand.Pequena,
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

    public static async Task<Vacancy> VacancyAsync(SemilleroDb db, Guid companyId, VacancyStatus status = VacancyStatus.Abierta, DateOnly? closesOn = null,
        string? state = "09", string title = "Analista de datos en la nube")
    {
        var vacancy = new Vacancy
        {
            Id = Guid.NewGuid(),
            CompanyId = companyId,
            Title = title,
            Description = "Mantener los tableros de la empresa.",
            Modality = WorkModality.Hibrido,
            StateCode = state,
            ClosesOn = closesOn ?? DateOnly.FromDateTime(Now).AddDays(30),
            Status = status,
            CreatedAt = Now,
            UpdatedAt = Now,
            PublishedAt = status == VacancyStatus.Abierta ? Now : null,
            CreatedBy = "prueba",
        };
        vacancy.Skills.Add(new VacancySkill { VacancyId = vacancy.Id, SkillId = "nube-computo", Level = SkillLevel.Basico, Required = true });
        db.Vacancies.Add(vacancy);
        await db.SaveChangesAsync();
        return vacancy;
    }

    // A registered person with a work profile; `visible` is their visible_empleadores decision.
    public static async Task<(Learner Learner, string Alias)> CandidateAsync(SemilleroDb db, bool visible = true, string? email = null, bool profile = true)
    {
        var person = CsvFiles.People(1, seed: Random.Shared.Next()).Single();
        var learner = TestLearners.FromPerson(person, email ?? $"candidata-{Guid.NewGuid():N}@example.com", new DateOnly(1998, 5, 4));
        db.Learners.Add(learner);
        var alias = "C-" + RandomNumberGenerator.GetString("23456789ABCDEFGHJKMNPQRSTUVWXYZ", 6);
        if (profile)
        {
            var talent = new TalentProfile { LearnerId = learner.Id, Alias = alias, Availability = Availability.Inmediata, Summary = "Me gustan los datos.", CreatedAt = Now, UpdatedAt = Now };
            talent.Skills.Add(new DeclaredSkill { LearnerId = learner.Id, SkillId = "nube-computo", Level = SkillLevel.Intermedio });
            db.TalentProfiles.Add(talent);
        }

        db.ConsentRecords.Add(new ConsentRecord { LearnerId = learner.Id, Purpose = Purposes.Operacion, Granted = true, NoticeVersion = 1, At = Now, Source = "prueba" });
        db.ConsentRecords.Add(new ConsentRecord { LearnerId = learner.Id, Purpose = Purposes.VisibleEmpleadores, Granted = visible, NoticeVersion = 1, At = Now, Source = "prueba" });
        await db.SaveChangesAsync();
        return (learner, alias);
    }

    // A badge for a path of its own, issued at `issuedAt` (revoked afterwards when asked).
    public static async Task<BadgeAward> BadgeAsync(SemilleroDb db, Guid learnerId, DateTime issuedAt, string pathCode, bool revoked = false)
    {
        var path = new LearningPath
        {
            Id = Guid.NewGuid(),
            Code = pathCode,
            Area = PathArea.Nube,
            Level = PathLevel.Fundamentos,
            NameEs = "Ruta " + pathCode,
            NameEn = "Path " + pathCode,
            SummaryEs = "Resumen.",
            SummaryEn = "Summary.",
            CriteriaEs = "Terminar los cursos.",
            CriteriaEn = "Complete the courses.",
            Published = true,
            CreatedAt = Now,
            UpdatedAt = Now,
        };
        var rule = new CompletionRule { Id = Guid.NewGuid(), PathId = path.Id, Version = 1, Reason = "Regla inicial", CreatedBy = "prueba", CreatedAt = Now };
        var completion = new PathCompletion { Id = Guid.NewGuid(), LearnerId = learnerId, PathId = path.Id, RuleId = rule.Id, CompletedAt = issuedAt, RecordedAt = issuedAt };
        var award = new BadgeAward
        {
            Id = Guid.NewGuid(),
            LearnerId = learnerId,
            PathId = path.Id,
            PathCompletionId = completion.Id,
            IssuedAt = issuedAt,
            Credential = "prueba",
            KeyId = "llave-prueba",
            StatusIndex = RandomNumberGenerator.GetInt32(0, 1 << 20),
            RevokedAt = revoked ? issuedAt.AddDays(1) : null,
            RevokedReason = revoked ? "prueba" : null,
        };
        db.LearningPaths.Add(path);
        db.CompletionRules.Add(rule);
        db.PathCompletions.Add(completion);
        db.BadgeAwards.Add(award);
        await db.SaveChangesAsync();
        return award;
    }
}
