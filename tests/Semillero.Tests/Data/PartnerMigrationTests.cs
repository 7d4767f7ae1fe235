using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Semillero.Access;
using Semillero.Catalog;
using Semillero.Data;
using Semillero.LearningRecords;
using Semillero.LearningRecords.Ingestion;
using Semillero.Organizations;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Data;

// The data migration that turns the partner names in use into organisations
// (docs/adr/0011-partners-are-organisations.md): on both engines from rows written the way the
// registry wrote them before, and on a copy of the demo database as the release before made it.
public abstract class PartnerMigrationTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    private const string Before = "OrganizationsAndCohorts";

    protected override bool Migrated => false;

    [Fact]
    public async Task PartnerNames_BecomeVerifiedOrganisations_AndEveryColumnNamesThemByKey()
    {
        await using (var db = Database.NewDb())
        {
            await db.GetService<IMigrator>().MigrateAsync(Before);
            var now = TestClock.Now.UtcDateTime;
            var aliado = await db.Roles.SingleAsync(r => r.Name == Roles.Aliado);
            var operador = await db.Roles.SingleAsync(r => r.Name == Roles.Operador);
            db.ApiKeys.AddRange(
                new ApiKey { Id = "k1", Name = "Universidad Norte", Role = Roles.Aliado, SecretHash = new byte[32], CreatedAt = now },
                new ApiKey { Id = "k2", Name = "Operación central", Role = Roles.Operador, SecretHash = new byte[32], CreatedAt = now });
            var partnerUser = new User { Id = Guid.NewGuid(), UserName = "a@example.com", Email = "a@example.com", DisplayName = "Persona aliada", Organization = "Universidad Norte", CreatedAt = now };
            var operatorUser = new User { Id = Guid.NewGuid(), UserName = "o@example.com", Email = "o@example.com", DisplayName = "Ana Operadora", CreatedAt = now };
            db.Users.AddRange(partnerUser, operatorUser);
            db.UserRoles.AddRange(new() { UserId = partnerUser.Id, RoleId = aliado.Id }, new() { UserId = operatorUser.Id, RoleId = operador.Id });
            var people = CsvFiles.People(4, seed: 7).Select(p => TestLearners.FromPerson(p, null, new DateOnly(1999, 3, 1))).ToList();
            string?[] registeredBy = ["Universidad Norte", "Instituto Sur", "registro", "Ana Operadora"];
            for (var i = 0; i < people.Count; i++)
            {
                people[i].RegisteredBy = registeredBy[i];
            }

            db.Learners.AddRange(people);
            db.Courses.Add(new Course { Id = Guid.NewGuid(), Code = "NUBE-101", Provider = "Aula Nube", NameEs = "Nube", NameEn = "Cloud", CreatedAt = now });
            db.Statements.AddRange(Statement("Universidad Norte", now), Statement("Aula Nube", now), Statement("Operación central", now));
            db.XapiRejections.Add(new XapiRejection { Partner = "Universidad Norte", At = now, Status = 400, StatementCount = 1, Reason = "prueba" });
            await db.SaveChangesAsync();
        }

        await using (var db = Database.NewDb())
        {
            await db.Database.MigrateAsync();
            var organizations = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Name);
            Assert.Equal(["Aula Nube", "Instituto Sur", "Universidad Norte"], organizations.Keys.Order(StringComparer.Ordinal));
            Assert.All(organizations.Values, o =>
            {
                Assert.Equal(OrganizationKind.Proveedor, o.Kind);
                Assert.NotNull(o.VerifiedAt);
                Assert.Null(o.Rfc);
            });
            var norte = PartnerKey.Of(organizations["Universidad Norte"].Id);

            var partner = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "a@example.com");
            Assert.Equal((organizations["Universidad Norte"].Id, OrganizationRoles.Administrador), (partner.OrganizationId, partner.OrganizationRole));
            Assert.Null((await db.Users.AsNoTracking().SingleAsync(u => u.Email == "o@example.com")).OrganizationId);
            Assert.Equal(organizations["Universidad Norte"].Id, (await db.ApiKeys.AsNoTracking().SingleAsync(k => k.Id == "k1")).OrganizationId);
            Assert.Null((await db.ApiKeys.AsNoTracking().SingleAsync(k => k.Id == "k2")).OrganizationId);

            var registrars = await db.Learners.AsNoTracking().Select(l => l.RegisteredBy).ToListAsync();
            Assert.Equal(
                new[] { norte, PartnerKey.Of(organizations["Instituto Sur"].Id), "registro", "Ana Operadora" }.Order(StringComparer.Ordinal),
                registrars.Order(StringComparer.Ordinal));
            Assert.Equal(PartnerKey.Of(organizations["Aula Nube"].Id), (await db.Courses.AsNoTracking().SingleAsync()).Provider);
            Assert.Equal(
                new[] { norte, PartnerKey.Of(organizations["Aula Nube"].Id), "Operación central" }.Order(StringComparer.Ordinal),
                (await db.Statements.AsNoTracking().Select(s => s.Partner).ToListAsync()).Order(StringComparer.Ordinal));
            Assert.Equal(norte, (await db.XapiRejections.AsNoTracking().SingleAsync()).Partner);
        }
    }

    private static StoredStatement Statement(string partner, DateTime at) => new()
    {
        Id = Guid.NewGuid(),
        StoredAt = at,
        Timestamp = at,
        VerbId = "http://adlnet.gov/expapi/verbs/completed",
        ActorKey = "mbox:mailto:x@example.com",
        MemberAgents = "",
        RelatedAgents = "",
        RelatedActivities = "",
        Partner = partner,
        ContentHash = new string('0', 64),
        Json = "{}",
    };

    public sealed class OnSqlite() : PartnerMigrationTests(DatabaseProvider.Sqlite)
    {
        // The demo database as the release before organisations made it (300 people, two demo
        // providers' courses and statements, the demo partner account under the reserved "demo").
        [Fact]
        public async Task DemoDatabase_FromTheReleaseBefore_MigratesItsProvidersAndKeepsItsRecords()
        {
            var path = Path.Combine(Path.GetTempPath(), "semillero-tests", $"demo-before-{Guid.NewGuid():N}.db");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using (var packed = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "demo-before-organizations.db.gz")))
            await using (var gzip = new GZipStream(packed, CompressionMode.Decompress))
            await using (var file = File.Create(path))
            {
                await gzip.CopyToAsync(file);
            }

            var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={path};Pooling=False" };
            int statements;
            await using (var db = DataModule.CreateDb(options))
            {
                statements = await db.Statements.CountAsync();
                await db.Database.MigrateAsync();
            }

            await using (var db = DataModule.CreateDb(options))
            {
                var organizations = await db.Organizations.AsNoTracking().ToListAsync();
                Assert.Equal(["Aula Nube MX (demo)", "Campus Abierto IA (demo)"], organizations.Select(o => o.Name).Order(StringComparer.Ordinal));
                var keys = organizations.Select(o => PartnerKey.Of(o.Id)).ToHashSet(StringComparer.Ordinal);
                Assert.Equal(statements, await db.Statements.CountAsync());
                Assert.All(await db.Statements.Select(s => s.Partner).Distinct().ToListAsync(), p => Assert.Contains(p, keys));
                Assert.All(await db.Courses.Select(c => c.Provider).Distinct().ToListAsync(), p => Assert.Contains(p, keys));
                // The registry's own source is not an organisation, and its people stay the demo's.
                Assert.Equal(300, await db.Learners.CountAsync(l => l.RegisteredBy == "demo"));
                Assert.Equal(0, await db.KpiCells.CountAsync());
            }

            File.Delete(path);
        }
    }

    public sealed class OnPostgres() : PartnerMigrationTests(DatabaseProvider.Postgres);
}
