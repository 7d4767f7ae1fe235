using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Accounts;
using Semillero.Arco;
using Semillero.Email;
using Semillero.Learners;
using Semillero.Privacy;

namespace Semillero.Data;

// The one DbContext. The two provider subclasses exist only so each provider keeps its own
// migration set in this assembly (see docs/adr/0001-one-context-two-migration-sets.md); code
// everywhere else depends on SemilleroDb.
public abstract class SemilleroDb(DbContextOptions options) : IdentityDbContext<User, Role, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Learner> Learners => Set<Learner>();

    public DbSet<LearnerImport> LearnerImports => Set<LearnerImport>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<RecordClaim> RecordClaims => Set<RecordClaim>();

    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();

    public DbSet<ArcoRequest> ArcoRequests => Set<ArcoRequest>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<LearningRecords.StoredStatement> Statements => Set<LearningRecords.StoredStatement>();

    public DbSet<LearningRecords.Documents.XapiDocument> XapiDocuments => Set<LearningRecords.Documents.XapiDocument>();

    public DbSet<LearningRecords.Attachments.StoredAttachment> XapiAttachments => Set<LearningRecords.Attachments.StoredAttachment>();

    public DbSet<LearningRecords.Linking.ActorLink> ActorLinks => Set<LearningRecords.Linking.ActorLink>();

    public DbSet<LearningRecords.Ingestion.XapiRejection> XapiRejections => Set<LearningRecords.Ingestion.XapiRejection>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Catalog.LearningPath> LearningPaths => Set<Catalog.LearningPath>();

    public DbSet<Catalog.PathSkill> PathSkills => Set<Catalog.PathSkill>();

    public DbSet<Catalog.PathCourse> PathCourses => Set<Catalog.PathCourse>();

    public DbSet<Catalog.Course> Courses => Set<Catalog.Course>();

    public DbSet<Catalog.CourseActivity> CourseActivities => Set<Catalog.CourseActivity>();

    public DbSet<Catalog.CompletionRule> CompletionRules => Set<Catalog.CompletionRule>();

    public DbSet<Completions.CourseCompletion> CourseCompletions => Set<Completions.CourseCompletion>();

    public DbSet<Completions.PathCompletion> PathCompletions => Set<Completions.PathCompletion>();

    public DbSet<Completions.CompletionReport> CompletionReports => Set<Completions.CompletionReport>();

    public DbSet<Catalog.RuleEvaluation> RuleEvaluations => Set<Catalog.RuleEvaluation>();

    public DbSet<Badges.BadgeAward> BadgeAwards => Set<Badges.BadgeAward>();

    public DbSet<Badges.BadgeSubject> BadgeSubjects => Set<Badges.BadgeSubject>();

    public DbSet<Badges.SigningKey> SigningKeys => Set<Badges.SigningKey>();

    public DbSet<Companies.Company> Companies => Set<Companies.Company>();

    public DbSet<Vacancies.Vacancy> Vacancies => Set<Vacancies.Vacancy>();

    public DbSet<Vacancies.VacancySkill> VacancySkills => Set<Vacancies.VacancySkill>();

    public DbSet<Matching.TalentProfile> TalentProfiles => Set<Matching.TalentProfile>();

    public DbSet<Matching.DeclaredSkill> DeclaredSkills => Set<Matching.DeclaredSkill>();

    public DbSet<Hiring.Application> Applications => Set<Hiring.Application>();

    public DbSet<Hiring.ApplicationEvent> ApplicationEvents => Set<Hiring.ApplicationEvent>();

    public DbSet<Hiring.Placement> Placements => Set<Hiring.Placement>();

    public DbSet<Hiring.PlacementBadge> PlacementBadges => Set<Hiring.PlacementBadge>();

    public DbSet<FollowUp.FollowUpSurvey> FollowUpSurveys => Set<FollowUp.FollowUpSurvey>();

    public DbSet<Dashboards.KpiCell> KpiCells => Set<Dashboards.KpiCell>();

    public DbSet<Dashboards.KpiLearnerMarks> KpiLearnerMarks => Set<Dashboards.KpiLearnerMarks>();

    public DbSet<Dashboards.KpiTarget> KpiTargets => Set<Dashboards.KpiTarget>();

    public DbSet<Organizations.Organization> Organizations => Set<Organizations.Organization>();

    public DbSet<Cohorts.Cohort> Cohorts => Set<Cohorts.Cohort>();

    public DbSet<Cohorts.CohortPath> CohortPaths => Set<Cohorts.CohortPath>();

    public DbSet<Cohorts.CohortState> CohortStates => Set<Cohorts.CohortState>();

    public DbSet<Cohorts.CohortEnrolment> CohortEnrolments => Set<Cohorts.CohortEnrolment>();

    public DbSet<Diagnostics.Assessment> Assessments => Set<Diagnostics.Assessment>();

    public DbSet<Diagnostics.AssessmentRespondent> AssessmentRespondents => Set<Diagnostics.AssessmentRespondent>();

    public DbSet<Diagnostics.AssessmentAnswer> AssessmentAnswers => Set<Diagnostics.AssessmentAnswer>();

    public DbSet<Diagnostics.AssessmentDimensionScore> AssessmentScores => Set<Diagnostics.AssessmentDimensionScore>();

    public DbSet<Diagnostics.QuestionBankVersion> QuestionBankVersions => Set<Diagnostics.QuestionBankVersion>();

    public DbSet<Diagnostics.TrainingInvitation> TrainingInvitations => Set<Diagnostics.TrainingInvitation>();

    public DbSet<Credits.StartupProfile> StartupProfiles => Set<Credits.StartupProfile>();

    public DbSet<Credits.StartupFounder> StartupFounders => Set<Credits.StartupFounder>();

    public DbSet<Credits.CreditProgramVersion> CreditProgramVersions => Set<Credits.CreditProgramVersion>();

    public DbSet<Credits.CreditPool> CreditPools => Set<Credits.CreditPool>();

    public DbSet<Credits.CreditAccount> CreditAccounts => Set<Credits.CreditAccount>();

    public DbSet<Credits.VouchingCode> VouchingCodes => Set<Credits.VouchingCode>();

    public DbSet<Credits.CreditApplication> CreditApplications => Set<Credits.CreditApplication>();

    public DbSet<Credits.CreditReview> CreditReviews => Set<Credits.CreditReview>();

    public DbSet<Credits.CreditReviewer> CreditReviewers => Set<Credits.CreditReviewer>();

    public DbSet<Credits.CreditConflict> CreditConflicts => Set<Credits.CreditConflict>();

    public DbSet<Credits.CreditDecision> CreditDecisions => Set<Credits.CreditDecision>();

    public DbSet<Credits.CreditAward> CreditAwards => Set<Credits.CreditAward>();

    public DbSet<Credits.CreditCodeBatch> CreditCodeBatches => Set<Credits.CreditCodeBatch>();

    public DbSet<Credits.CreditCode> CreditCodes => Set<Credits.CreditCode>();

    public abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SemilleroDb).Assembly);
    }
}

public sealed class SqliteSemilleroDb(DbContextOptions<SqliteSemilleroDb> options) : SemilleroDb(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresSemilleroDb(DbContextOptions<PostgresSemilleroDb> options) : SemilleroDb(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
