using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Companies;
using Semillero.Data;
using Semillero.Diagnostics;
using Semillero.Organizations;
using Semillero.Tests.Infrastructure;
using static Semillero.Tests.Diagnostics.DiagnosticData;

namespace Semillero.Tests.Diagnostics;

// The diagnostic as companies, chambers, colleagues and operators use it: starting, answering as
// one goes, colleagues, submission and its immutability, re-assessment, versions, peers, training
// and the program's figures.
public abstract class DiagnosticTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : DiagnosticTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : DiagnosticTests(DatabaseProvider.Postgres);

    private static QuestionBank Bank => QuestionBanks.Shipped;

    private async Task<Company> NewCompanyAsync(bool verified = true, SizeBand band = SizeBand.Pequena, string sector = "54", string state = "19")
    {
        await using var db = Database.NewDb();
        return await CompanyAsync(db, verified, band, sector, state);
    }

    private async Task<Guid> StartAsync(Guid companyId, Actor actor) =>
        Assert.IsType<StartAssessmentOutcome.Started>(await RunAsync<StartAssessment, StartAssessmentOutcome>(s => s.RunAsync(companyId, actor, default))).AssessmentId;

    private Task<SaveAnswersOutcome> SaveAsync(Guid assessmentId, Dictionary<string, int?> answers, Actor actor) =>
        RunAsync<SaveAnswers, SaveAnswersOutcome>(s => s.AsOwnerAsync(assessmentId, answers, actor, default));

    private Task<SubmitAssessmentOutcome> SubmitAsync(Guid assessmentId, Actor actor) =>
        RunAsync<SubmitAssessment, SubmitAssessmentOutcome>(s => s.RunAsync(assessmentId, actor, default));

    // Starts, answers everything with `score` (and the overrides) and submits.
    private async Task<Guid> TakeAsync(Guid companyId, int score, params (string Question, int Score)[] overrides)
    {
        var actor = Company(companyId);
        var id = await StartAsync(companyId, actor);
        Assert.IsType<SaveAnswersOutcome.Saved>(await SaveAsync(id, Answers(Bank, score, overrides), actor));
        Assert.IsType<SubmitAssessmentOutcome.Submitted>(await SubmitAsync(id, actor));
        return id;
    }

    [Fact]
    public async Task Start_VerifiedCompany_TakesTheCurrentBankAndAgainReturnsTheOpenOne()
    {
        var company = await NewCompanyAsync();

        var first = Assert.IsType<StartAssessmentOutcome.Started>(await RunAsync<StartAssessment, StartAssessmentOutcome>(s => s.RunAsync(company.Id, Company(company.Id), default)));
        var again = Assert.IsType<StartAssessmentOutcome.Started>(await RunAsync<StartAssessment, StartAssessmentOutcome>(s => s.RunAsync(company.Id, Company(company.Id), default)));

        Assert.True(first.Created);
        Assert.Equal((first.AssessmentId, false), (again.AssessmentId, again.Created));
        var view = await RunAsync<ReadAssessments, AssessmentView?>(s => s.FindAsync(first.AssessmentId, Company(company.Id), default));
        Assert.Equal((1, AssessmentMode.Autodiagnostico), (view!.Summary.BankVersion, view.Summary.Mode));
    }

    [Fact]
    public async Task Start_UnverifiedCompany_IsRefusedWithTheReason()
    {
        var company = await NewCompanyAsync(verified: false);

        var outcome = await RunAsync<StartAssessment, StartAssessmentOutcome>(s => s.RunAsync(company.Id, Company(company.Id), default));

        Assert.Equal("empresa_no_verificada", Assert.IsType<StartAssessmentOutcome.NotAllowed>(outcome).Reason.Code);
    }

    [Fact]
    public async Task Start_AnotherCompanysAccount_IsNotFound()
    {
        var company = await NewCompanyAsync();

        var outcome = await RunAsync<StartAssessment, StartAssessmentOutcome>(s => s.RunAsync(company.Id, Company(Guid.NewGuid()), default));

        Assert.IsType<StartAssessmentOutcome.CompanyNotFound>(outcome);
    }

    [Theory]
    [InlineData(OrganizationKind.Camara, true)]
    [InlineData(OrganizationKind.Gobierno, true)]
    [InlineData(OrganizationKind.Proveedor, false)]
    [InlineData(OrganizationKind.Inversion, false)]
    public async Task Start_Organisation_OnlyChambersAndGovernmentsRunIt(OrganizationKind kind, bool allowed)
    {
        var company = await NewCompanyAsync();
        Guid orgId;
        await using (var db = Database.NewDb())
        {
            orgId = (await Cohorts.CohortData.OrganizationAsync(db, kind)).Id;
        }

        var outcome = await RunAsync<StartAssessment, StartAssessmentOutcome>(s => s.RunAsync(company.Id, Member(orgId), default));

        if (allowed)
        {
            var id = Assert.IsType<StartAssessmentOutcome.Started>(outcome).AssessmentId;
            var list = await RunAsync<ReadAssessments, IReadOnlyList<AssessmentListItem>>(s => s.ListAsync(company.Id, Company(company.Id), default));
            Assert.Equal((id, AssessmentMode.Acompanado, orgId), (list[0].Id, list[0].Mode, list[0].OrganizationId!.Value));
            // The company reads it but does not answer for the chamber.
            Assert.IsType<SaveAnswersOutcome.NotFound>(await SaveAsync(id, Dimension(Bank, "datos", 2), Company(company.Id)));
        }
        else
        {
            Assert.Equal("tipo_organizacion", Assert.IsType<StartAssessmentOutcome.NotAllowed>(outcome).Reason.Code);
        }
    }

    [Fact]
    public async Task Save_InPieces_ResumesWithEveryAnswerAndClearsWithNull()
    {
        var company = await NewCompanyAsync();
        var actor = Company(company.Id);
        var id = await StartAsync(company.Id, actor);

        await SaveAsync(id, Dimension(Bank, "estrategia", 2), actor);
        var second = await SaveAsync(id, Dimension(Bank, "datos", 3), actor);
        await SaveAsync(id, new Dictionary<string, int?> { ["datos-registro"] = null }, actor);

        Assert.Equal(Bank.FindDimension("estrategia")!.Questions.Count + Bank.FindDimension("datos")!.Questions.Count, Assert.IsType<SaveAnswersOutcome.Saved>(second).Answered);
        var view = await RunAsync<ReadAssessments, AssessmentView?>(s => s.FindAsync(id, actor, default));
        Assert.Equal(2, view!.LeadAnswers["estrategia-plan"]);
        Assert.False(view.LeadAnswers.ContainsKey("datos-registro"));
        Assert.Equal(50, view.Live.Dimension("estrategia").Score);
        Assert.Null(view.Live.Dimension("datos").Score);
    }

    [Fact]
    public async Task Save_UnknownQuestionOrScoreOutOfRange_SavesNothingAndNamesEach()
    {
        var company = await NewCompanyAsync();
        var actor = Company(company.Id);
        var id = await StartAsync(company.Id, actor);

        var outcome = await SaveAsync(id, new Dictionary<string, int?> { ["estrategia-plan"] = 2, ["no-existe"] = 1, ["datos-registro"] = 7 }, actor);

        Assert.Equal(["no-existe", "datos-registro"], Assert.IsType<SaveAnswersOutcome.Invalid>(outcome).Errors.Select(e => e.Field));
        await using var db = Database.NewDb();
        Assert.Equal(0, await db.AssessmentAnswers.CountAsync());
    }

    [Fact]
    public async Task Submit_WithUnansweredQuestions_NamesThemAndStaysOpen()
    {
        var company = await NewCompanyAsync();
        var actor = Company(company.Id);
        var id = await StartAsync(company.Id, actor);
        await SaveAsync(id, Answers(Bank, 2, []).Where(a => a.Key != "nube-costos" && a.Key != "gobierno-politica").ToDictionary(), actor);

        var outcome = await SubmitAsync(id, actor);

        Assert.Equal(["nube-costos", "gobierno-politica"], Assert.IsType<SubmitAssessmentOutcome.Incomplete>(outcome).Unanswered);
        Assert.IsType<SaveAnswersOutcome.Saved>(await SaveAsync(id, Answers(Bank, 2), actor));
        Assert.IsType<SubmitAssessmentOutcome.Submitted>(await SubmitAsync(id, actor));
    }

    [Fact]
    public async Task Submit_FreezesTheScoresAndNothingChangesAfterwards()
    {
        var company = await NewCompanyAsync();
        var actor = Company(company.Id);
        var id = await StartAsync(company.Id, actor);
        await SaveAsync(id, Answers(Bank, 3, ("uso-ia-produccion", 3)), actor);

        var submitted = Assert.IsType<SubmitAssessmentOutcome.Submitted>(await SubmitAsync(id, actor));

        Assert.Equal((0, 75, 3, true), (submitted.Sequence, submitted.Result.Overall!.Value, submitted.Result.Level!.Value, submitted.Result.AdvancedAi));
        Assert.IsType<SaveAnswersOutcome.Closed>(await SaveAsync(id, Answers(Bank, 0), actor));
        Assert.IsType<SubmitAssessmentOutcome.AlreadySubmitted>(await SubmitAsync(id, actor));
        Assert.IsType<InviteRespondentOutcome.Closed>(await RunAsync<InviteRespondent, InviteRespondentOutcome>(s => s.RunAsync(id, "colega@empresa.mx", actor, default)));
        await using var db = Database.NewDb();
        var row = await db.Assessments.Include(a => a.Scores).SingleAsync(a => a.Id == id);
        Assert.Equal((75, 3, true), (row.OverallScore!.Value, row.Level!.Value, row.AdvancedAi));
        Assert.All(row.Scores, s => Assert.Equal(75, s.Score));
        Assert.Equal(7, row.Scores.Count);
    }

    [Fact]
    public async Task Colleagues_AnswerThroughTheirLinkAndTheResultIsTheMedianOfEveryone()
    {
        var company = await NewCompanyAsync();
        var actor = Company(company.Id);
        var id = await StartAsync(company.Id, actor);
        var ids = new List<Guid>();
        foreach (var email in new[] { "ana@empresa.mx", "Beto@Empresa.mx" })
        {
            ids.Add(Assert.IsType<InviteRespondentOutcome.Invited>(await RunAsync<InviteRespondent, InviteRespondentOutcome>(s => s.RunAsync(id, email, actor, default))).RespondentId);
        }

        // Lead 4 everywhere, Ana 0, Beto 2: the median of each question is 2.
        await SaveAsync(id, Answers(Bank, 4), actor);
        await RunAsync<SaveAnswers, SaveAnswersOutcome>(s => s.AsRespondentAsync(ids[0], Answers(Bank, 0), default));
        await RunAsync<SaveAnswers, SaveAnswersOutcome>(s => s.AsRespondentAsync(ids[1], Answers(Bank, 2), default));

        var submitted = Assert.IsType<SubmitAssessmentOutcome.Submitted>(await SubmitAsync(id, actor));

        Assert.Equal(50, submitted.Result.Overall);
        Assert.All(submitted.Result.Dimensions, d => Assert.Equal((0, 100), (d.LowestRespondent!.Value, d.HighestRespondent!.Value)));
        await using var db = Database.NewDb();
        Assert.Equal(3, (await db.Assessments.SingleAsync(a => a.Id == id)).Respondents);
        var mail = await db.OutboxMessages.Where(m => m.Kind == InviteRespondent.EmailKind).Select(m => m.To).ToListAsync();
        Assert.Equal(["ana@empresa.mx", "beto@empresa.mx"], mail.Order(StringComparer.Ordinal));
        // Through the link, after submission, nothing changes any more.
        Assert.IsType<SaveAnswersOutcome.Closed>(await RunAsync<SaveAnswers, SaveAnswersOutcome>(s => s.AsRespondentAsync(ids[0], Answers(Bank, 4), default)));
    }

    [Fact]
    public async Task Colleagues_AtMostFiveAndAWithdrawnOneNoLongerCounts()
    {
        var company = await NewCompanyAsync();
        var actor = Company(company.Id);
        var id = await StartAsync(company.Id, actor);
        var invited = new List<Guid>();
        for (var i = 0; i < InviteRespondent.MaxColleagues; i++)
        {
            var n = i;
            invited.Add(Assert.IsType<InviteRespondentOutcome.Invited>(await RunAsync<InviteRespondent, InviteRespondentOutcome>(s => s.RunAsync(id, $"colega{n}@empresa.mx", actor, default))).RespondentId);
        }

        var sixth = await RunAsync<InviteRespondent, InviteRespondentOutcome>(s => s.RunAsync(id, "colega9@empresa.mx", actor, default));
        var twice = await RunAsync<InviteRespondent, InviteRespondentOutcome>(s => s.RunAsync(id, "colega1@empresa.mx", actor, default));
        await RunAsync<SaveAnswers, SaveAnswersOutcome>(s => s.AsRespondentAsync(invited[0], Answers(Bank, 0), default));
        await RunAsync<InviteRespondent, InviteRespondentOutcome>(s => s.RevokeAsync(id, invited[0], actor, default));
        await SaveAsync(id, Answers(Bank, 4), actor);

        Assert.Equal("limit", Assert.IsType<InviteRespondentOutcome.Invalid>(sixth).Reason.Code);
        Assert.Equal("duplicate", Assert.IsType<InviteRespondentOutcome.Invalid>(twice).Reason.Code);
        Assert.IsType<SaveAnswersOutcome.Closed>(await RunAsync<SaveAnswers, SaveAnswersOutcome>(s => s.AsRespondentAsync(invited[0], Answers(Bank, 1), default)));
        // The withdrawn colleague's zeros do not count: only the lead's fours.
        Assert.Equal(100, Assert.IsType<SubmitAssessmentOutcome.Submitted>(await SubmitAsync(id, actor)).Result.Overall);
    }

    [Fact]
    public async Task Owner_AnotherCompanyCannotReadAnswerInviteOrSubmit()
    {
        var company = await NewCompanyAsync();
        var other = Company(Guid.NewGuid(), "intrusa");
        var id = await StartAsync(company.Id, Company(company.Id));

        Assert.Null(await RunAsync<ReadAssessments, AssessmentView?>(s => s.FindAsync(id, other, default)));
        Assert.IsType<SaveAnswersOutcome.NotFound>(await SaveAsync(id, Answers(Bank, 4), other));
        Assert.IsType<InviteRespondentOutcome.NotFound>(await RunAsync<InviteRespondent, InviteRespondentOutcome>(s => s.RunAsync(id, "x@empresa.mx", other, default)));
        Assert.IsType<SubmitAssessmentOutcome.NotFound>(await SubmitAsync(id, other));
        Assert.Empty(await RunAsync<ReadAssessments, IReadOnlyList<AssessmentListItem>>(s => s.ListAsync(company.Id, other, default)));
        Assert.NotNull(await RunAsync<ReadAssessments, AssessmentView?>(s => s.FindAsync(id, Operator(), default)));
    }

    [Fact]
    public async Task Reassessment_IsT1AndTheResultShowsTheChangeSinceT0()
    {
        var company = await NewCompanyAsync();
        await TakeAsync(company.Id, 1);
        var t1 = await TakeAsync(company.Id, 1, Bank.FindDimension("talento")!.Questions.Select(q => (q.Id, 3)).ToArray());

        var result = await RunAsync<ReadAssessments, AssessmentResult?>(s => s.ResultAsync(t1, Company(company.Id), default));

        Assert.Equal(1, result!.View.Summary.Sequence);
        Assert.Equal(0, result.T0!.Sequence);
        Assert.Equal(25, result.T0.Scores["talento"]);
        Assert.Equal(75, result.Result.Dimension("talento").Score);
        Assert.Equal(25, result.T0.Overall);
    }

    [Fact]
    public async Task Result_RecommendsThePublishedPathsThatGrantTheWeakestDimensionsSkills()
    {
        var company = await NewCompanyAsync();
        await using (var db = Database.NewDb())
        {
            var cloud = await Cohorts.CohortData.PathAsync(db, code: "nube-basica");
            var draft = await Cohorts.CohortData.PathAsync(db, published: false, code: "nube-borrador");
            db.PathSkills.AddRange(
                new Semillero.Catalog.PathSkill { PathId = cloud.Id, SkillId = "nube-computo" },
                new Semillero.Catalog.PathSkill { PathId = cloud.Id, SkillId = "nube-costos" },
                new Semillero.Catalog.PathSkill { PathId = draft.Id, SkillId = "nube-computo" });
            await db.SaveChangesAsync();
        }

        // nube is the weakest (0), then datos and gobierno at 25 in the bank's order.
        var id = await TakeAsync(company.Id, 3,
            [.. Bank.FindDimension("nube")!.Questions.Select(q => (q.Id, 0)), .. Bank.FindDimension("datos")!.Questions.Select(q => (q.Id, 1)), .. Bank.FindDimension("gobierno")!.Questions.Select(q => (q.Id, 1))]);

        var result = await RunAsync<ReadAssessments, AssessmentResult?>(s => s.ResultAsync(id, Company(company.Id), default));

        Assert.Equal(["nube", "datos", "gobierno"], result!.Recommendations.Select(r => r.DimensionId));
        var paths = result.Recommendations[0].Paths;
        Assert.Equal(("nube-basica", 2), (Assert.Single(paths).Code, paths[0].SkillsMatched));
    }

    [Fact]
    public async Task Peers_HiddenBelowFiveCompaniesOfTheSameBandAndSector()
    {
        var company = await NewCompanyAsync();
        var mine = await TakeAsync(company.Id, 2);
        for (var i = 0; i < 4; i++)
        {
            await TakeAsync((await NewCompanyAsync()).Id, i);
        }

        // Another sector and another band do not count.
        await TakeAsync((await NewCompanyAsync(sector: "31-33")).Id, 4);
        await TakeAsync((await NewCompanyAsync(band: SizeBand.Mediana)).Id, 4);

        var four = await RunAsync<ReadAssessments, AssessmentResult?>(s => s.ResultAsync(mine, Company(company.Id), default));
        await TakeAsync((await NewCompanyAsync()).Id, 4);
        var five = await RunAsync<ReadAssessments, AssessmentResult?>(s => s.ResultAsync(mine, Company(company.Id), default));

        Assert.False(four!.Peers.Shown);
        Assert.Empty(four.Peers.MedianByDimension);
        Assert.True(five!.Peers.Shown);
        // Peers answered 0, 1, 2, 3 and 4 everywhere: the median is 2 → 50.
        Assert.Equal(50m, five.Peers.MedianByDimension["datos"]);
        Assert.Equal(50m, five.Peers.MedianOverall);
    }

    [Fact]
    public async Task Versions_NewAssessmentsTakeTheNewVersionAndOldOnesKeepTheirs()
    {
        var company = await NewCompanyAsync();
        var actor = Company(company.Id);
        var before = await StartAsync(company.Id, actor);
        var json = System.Text.Json.Nodes.JsonNode.Parse(QuestionBanks.ShippedJson)!;
        json["version"] = 2;
        json["dimensions"]![0]!["questions"]!.AsArray().RemoveAt(3);

        var wrongNumber = await RunAsync<PublishBankVersion, PublishBankVersionOutcome>(s => s.RunAsync(QuestionBanks.ShippedJson, "sin cambio", Operator(), default));
        var published = await RunAsync<PublishBankVersion, PublishBankVersionOutcome>(s => s.RunAsync(json.ToJsonString(), "Una pregunta menos de estrategia", Operator(), default));

        Assert.IsType<PublishBankVersionOutcome.Invalid>(wrongNumber);
        Assert.Equal(2, Assert.IsType<PublishBankVersionOutcome.Published>(published).Version);
        // The open assessment keeps version 1, answers its fourth strategy question and submits.
        Assert.IsType<SaveAnswersOutcome.Saved>(await SaveAsync(before, Answers(Bank, 2), actor));
        Assert.IsType<SubmitAssessmentOutcome.Submitted>(await SubmitAsync(before, actor));
        var after = await StartAsync(company.Id, actor);
        var view = await RunAsync<ReadAssessments, AssessmentView?>(s => s.FindAsync(after, actor, default));
        Assert.Equal(2, view!.Summary.BankVersion);
        Assert.Null(view.Bank.FindQuestion(Bank.Dimensions[0].Questions[3].Id));
        Assert.IsType<SaveAnswersOutcome.Invalid>(await SaveAsync(after, new Dictionary<string, int?> { [Bank.Dimensions[0].Questions[3].Id] = 2 }, actor));
        // Scores compare only within a version: the version-2 result has no T0 to compare with.
        await SaveAsync(after, view.Bank.Questions.ToDictionary(q => q.Id, _ => (int?)3, StringComparer.Ordinal), actor);
        await SubmitAsync(after, actor);
        var result = await RunAsync<ReadAssessments, AssessmentResult?>(s => s.ResultAsync(after, actor, default));
        Assert.Equal(1, result!.View.Summary.Sequence);
        Assert.Null(result.T0);
        Assert.Equal(2, (await RunAsync<BankVersions, IReadOnlyList<BankVersionView>>(s => s.ListAsync(default))).Count);
    }

    [Fact]
    public async Task Training_InvitesByEmailAndCountsRegisteredEnrolledAndGraduated()
    {
        var company = await NewCompanyAsync();
        Semillero.Catalog.LearningPath path;
        List<Semillero.Learners.Learner> people;
        await using (var db = Database.NewDb())
        {
            path = await Cohorts.CohortData.PathAsync(db, code: "ia-basica");
            people = await Cohorts.CohortData.PeopleAsync(db, 2);
        }

        await using (var db = Database.NewDb())
        {
            var tracked = await db.Learners.Where(l => l.Id == people[0].Id || l.Id == people[1].Id).ToListAsync();
            tracked.Single(l => l.Id == people[0].Id).Email = "ana@empresa.mx";
            tracked.Single(l => l.Id == people[1].Id).Email = "beto@empresa.mx";
            var rule = new Semillero.Catalog.CompletionRule { Id = Guid.NewGuid(), PathId = path.Id, Version = 1, Reason = "prueba", CreatedBy = "prueba", CreatedAt = Now };
            db.CompletionRules.Add(rule);
            db.PathCompletions.Add(new Semillero.Completions.PathCompletion { Id = Guid.NewGuid(), LearnerId = people[0].Id, PathId = path.Id, RuleId = rule.Id, CompletedAt = Now, RecordedAt = Now });
            await db.SaveChangesAsync();
        }

        var outcome = await RunAsync<InviteToTraining, InviteToTrainingOutcome>(s => s.RunAsync(company.Id,
            new TrainingInvitationInput(null, "ana@empresa.mx\nBeto@empresa.mx, carla@empresa.mx", "ia-basica", null), Company(company.Id), default));
        var again = await RunAsync<InviteToTraining, InviteToTrainingOutcome>(s => s.RunAsync(company.Id,
            new TrainingInvitationInput(null, "ana@empresa.mx", "ia-basica", null), Company(company.Id), default));
        var other = await RunAsync<InviteToTraining, InviteToTrainingOutcome>(s => s.RunAsync(company.Id,
            new TrainingInvitationInput(null, "ana@empresa.mx", "ia-basica", null), Company(Guid.NewGuid()), default));

        Assert.Equal(new InviteToTrainingOutcome.Invited(3, 0), outcome);
        Assert.Equal(new InviteToTrainingOutcome.Invited(0, 1), again);
        Assert.IsType<InviteToTrainingOutcome.CompanyNotFound>(other);
        var row = Assert.Single(await RunAsync<ReadTrainingFunnel, IReadOnlyList<TrainingFunnelRow>>(s => s.RunAsync(company.Id, default)));
        Assert.Equal((3, 2, 1), (row.Invited, row.Registered, row.Graduated));
        Assert.Contains(company.Id, await RunAsync<ReadTrainingFunnel, HashSet<Guid>>(s => s.TrainedCompaniesAsync(default)));
    }

    [Fact]
    public async Task Training_UnknownPathOrBadAddress_IsRefusedWithTheField()
    {
        var company = await NewCompanyAsync();

        var outcome = await RunAsync<InviteToTraining, InviteToTrainingOutcome>(s => s.RunAsync(company.Id,
            new TrainingInvitationInput(null, "no-es-correo", "no-existe", null), Company(company.Id), default));

        Assert.Equal([InviteToTraining.Fields.Emails, InviteToTraining.Fields.Target], Assert.IsType<InviteToTrainingOutcome.Invalid>(outcome).Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task Figures_CountEachPymeOnceByItsLatestAndHideSmallCellsWithTheirComplements()
    {
        // Nuevo León (19): five Pymes at level 3 with AI in production, one of them first assessed at
        // level 1. Jalisco (14): five at level 1. Yucatán (31): one at level 1. A large company does
        // not count.
        for (var i = 0; i < 5; i++)
        {
            var id = (await NewCompanyAsync()).Id;
            if (i == 0)
            {
                await TakeAsync(id, 1);
            }

            await TakeAsync(id, 3);
            await TakeAsync((await NewCompanyAsync(state: "14")).Id, 1);
        }

        await TakeAsync((await NewCompanyAsync(state: "31")).Id, 1);
        await TakeAsync((await NewCompanyAsync(band: SizeBand.Grande)).Id, 4);

        var figures = await RunAsync<ReadDiagnosticFigures, DiagnosticFigures>(s => s.RunAsync(null, default));

        Assert.Equal((11L, 6L, 5L, 5L), (figures.National.Total.Shown!.Value, figures.National.Levels[1].Shown!.Value, figures.National.Levels[3].Shown!.Value, figures.National.Advanced.Shown!.Value));
        Assert.Equal(45.5m, figures.AdvancedSharePercent);
        var nuevoLeon = figures.ByState.Single(r => r.Key == "19");
        var jalisco = figures.ByState.Single(r => r.Key == "14");
        var yucatan = figures.ByState.Single(r => r.Key == "31");
        Assert.Equal((5L, 5L), (nuevoLeon.Levels[3].Shown!.Value, nuevoLeon.Total.Shown!.Value));
        // Yucatán's one company is small; Jalisco's five would give it back from the national six.
        Assert.Equal(Disclosure.Suppression.Small, yucatan.Levels[1].Suppression);
        Assert.Equal(Disclosure.Suppression.Withheld, jalisco.Levels[1].Suppression);
        Assert.Null(jalisco.Total.Shown);
        // One company re-assessed: too few to show any change.
        Assert.False(figures.NotTrained.Shown);
        Assert.Null(figures.NotTrained.Overall);
    }

    [Fact]
    public async Task Figures_AreServedFromTheCache_UntilASubmissionHereOrAMinutePasses()
    {
        for (var i = 0; i < 5; i++)
        {
            await TakeAsync((await NewCompanyAsync()).Id, 3);
        }

        var first = await RunAsync<ReadDiagnosticFigures, DiagnosticFigures>(s => s.RunAsync(null, default));
        await TakeAsync((await NewCompanyAsync()).Id, 3);
        var afterSubmission = await RunAsync<ReadDiagnosticFigures, DiagnosticFigures>(s => s.RunAsync(null, default));

        // A row another process wrote (here: straight into the database) shows within a minute.
        await using (var db = Database.NewDb())
        {
            var copy = await db.Assessments.AsNoTracking().FirstAsync(a => a.Latest);
            var company = await CompanyAsync(db);
            db.Assessments.Add(new Assessment
            {
                Id = Guid.NewGuid(), CompanyId = company.Id, BankVersion = copy.BankVersion, Mode = AssessmentMode.Autodiagnostico, StartedBy = "otro-proceso",
                StartedAt = Now, SubmittedAt = Now, Sequence = 0, Latest = true, OverallScore = copy.OverallScore, Level = copy.Level, AdvancedAi = copy.AdvancedAi,
            });
            await db.SaveChangesAsync();
        }

        var stillCached = await RunAsync<ReadDiagnosticFigures, DiagnosticFigures>(s => s.RunAsync(null, default));
        Clock.Advance(DiagnosticFiguresCache.MaxAge);
        var refreshed = await RunAsync<ReadDiagnosticFigures, DiagnosticFigures>(s => s.RunAsync(null, default));

        Assert.Equal((5L, 6L, 6L, 7L), (first.National.Total.Shown!.Value, afterSubmission.National.Total.Shown!.Value, stillCached.National.Total.Shown!.Value, refreshed.National.Total.Shown!.Value));
    }
}
