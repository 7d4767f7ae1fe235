using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Accounts;
using Semillero.Arco;
using Semillero.Data;
using Semillero.Learners;
using Semillero.LearningRecords;
using Semillero.LearningRecords.Documents;
using Semillero.LearningRecords.Linking;
using Semillero.LearningRecords.Validation;
using Semillero.Privacy;
using Semillero.Tests.Accounts;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Privacy;

public abstract class PrivacyTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : PrivacyTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : PrivacyTests(DatabaseProvider.Postgres);

    private async Task<RegisterAccountOutcome.Registered> RegisterJoseAsync(params string[] optional) =>
        Assert.IsType<RegisterAccountOutcome.Registered>(await RunAsync(sp =>
            sp.GetRequiredService<RegisterAccount>().RunAsync(RegisterAccountTests.Jose() with { OptionalConsents = optional }, default)));

    private static readonly Actor Analyst = new("analista-1", "Analista SE", Roles.Analista);

    private Task<LearnerView?> AnalystReadsAsync(Guid learnerId) =>
        RunAsync(sp => sp.GetRequiredService<FindLearners>().ByIdAsync(learnerId, LearnerScope.For(Analyst), default));

    [Fact]
    public async Task WithdrawingConsent_TakesEffectForTheMinistryAtOnce()
    {
        var jose = await RegisterJoseAsync(Purposes.CompartirSecretaria);
        Assert.NotNull(await AnalystReadsAsync(jose.LearnerId));

        var outcome = await RunAsync(sp => sp.GetRequiredService<Consents>().ChangeAsync(jose.LearnerId, Purposes.CompartirSecretaria, false, "cuenta", default));

        Assert.IsType<ChangeConsentOutcome.Changed>(outcome);
        Assert.Null(await AnalystReadsAsync(jose.LearnerId));
        var page = Assert.IsType<FindLearnersOutcome.Found>(await RunAsync(sp =>
            sp.GetRequiredService<FindLearners>().SearchAsync(new LearnerSearch(null, null), LearnerScope.For(Analyst), default))).Page;
        Assert.Equal(0, page.Total);
    }

    [Fact]
    public async Task AnalystWithoutConsent_SeesNobody_ButOperatorSeesEveryone()
    {
        var jose = await RegisterJoseAsync();

        Assert.Null(await AnalystReadsAsync(jose.LearnerId));
        Assert.NotNull(await RunAsync(sp => sp.GetRequiredService<FindLearners>().ByIdAsync(jose.LearnerId, LearnerScope.For(new Actor("op", "Op", Roles.Operador)), default)));
    }

    [Fact]
    public async Task NecessaryPurpose_CannotBeWithdrawnOnlyEndedByCancelling()
    {
        var jose = await RegisterJoseAsync();

        var outcome = await RunAsync(sp => sp.GetRequiredService<Consents>().ChangeAsync(jose.LearnerId, Purposes.Operacion, false, "cuenta", default));

        Assert.IsType<ChangeConsentOutcome.NotOptional>(outcome);
        Assert.True(await RunAsync(sp => sp.GetRequiredService<Consents>().HasAsync(jose.LearnerId, Purposes.Operacion, default)));
    }

    [Fact]
    public async Task NewNoticeVersionWithNewPurpose_AsksOnlyForThatPurpose()
    {
        // Version 1 without the Ministry purpose; version 2 adds it.
        var v1 = new PrivacyNotice(1, new DateOnly(2026, 1, 1), [Purposes.Operacion, Purposes.VisibleEmpleadores, Purposes.EncuestasSeguimiento]);
        var v2 = new PrivacyNotice(2, new DateOnly(2027, 1, 15), [.. v1.PurposeCodes, Purposes.CompartirSecretaria]);
        await using var services = ProductServices.Build(Database, Clock, s => s.AddSingleton(new PrivacyNotices([v1])));
        Guid learnerId;
        await using (var scope = services.CreateAsyncScope())
        {
            learnerId = Assert.IsType<RegisterAccountOutcome.Registered>(await scope.ServiceProvider.GetRequiredService<RegisterAccount>()
                .RunAsync(RegisterAccountTests.Jose() with { OptionalConsents = [Purposes.VisibleEmpleadores] }, default)).LearnerId;
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<Consents>().PendingAsync(learnerId, default));
        }

        await using var db = Database.NewDb();
        var consents = new Consents(db, new PrivacyNotices([v1, v2]), Clock, new LearnerChanges([]));

        Assert.Equal([Purposes.CompartirSecretaria], (await consents.PendingAsync(learnerId, default)).Select(p => p.Code));
        await consents.DecideAsync(learnerId, [Purposes.CompartirSecretaria], "cuenta", default);

        Assert.Empty(await consents.PendingAsync(learnerId, default));
        var current = await consents.CurrentAsync(learnerId, default);
        Assert.Equal((true, 2), (current[Purposes.CompartirSecretaria].Granted, current[Purposes.CompartirSecretaria].NoticeVersion));
        Assert.Equal((true, 1), (current[Purposes.VisibleEmpleadores].Granted, current[Purposes.VisibleEmpleadores].NoticeVersion));
    }

    [Fact]
    public async Task Cancellation_LeavesNoPersonalDataAndKeepsTheAggregateCount()
    {
        var jose = await RegisterJoseAsync(Purposes.CompartirSecretaria);
        await RunAsync(sp => sp.GetRequiredService<AuditLog>().RecordAsync(new Actor("op", "Operadora", Roles.Operador), [jose.LearnerId], "consulta", "prueba", "prueba", default).ContinueWith(_ => 0, TaskScheduler.Default));
        // Learning records: one by his email, one by a provider account an operator linked to him,
        // and a State document a course player kept for his email.
        await using (var setup = Database.NewDb())
        {
            setup.ActorLinks.Add(new ActorLink { ActorKey = "account:https://moodle.example|jperez", LearnerId = jose.LearnerId, LinkedBy = "op", LinkedAt = Clock.GetUtcNow().UtcDateTime });
            setup.XapiDocuments.Add(new XapiDocument
            {
                Partner = "Moodle", Kind = DocumentKind.State, ActivityId = "https://moodle.example/curso", AgentKey = "mbox:mailto:jose@example.com",
                Registration = "", Scope = "s", DocumentId = "progreso", ContentType = "application/json", Content = "{\"nombre\":\"Juan Pérez\"}"u8.ToArray(), ETag = "\"e\"",
            });
            await setup.SaveChangesAsync();
        }

        foreach (var actor in new[] { """{"name":"José Juan Pérez García","mbox":"mailto:jose@example.com"}""", """{"name":"Juan Pérez","account":{"homePage":"https://moodle.example","name":"jperez"}}""" })
        {
            var statement = System.Text.Json.JsonDocument.Parse("""{"actor":""" + actor + ""","verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},"object":{"id":"https://moodle.example/curso"}}""").RootElement;
            var stored = await RunAsync(sp => sp.GetRequiredService<StoreStatements>().RunAsync(statement, null, new XapiCredential("k", "Moodle", Roles.Aliado), XapiVersion.V1_0_3, default));
            Assert.IsType<StoreStatementsOutcome.Stored>(stored);
        }

        await using (var check = Database.NewDb())
        {
            Assert.Equal(2, await check.Statements.CountAsync(s => s.LearnerId == jose.LearnerId));
        }

        // The access right covers them: his download lists both records and the linked account.
        var export = await RunAsync(sp => sp.GetRequiredService<MyData>().ExportAsync(jose.LearnerId, default));
        Assert.Equal(2, export!.LearningRecords.Count);
        Assert.Equal(["account:https://moodle.example|jperez"], export.LinkedAccounts.Select(a => a.Identifier));

        var before = await RunAsync(sp => sp.GetRequiredService<RegistryCounts>().RunAsync(default));

        var wrong = await RunAsync(sp => sp.GetRequiredService<CancelAccount>().RunAsync(jose.UserId, "no-es-la-contraseña", default));
        Assert.IsType<CancelAccountOutcome.WrongPassword>(wrong);

        var outcome = await RunAsync(sp => sp.GetRequiredService<CancelAccount>().RunAsync(jose.UserId, "contraseña-segura-1", default));

        var cancelled = Assert.IsType<CancelAccountOutcome.Cancelled>(outcome);
        Assert.Equal(("Cancelacion", "Ejecutada"), (cancelled.Request.Kind, cancelled.Request.Status));
        Assert.NotEmpty(cancelled.Retained);
        var after = await RunAsync(sp => sp.GetRequiredService<RegistryCounts>().RunAsync(default));
        Assert.Equal(before.Total, after.Total);
        Assert.Equal(before.ByState.Single(s => s.State.Clave == "14").Learners, after.ByState.Single(s => s.State.Clave == "14").Learners);

        var everything = await DumpEveryTextValueAsync();
        foreach (var personal in new[] { "PEGJ900512HJCRRS04", "jose@example.com", "JOSE@EXAMPLE.COM", "Pérez", "García", "Juan", "jperez" })
        {
            Assert.DoesNotContain(everything, v => v.Contains(personal, StringComparison.OrdinalIgnoreCase));
        }

        await using var db = Database.NewDb();
        Assert.Equal(0, await db.Users.CountAsync());
        var row = await db.Learners.SingleAsync();
        Assert.Equal((new DateOnly(1990, 1, 1), "14", Segment.Estudiante), (row.BirthDate, row.StateCode, row.Segment));
        Assert.NotNull(row.AnonymizedAt);
        Assert.Null(await AnalystReadsAsync(jose.LearnerId));
        Assert.Null(await RunAsync(sp => sp.GetRequiredService<MyData>().ExportAsync(jose.LearnerId, default)));

        // His activity still counts, once, under one anonymous account; nothing of his is linked.
        var records = await db.Statements.ToListAsync();
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal(jose.LearnerId, r.LearnerId));
        Assert.Single(records.Select(r => r.ActorKey).Distinct());
        Assert.Empty(await db.ActorLinks.ToListAsync());
        Assert.Empty(await db.XapiDocuments.ToListAsync());
    }

    [Fact]
    public async Task ArcoQueue_ListsOverdueFirstThenByDeadline_AndResolvingRectificationAppliesIt()
    {
        var jose = await RegisterJoseAsync();
        var oldest = await RunAsync(sp => sp.GetRequiredService<ArcoRequests>().SubmitAsync(jose.LearnerId, ArcoKind.Oposicion, "Me opongo a X", default));
        Clock.Advance(TimeSpan.FromDays(15));
        var rectify = await RunAsync(sp => sp.GetRequiredService<RectifyMyData>().RunAsync(jose.LearnerId,
            new RectifyInput(null, null, null, "José", null, null), default));
        Clock.Advance(TimeSpan.FromDays(10));

        var queue = await RunAsync(sp => sp.GetRequiredService<ArcoRequests>().QueueAsync(default));

        Assert.Equal([oldest.Id, ((RectifyOutcome.Done)rectify).NameChangeRequest!.Id], queue.Select(q => q.Id));
        Assert.True(queue[0].Overdue);
        Assert.False(queue[1].Overdue);
        Assert.Equal(10, queue[1].DaysLeft);

        var op = new Actor("op-1", "Operadora", Roles.Operador);
        var resolved = await RunAsync(sp => sp.GetRequiredService<ArcoRequests>().ResolveAsync(queue[1].Id, op, true, "Corregido conforme a su acta.",
            new RectificationInput("José", null, null), default));

        Assert.Equal("Ejecutada", Assert.IsType<ResolveArcoOutcome.Resolved>(resolved).Request.Status);
        await using var db = Database.NewDb();
        Assert.Equal("José", (await db.Learners.SingleAsync()).GivenNames);
        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal(("op-1", "rectificacion", jose.LearnerId), (audit.ActorId, audit.Action, audit.LearnerId));
        Assert.IsType<ResolveArcoOutcome.AlreadyResolved>(await RunAsync(sp => sp.GetRequiredService<ArcoRequests>().ResolveAsync(queue[1].Id, op, true, "otra vez", null, default)));
    }

    [Fact]
    public async Task RectifyContactFields_AppliesAtOnceAndMovesTheSignInAddress()
    {
        var jose = await RegisterJoseAsync();

        var outcome = await RunAsync(sp => sp.GetRequiredService<RectifyMyData>().RunAsync(jose.LearnerId,
            new RectifyInput("nuevo@example.com", "Nuevo León", "empleado", null, null, null), default));

        Assert.Equal(new RectifyOutcome.Done(true, null), outcome);
        await using var db = Database.NewDb();
        var learner = await db.Learners.SingleAsync();
        Assert.Equal(("nuevo@example.com", "19", Segment.Empleado), (learner.Email, learner.StateCode, learner.Segment));
        var user = await db.Users.SingleAsync();
        Assert.Equal(("nuevo@example.com", false), (user.Email, user.EmailConfirmed));
        Assert.Contains(await db.OutboxMessages.ToListAsync(), m => m.To == "nuevo@example.com" && m.Kind == "confirmacion");
        Assert.Equal(("Rectificacion", ArcoStatus.Ejecutada), ((await db.ArcoRequests.SingleAsync()).Kind.ToString(), (await db.ArcoRequests.SingleAsync()).Status));
    }

    [Fact]
    public async Task Audit_RecordsOthersButNotThePersonThemself()
    {
        var jose = await RegisterJoseAsync();
        var self = new Actor(jose.UserId.ToString(), "Juan", Roles.Aprendiz, jose.LearnerId);
        var op = new Actor("op-1", "Operadora", Roles.Operador);

        await RunAsync(async sp =>
        {
            var audit = sp.GetRequiredService<AuditLog>();
            await audit.RecordAsync(self, [jose.LearnerId], "consulta", "mis datos", null, default);
            await audit.RecordAsync(op, [jose.LearnerId], "consulta", "ficha", "verificar elegibilidad", default);
            return 0;
        });

        var entries = await RunAsync(sp => sp.GetRequiredService<AuditLog>().ForLearnerAsync(jose.LearnerId, default));
        var entry = Assert.Single(entries);
        Assert.Equal(("Operadora", "operador", "verificar elegibilidad", TestClock.Now.UtcDateTime), (entry.ActorName, entry.ActorRole, entry.Why, entry.At));
    }

    // Every text value in every table, to prove a person's data is gone.
    private async Task<List<string>> DumpEveryTextValueAsync()
    {
        await using var db = Database.NewDb();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).Where(t => t is not null).Distinct().ToList();
        var values = new List<string>();
        await db.Database.OpenConnectionAsync();
        DbConnection connection = db.Database.GetDbConnection();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!await reader.IsDBNullAsync(i) && reader.GetValue(i) is string s)
                    {
                        values.Add(s);
                    }
                }
            }
        }

        Assert.Contains("learners", tables);
        return values;
    }
}
