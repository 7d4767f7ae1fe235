using Microsoft.EntityFrameworkCore;
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
using static Semillero.Tests.LearningRecords.Linking.LinkingData;

namespace Semillero.Tests.Matching;

// Matching's test data written straight to the tables: people with talent profiles, consents,
// badges of paths that grant skills, companies and vacancies.
public static class TalentData
{
    private static int _statusIndex = 1000;
    private static int _seed = 7000;

    public static DateTime Now => TestClock.Now.UtcDateTime;

    public static async Task<Learner> PersonAsync(
        SemilleroDb db, string alias, string state = "09", bool visible = true, Availability availability = Availability.Abierta,
        bool presencial = true, bool hibrido = true, bool remoto = true, params (string Skill, int Level)[] declared)
    {
        var learner = await LearnerAsync(db, Interlocked.Increment(ref _seed), change: l => l.StateCode = state);
        var profile = new TalentProfile
        {
            LearnerId = learner.Id, Alias = alias, Availability = availability, AcceptsPresencial = presencial, AcceptsHibrido = hibrido, AcceptsRemoto = remoto,
            CreatedAt = Now, UpdatedAt = Now,
        };
        profile.Skills.AddRange(declared.Select(d => new DeclaredSkill { LearnerId = learner.Id, SkillId = d.Skill, Level = (SkillLevel)d.Level }));
        db.TalentProfiles.Add(profile);
        db.ConsentRecords.Add(new ConsentRecord { LearnerId = learner.Id, Purpose = Purposes.VisibleEmpleadores, Granted = visible, NoticeVersion = 1, At = Now, Source = "prueba" });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return learner;
    }

    public static async Task<LearningPath> PathAsync(SemilleroDb db, string code, PathLevel level, params string[] skills)
    {
        var path = new LearningPath
        {
            Id = Guid.NewGuid(), Code = code, Area = PathArea.Nube, Level = level, NameEs = $"Ruta {code}", NameEn = $"Path {code}",
            SummaryEs = "Resumen.", SummaryEn = "Summary.", CriteriaEs = "Criterio.", CriteriaEn = "Criteria.", Published = true, CreatedAt = Now, UpdatedAt = Now,
        };
        path.Skills.AddRange(skills.Select(s => new PathSkill { PathId = path.Id, SkillId = s }));
        db.LearningPaths.Add(path);
        db.CompletionRules.Add(new CompletionRule { Id = Guid.NewGuid(), PathId = path.Id, Version = 1, Reason = "prueba", CreatedBy = "prueba", CreatedAt = Now });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return path;
    }

    public static async Task<Guid> BadgeAsync(SemilleroDb db, Guid learnerId, Guid pathId, DateTime? issuedAt = null)
    {
        var rule = await db.CompletionRules.Where(r => r.PathId == pathId).Select(r => r.Id).FirstAsync();
        var completion = new PathCompletion { Id = Guid.NewGuid(), LearnerId = learnerId, PathId = pathId, RuleId = rule, CompletedAt = Now, RecordedAt = Now };
        db.PathCompletions.Add(completion);
        var award = new BadgeAward
        {
            Id = Guid.NewGuid(), LearnerId = learnerId, PathId = pathId, PathCompletionId = completion.Id, IssuedAt = issuedAt ?? Now,
            Credential = "jwt", KeyId = "k1", StatusIndex = Interlocked.Increment(ref _statusIndex),
        };
        db.BadgeAwards.Add(award);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return award.Id;
    }

    public static async Task<Company> CompanyAsync(SemilleroDb db, bool verified = true, string rfc = "ABC010101AB1")
    {
        var company = new Company
        {
            Id = Guid.NewGuid(), Rfc = rfc, LegalName = "Empresa de Prueba SA de CV", TradeName = "Empresa Prueba", SectorCode = "54", StateCode = "09",
            Workers = 20, AnnualSalesMdp = 10, SizeBand = SizeBand.Pequena, Kind = CompanyKind.Pyme, CreatedAt = Now, UpdatedAt = Now, CreatedBy = "prueba",
            VerifiedAt = verified ? Now : null, VerifiedBy = verified ? "prueba" : null,
        };
        db.Companies.Add(company);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return company;
    }

    public static async Task<Vacancy> VacancyAsync(SemilleroDb db, Guid companyId, WorkModality modality, string? state, int openings = 1, params (string Skill, int Level, bool Required)[] skills)
    {
        var vacancy = new Vacancy
        {
            Id = Guid.NewGuid(), CompanyId = companyId, Title = "Analista de nube", Description = "Vacante de prueba.", Modality = modality, StateCode = state,
            Openings = openings, ClosesOn = DateOnly.FromDateTime(Now).AddDays(30), Status = VacancyStatus.Abierta, CreatedAt = Now, UpdatedAt = Now, PublishedAt = Now,
            CreatedBy = "prueba",
        };
        vacancy.Skills.AddRange(skills.Select(s => new VacancySkill { VacancyId = vacancy.Id, SkillId = s.Skill, Level = (SkillLevel)s.Level, Required = s.Required }));
        db.Vacancies.Add(vacancy);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return vacancy;
    }
}
