using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Identity;
using Semillero.Learners;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Learners;

public abstract class RegisterLearnerTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : RegisterLearnerTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : RegisterLearnerTests(DatabaseProvider.Postgres);

    private static readonly LearnerInput Jose = new("PEGJ900512HJCRRS04", "José", "Pérez", "García", "jose@example.com", "Jalisco", "emprendedor");

    private Task<RegisterLearnerOutcome> RegisterAsync(LearnerInput input) => RegisterAsAsync(Registrar.Operator("operador-prueba"), input);

    private async Task<RegisterLearnerOutcome> RegisterAsAsync(Registrar registrar, LearnerInput input)
    {
        await using var db = Database.NewDb();
        return await new RegisterLearner(db, TestClock.Create()).RunAsync(input, registrar, CancellationToken.None);
    }

    [Fact]
    public async Task Register_NewCurp_StoresPersonWithDataDerivedFromCurp()
    {
        var registered = Assert.IsType<RegisterLearnerOutcome.Registered>(await RegisterAsync(Jose));

        await using var db = Database.NewDb();
        var stored = await db.Learners.AsNoTracking().SingleAsync();
        Assert.Equal(registered.Learner.Id, stored.Id);
        Assert.Equal((new DateOnly(1990, 5, 12), Sex.H, "14", Segment.Emprendedor, "operador-prueba"),
            (stored.BirthDate, stored.Sex, stored.StateCode, stored.Segment, stored.RegisteredBy));
    }

    [Fact]
    public async Task Register_ExistingCurp_ReturnsExistingIdAndStoresNoSecondPerson()
    {
        var first = Assert.IsType<RegisterLearnerOutcome.Registered>(await RegisterAsync(Jose));

        var second = await RegisterAsync(Jose with { Curp = "pegj900512hjcrrs04", Correo = "otro@example.com" });

        Assert.Equal(first.Learner.Id, Assert.IsType<RegisterLearnerOutcome.AlreadyRegistered>(second).ExistingId);
        await using var db = Database.NewDb();
        Assert.Equal(1, await db.Learners.CountAsync());
    }

    [Fact]
    public async Task Register_AnotherPartnersCurp_SaysTakenWithoutTheIdAndChangesNothing()
    {
        var first = Assert.IsType<RegisterLearnerOutcome.Registered>(await RegisterAsAsync(Registrar.Partner("Universidad A"), Jose));

        var other = await RegisterAsAsync(Registrar.Partner("Universidad B"), Jose with { Correo = "otro@example.com", Entidad = "19" });
        var own = await RegisterAsAsync(Registrar.Partner("Universidad A"), Jose);
        var operador = await RegisterAsync(Jose);

        Assert.IsType<RegisterLearnerOutcome.RegisteredByAnother>(other);
        Assert.Equal(first.Learner.Id, Assert.IsType<RegisterLearnerOutcome.AlreadyRegistered>(own).ExistingId);
        Assert.Equal(first.Learner.Id, Assert.IsType<RegisterLearnerOutcome.AlreadyRegistered>(operador).ExistingId);
        await using var db = Database.NewDb();
        var stored = await db.Learners.AsNoTracking().SingleAsync();
        Assert.Equal(("jose@example.com", "14", "Universidad A"), (stored.Email, stored.StateCode, stored.RegisteredBy));
    }

    [Fact]
    public async Task Register_SameCurpConcurrently_KeepsOnePerson()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => RegisterAsync(Jose))));

        Assert.Single(outcomes.OfType<RegisterLearnerOutcome.Registered>());
        var ids = outcomes.OfType<RegisterLearnerOutcome.AlreadyRegistered>().Select(a => a.ExistingId).Distinct();
        Assert.Equal(outcomes.OfType<RegisterLearnerOutcome.Registered>().Single().Learner.Id, Assert.Single(ids));
        await using var db = Database.NewDb();
        Assert.Equal(1, await db.Learners.CountAsync());
    }

    [Fact]
    public async Task Register_InvalidInput_StoresNothing()
    {
        var outcome = await RegisterAsync(Jose with { Curp = "PEGJ900512HJCRRS05" });

        Assert.Equal("curp", Assert.Single(Assert.IsType<RegisterLearnerOutcome.Invalid>(outcome).Errors).Field);
        await using var db = Database.NewDb();
        Assert.Equal(0, await db.Learners.CountAsync());
    }

    [Fact]
    public async Task Search_ByStateAndPage_ReturnsScopedPages()
    {
        var people = CsvFiles.People(30);
        await using (var db = Database.NewDb())
        {
            await new ImportLearners(db, TestClock.Create()).RunAsync(CsvFiles.Utf8(CsvFiles.Text(people)), null, Registrar.Partner("aliado-a"), null, null, default);
        }

        await RegisterAsync(Jose);
        await using var read = Database.NewDb();
        var find = new FindLearners(read);
        var state = people[0].EntidadClave;
        var expected = people.Count(p => p.EntidadClave == state) + (state == "14" ? 1 : 0);

        var all = Assert.IsType<FindLearnersOutcome.Found>(await find.SearchAsync(new LearnerSearch(null, state, 1, 200), LearnerScope.Everyone, default)).Page;
        var partner = Assert.IsType<FindLearnersOutcome.Found>(await find.SearchAsync(new LearnerSearch(null, null, 2, 10), LearnerScope.RegisteredByCaller("aliado-a"), default)).Page;
        var byCurp = Assert.IsType<FindLearnersOutcome.Found>(await find.SearchAsync(new LearnerSearch(" pegj900512hjcrrs04", null), LearnerScope.Everyone, default)).Page;
        var hidden = await find.ByIdAsync(byCurp.Items.Single().Id, LearnerScope.RegisteredByCaller("aliado-a"), default);

        Assert.Equal(expected, all.Total);
        Assert.All(all.Items, i => Assert.Equal(state, i.Entidad));
        Assert.Equal((30, 10, 2), (partner.Total, partner.Items.Count, partner.Page));
        Assert.Equal("José", Assert.Single(byCurp.Items).Nombre);
        Assert.Null(hidden);
    }

    [Fact]
    public async Task Search_BadPaging_IsInvalid()
    {
        await using var db = Database.NewDb();

        var outcome = await new FindLearners(db).SearchAsync(new LearnerSearch(null, "Atlántida", 0, 1000), LearnerScope.Everyone, default);

        Assert.Equal(["entidad", "page", "pageSize"], Assert.IsType<FindLearnersOutcome.Invalid>(outcome).Errors.Select(e => e.Field));
    }
}
