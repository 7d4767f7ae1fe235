using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.LearningRecords.Ingestion;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.LearningRecords.Ingestion;

public abstract class RecordRejectionTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : RecordRejectionTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : RecordRejectionTests(DatabaseProvider.Postgres);

    private const string Moodle = "Moodle Universidad";

    [Fact]
    public async Task RecordRejection_Refusal_KeepsPartnerStatusCountReasonAndTime()
    {
        await using (var db = Database.NewDb())
        {
            await new RecordRejection(db, TestClock.Create()).RunAsync(new RecordRejectionInput(Moodle, 409, 3, "statement[1]: same id, different content"));
        }

        await using var check = Database.NewDb();
        var rejection = await check.XapiRejections.SingleAsync();
        Assert.Equal((Moodle, 409, 3, "statement[1]: same id, different content"), (rejection.Partner, rejection.Status, rejection.StatementCount, rejection.Reason));
        Assert.Equal(TestClock.Now.UtcDateTime, DateTime.SpecifyKind(rejection.At, DateTimeKind.Utc));
    }

    // The column holds 1,000 characters; a longer validator message must not make the record fail.
    [Fact]
    public async Task RecordRejection_LongReason_KeepsTheFirst1000Characters()
    {
        var reason = string.Concat(Enumerable.Repeat("statement[0].verb: required. ", 100));
        await using (var db = Database.NewDb())
        {
            await new RecordRejection(db, TestClock.Create()).RunAsync(new RecordRejectionInput(Moodle, 400, 100, reason));
        }

        await using var check = Database.NewDb();
        Assert.Equal(reason[..1000], (await check.XapiRejections.SingleAsync()).Reason);
    }

    [Fact]
    public async Task RecordRejection_EntitiesLeftTrackedByTheRefusedWrite_AreNotSaved()
    {
        await using (var db = Database.NewDb())
        {
            db.XapiRejections.Add(new XapiRejection { Partner = Moodle, Status = 400, StatementCount = 1, Reason = "left over" });
            await new RecordRejection(db, TestClock.Create()).RunAsync(new RecordRejectionInput(Moodle, 403, 1, "forbidden"));
        }

        await using var check = Database.NewDb();
        Assert.Equal("forbidden", (await check.XapiRejections.SingleAsync()).Reason);
    }
}
