using Microsoft.EntityFrameworkCore;
using Semillero.Credits;
using Semillero.Data;
using Semillero.Tests.Infrastructure;
using static Semillero.Tests.Credits.CreditProgramData;

namespace Semillero.Tests.Credits;

// Publishing the program's rules: numbered after the latest, with a reason, checked whole.
public abstract class CreditProgramPublishTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : CreditProgramPublishTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CreditProgramPublishTests(DatabaseProvider.Postgres);

    private Task<PublishCreditProgramOutcome> PublishAsync(string? json, string? reason) =>
        RunAsync<PublishCreditProgram, PublishCreditProgramOutcome>(p => p.RunAsync(json, reason, Operator(), default));

    private Task<CreditProgram> CurrentAsync() => RunAsync<CreditProgramVersions, CreditProgram>(v => v.CurrentAsync(default));

    [Fact]
    public async Task Publish_TheNextNumberWithAReason_IsStoredAndBecomesTheVersionInForce()
    {
        var outcome = await PublishAsync(ProgramJson(2, j => j["lifetimeCapCents"] = 12_000_000), "Tope mayor para 2027");

        Assert.Equal(2, Assert.IsType<PublishCreditProgramOutcome.Published>(outcome).Version);
        var current = await CurrentAsync();
        Assert.Equal((2, 12_000_000L), (current.Version, current.LifetimeCapCents));
        await using var db = Database.NewDb();
        var row = await db.CreditProgramVersions.SingleAsync();
        Assert.Equal((2, "operador-1", "Tope mayor para 2027", Now), (row.Version, row.PublishedBy, row.Reason, row.PublishedAt));
        var versions = await RunAsync<CreditProgramVersions, IReadOnlyList<CreditProgramVersionView>>(v => v.ListAsync(default));
        Assert.Equal<int>([1, 2], versions.Select(v => v.Version));
    }

    [Fact]
    public async Task Publish_TwoInARow_AreNumberedTwoAndThree_AndASkippedNumberIsRefused()
    {
        Assert.IsType<PublishCreditProgramOutcome.Published>(await PublishAsync(ProgramJson(2), "Primera revisión"));

        var skipped = await PublishAsync(ProgramJson(4), "Salta un número");
        var repeated = await PublishAsync(ProgramJson(2), "Repite el número");
        var next = await PublishAsync(ProgramJson(3), "Segunda revisión");

        Assert.Contains(Assert.IsType<PublishCreditProgramOutcome.Invalid>(skipped).Errors, e => e.Contains("numerarse 3", StringComparison.Ordinal));
        Assert.Contains(Assert.IsType<PublishCreditProgramOutcome.Invalid>(repeated).Errors, e => e.Contains("numerarse 3", StringComparison.Ordinal));
        Assert.Equal(3, Assert.IsType<PublishCreditProgramOutcome.Published>(next).Version);
        Assert.Equal(3, (await CurrentAsync()).Version);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Publish_WithoutAReason_IsRefused_AndNothingIsStored(string? reason)
    {
        var outcome = await PublishAsync(ProgramJson(2), reason);

        Assert.Contains(Assert.IsType<PublishCreditProgramOutcome.Invalid>(outcome).Errors, e => e.Contains("motivo", StringComparison.Ordinal));
        await using var db = Database.NewDb();
        Assert.False(await db.CreditProgramVersions.AnyAsync());
    }

    [Fact]
    public async Task Publish_AProgramThatBreaksTheRules_IsRefusedWholeWithEveryProblem()
    {
        var json = ProgramJson(2, j =>
        {
            j["review"]!["rubric"]![0]!["weight"] = 40;
            j["tiers"]![0]!["maxCents"] = 20_000_000;
            j["eligibility"]!["maxAgeYears"] = 0;
        });

        var outcome = await PublishAsync(json, "Cambios que no cuadran");

        var errors = Assert.IsType<PublishCreditProgramOutcome.Invalid>(outcome).Errors;
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Contains("suman 100", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("«base»", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("antigüedad", StringComparison.Ordinal));
        Assert.Equal(1, (await CurrentAsync()).Version);
        await using var db = Database.NewDb();
        Assert.False(await db.CreditProgramVersions.AnyAsync());
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"version\": 2, \"unknownField\": 1}")]
    public async Task Publish_NotAProgram_IsRefused(string json)
    {
        var outcome = await PublishAsync(json, "Prueba");

        Assert.NotEmpty(Assert.IsType<PublishCreditProgramOutcome.Invalid>(outcome).Errors);
        await using var db = Database.NewDb();
        Assert.False(await db.CreditProgramVersions.AnyAsync());
    }
}
