using Microsoft.EntityFrameworkCore;
using Semillero.Companies;
using Semillero.Credits;
using Semillero.Data;
using Semillero.Organizations;
using Semillero.Tests.Infrastructure;
using static Semillero.Tests.Credits.StartupData;

namespace Semillero.Tests.Credits;

// The startup profile as startups and operators write and read it, and the investors' directory as
// funds, accelerators and operators browse it.
public abstract class StartupProfileTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : StartupProfileTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : StartupProfileTests(DatabaseProvider.Postgres);

    private async Task<Company> NewCompanyAsync(CompanyKind kind = CompanyKind.Startup, bool verified = true, string sector = "54", string state = "14", string name = "Nube del Sur")
    {
        await using var db = Database.NewDb();
        return await CompanyAsync(db, kind, verified, sector, state, name);
    }

    private Task<SaveStartupProfileOutcome> SaveAsync(Guid companyId, StartupProfileInput input, Semillero.Access.Actor actor) =>
        RunAsync<SaveStartupProfile, SaveStartupProfileOutcome>(s => s.RunAsync(companyId, input, actor, default));

    private async Task<StartupProfileView> ReadAsync(Guid companyId, Semillero.Access.Actor actor) =>
        Assert.IsType<ReadStartupProfileOutcome.Found>(await RunAsync<ReadStartupProfile, ReadStartupProfileOutcome>(s => s.RunAsync(companyId, actor, default))).Profile;

    private Task<BrowseStartupsOutcome> BrowseAsync(StartupSearch search, Semillero.Access.Actor actor) =>
        RunAsync<BrowseStartups, BrowseStartupsOutcome>(s => s.RunAsync(search, actor, default));

    private async Task<Guid> OrganizationAsync(string name, OrganizationKind kind)
    {
        await using var db = Database.NewDb();
        return await TestOrganizations.EnsureVerifiedAsync(db, name, kind);
    }

    [Fact]
    public async Task Save_OwnStartup_StoresTheProfileAndFoundersAndReadsThemBack()
    {
        var company = await NewCompanyAsync();

        var outcome = await SaveAsync(company.Id, Input((Curp(1), "Ana  López Ruiz"), (Curp(2, "Beto", "Mora"), "Beto Mora")), Company(company.Id));

        Assert.True(Assert.IsType<SaveStartupProfileOutcome.Saved>(outcome).Created);
        var view = await ReadAsync(company.Id, Company(company.Id));
        Assert.Equal((true, new DateOnly(2022, 3, 15), StartupStage.Semilla, FundingBand.Menos100Mil, true),
            (view.Completed, view.FoundedOn, view.Stage, view.Funding, view.VisibleToInvestors));
        Assert.Equal(["Ana López Ruiz", "Beto Mora"], view.Founders.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Equal(("54", "14", "Nube del Sur"), (view.SectorCode, view.StateCode, view.TradeName));
    }

    [Fact]
    public async Task Save_Again_ReplacesTheFoundersKeepingThoseStillListed()
    {
        var company = await NewCompanyAsync();
        var actor = Company(company.Id);
        await SaveAsync(company.Id, Input((Curp(1), "Ana López"), (Curp(2), "Beto Mora")), actor);
        var before = (await ReadAsync(company.Id, actor)).Founders.Single(f => f.Curp == Curp(1));

        var again = await SaveAsync(company.Id, Input((Curp(1), "Ana López Ruiz"), (Curp(3), "Carla Díaz")) with { Stage = "serie_a", VisibleToInvestors = false }, actor);

        Assert.False(Assert.IsType<SaveStartupProfileOutcome.Saved>(again).Created);
        var view = await ReadAsync(company.Id, actor);
        Assert.Equal([Curp(1), Curp(3)], view.Founders.Select(f => f.Curp).Order(StringComparer.Ordinal));
        var kept = view.Founders.Single(f => f.Curp == Curp(1));
        Assert.Equal((before.Id, "Ana López Ruiz"), (kept.Id, kept.Name));
        Assert.Equal((StartupStage.SerieA, false), (view.Stage, view.VisibleToInvestors));
    }

    [Fact]
    public async Task Save_FounderWhoIsALearner_LinksTheLearner()
    {
        var company = await NewCompanyAsync();
        Guid learnerId;
        await using (var db = Database.NewDb())
        {
            learnerId = (await LearnerAsync(db, Curp(7))).Id;
        }

        // Typed in lower case with spaces: still the learner's CURP.
        await SaveAsync(company.Id, Input(("  " + Curp(7).ToLowerInvariant() + " ", "Ana López"), (Curp(8), "Beto Mora")), Company(company.Id));

        await using var check = Database.NewDb();
        var founders = await check.StartupFounders.AsNoTracking().Where(f => f.CompanyId == company.Id).ToDictionaryAsync(f => f.Curp, f => f.LearnerId);
        Assert.Equal(learnerId, founders[Curp(7)]);
        Assert.Null(founders[Curp(8)]);
        Assert.Equal([true, false], (await ReadAsync(company.Id, Company(company.Id))).Founders.OrderBy(f => f.Curp == Curp(7) ? 0 : 1).Select(f => f.Registered));
    }

    [Fact]
    public async Task Read_FounderWhoRegistersLater_IsLinkedWhenTheProfileIsOpened()
    {
        var company = await NewCompanyAsync();
        await SaveAsync(company.Id, Input((Curp(15), "Ana López")), Company(company.Id));
        Assert.False((await ReadAsync(company.Id, Company(company.Id))).Founders.Single().Registered);
        Guid learnerId;
        await using (var db = Database.NewDb())
        {
            learnerId = (await LearnerAsync(db, Curp(15))).Id;
        }

        var view = await ReadAsync(company.Id, Company(company.Id));

        Assert.True(view.Founders.Single().Registered);
        await using var check = Database.NewDb();
        Assert.Equal(learnerId, await check.StartupFounders.Where(f => f.CompanyId == company.Id).Select(f => f.LearnerId).SingleAsync());
    }

    [Fact]
    public async Task Save_InvalidFields_NamesEachInBothLanguagesAndWritesNothing()
    {
        var company = await NewCompanyAsync();
        var input = new StartupProfileInput("2099-01-01", "unicornio", "", new string('a', CreditRules.MaxPitchLength + 1), true,
            [new FounderInput(Curp(1), "Ana"), new FounderInput("XXXX000000XXXXXX00", "Beto"), new FounderInput(Curp(1).ToLowerInvariant(), "Otra Ana"), new FounderInput(Curp(4), ""), new FounderInput("", "")]);

        var outcome = await SaveAsync(company.Id, input, Company(company.Id));

        var errors = Assert.IsType<SaveStartupProfileOutcome.Invalid>(outcome).Errors;
        Assert.Equal(
            ["foundedOn", "founders[1].curp", "founders[2].curp", "founders[3].name", "funding", "pitch", "stage"],
            errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal("future", errors.Single(e => e.Field == "foundedOn").Reason.Code);
        Assert.Equal("duplicate", errors.Single(e => e.Field == "founders[2].curp").Reason.Code);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Reason.Es) || string.IsNullOrWhiteSpace(e.Reason.En)));
        await using var db = Database.NewDb();
        Assert.False(await db.StartupProfiles.AnyAsync(p => p.CompanyId == company.Id));
        Assert.False(await db.StartupFounders.AnyAsync(f => f.CompanyId == company.Id));
    }

    [Theory]
    [InlineData("1989-12-31", "range")]
    [InlineData("15/03/2022", "format")]
    [InlineData("", "required")]
    public void Validate_FoundingDate_OutsideTheRulesIsRefused(string date, string code)
    {
        var (profile, errors) = StartupProfileRules.Validate(Input() with { FoundedOn = date }, new DateOnly(2026, 11, 23));

        Assert.Null(profile);
        Assert.Equal(code, Assert.Single(errors, e => e.Field == "foundedOn").Reason.Code);
    }

    [Fact]
    public void Validate_Founders_NoneOrTooManyAreRefused()
    {
        var today = new DateOnly(2026, 11, 23);
        var none = StartupProfileRules.Validate(Input() with { Founders = [new FounderInput(" ", null)] }, today);
        var many = StartupProfileRules.Validate(Input() with { Founders = [.. Enumerable.Range(1, CreditRules.MaxFounders + 1).Select(i => new FounderInput(Curp(i), "Persona Fundadora"))] }, today);
        var most = StartupProfileRules.Validate(Input() with { Founders = [.. Enumerable.Range(1, CreditRules.MaxFounders).Select(i => new FounderInput(Curp(i), "Persona Fundadora"))] }, today);

        Assert.Equal("required", Assert.Single(none.Errors).Reason.Code);
        Assert.Equal(("founders", "too_many"), (Assert.Single(many.Errors).Field, many.Errors[0].Reason.Code));
        Assert.Equal(CreditRules.MaxFounders, most.Profile!.Founders.Count);
    }

    [Fact]
    public async Task Save_AnotherCompanysAccount_IsNotFound_AndChangesNothing()
    {
        var company = await NewCompanyAsync();
        var other = await NewCompanyAsync(name: "DataMAV");
        await SaveAsync(company.Id, Input((Curp(1), "Ana López")), Company(company.Id));

        var outcome = await SaveAsync(company.Id, Input((Curp(2), "Intrusa")), Company(other.Id, "empresa-2"));
        var read = await RunAsync<ReadStartupProfile, ReadStartupProfileOutcome>(s => s.RunAsync(company.Id, Company(other.Id, "empresa-2"), default));
        var unknown = await SaveAsync(Guid.NewGuid(), Input(), Company(company.Id));

        Assert.IsType<SaveStartupProfileOutcome.NotFound>(outcome);
        Assert.IsType<ReadStartupProfileOutcome.NotFound>(read);
        Assert.IsType<SaveStartupProfileOutcome.NotFound>(unknown);
        Assert.Equal([Curp(1)], (await ReadAsync(company.Id, Company(company.Id))).Founders.Select(f => f.Curp));
    }

    [Fact]
    public async Task Save_OrganizationMember_IsNotFound()
    {
        var company = await NewCompanyAsync();
        var fund = await OrganizationAsync("Fondo Uno", OrganizationKind.Inversion);

        Assert.IsType<SaveStartupProfileOutcome.NotFound>(await SaveAsync(company.Id, Input(), Member(fund)));
    }

    [Fact]
    public async Task Save_CompanyThatIsNotAStartup_IsRefusedWithTheReason()
    {
        var pyme = await NewCompanyAsync(CompanyKind.Pyme, name: "Tortillería La Esperanza");

        var outcome = await SaveAsync(pyme.Id, Input(), Company(pyme.Id));
        var read = await RunAsync<ReadStartupProfile, ReadStartupProfileOutcome>(s => s.RunAsync(pyme.Id, Company(pyme.Id), default));

        var reason = Assert.IsType<SaveStartupProfileOutcome.NotAStartup>(outcome).Reason;
        Assert.StartsWith("Solo las empresas registradas como startup", reason.Es, StringComparison.Ordinal);
        Assert.IsType<ReadStartupProfileOutcome.NotAStartup>(read);
        await using var db = Database.NewDb();
        Assert.False(await db.StartupProfiles.AnyAsync(p => p.CompanyId == pyme.Id));
    }

    [Fact]
    public async Task Read_ByOperator_IsAuditedForFoundersWhoAreLearners_ButNotTheStartupsOwnRead()
    {
        var company = await NewCompanyAsync();
        Guid learnerId;
        await using (var db = Database.NewDb())
        {
            learnerId = (await LearnerAsync(db, Curp(9))).Id;
        }

        Assert.IsType<SaveStartupProfileOutcome.Saved>(await SaveAsync(company.Id, Input((Curp(9), "Ana López"), (Curp(10), "Beto Mora")), Operator()));
        await ReadAsync(company.Id, Company(company.Id));
        await using (var db = Database.NewDb())
        {
            Assert.False(await db.AuditEntries.AnyAsync());
        }

        var view = await ReadAsync(company.Id, Operator());

        Assert.Equal(2, view.Founders.Count);
        await using var check = Database.NewDb();
        var entry = Assert.Single(await check.AuditEntries.AsNoTracking().ToListAsync());
        Assert.Equal((learnerId, "operador-1", ReadStartupProfile.AuditWhat), (entry.LearnerId, entry.ActorId, entry.What));
    }

    [Fact]
    public async Task Browse_FundOrAccelerator_SeesOnlyVerifiedStartupsThatOptedIn()
    {
        var shown = await NewCompanyAsync(name: "Visible");
        var hidden = await NewCompanyAsync(name: "Oculta");
        var unverified = await NewCompanyAsync(verified: false, name: "Sin verificar");
        await NewCompanyAsync(name: "Sin perfil");
        await SaveAsync(shown.Id, Input(), Company(shown.Id));
        await SaveAsync(hidden.Id, Input() with { VisibleToInvestors = false }, Company(hidden.Id));
        await SaveAsync(unverified.Id, Input(), Company(unverified.Id));
        var fund = await OrganizationAsync("Fondo Uno", OrganizationKind.Inversion);
        var accelerator = await OrganizationAsync("Aceleradora Uno", OrganizationKind.Aceleradora);

        foreach (var actor in new[] { Member(fund), Member(accelerator), Operator() })
        {
            var directory = Assert.IsType<BrowseStartupsOutcome.Found>(await BrowseAsync(new StartupSearch(), actor)).Directory;
            Assert.Equal(["Visible"], directory.Items.Select(i => i.TradeName));
            Assert.Equal(1, directory.Total);
        }
    }

    [Fact]
    public async Task Browse_OtherOrganizationsAndUnverifiedFunds_AreRefused()
    {
        var provider = await OrganizationAsync("Proveedor Uno", OrganizationKind.Proveedor);
        Guid pendingFund;
        await using (var db = Database.NewDb())
        {
            pendingFund = await TestOrganizations.EnsureVerifiedAsync(db, "Fondo Pendiente", OrganizationKind.Inversion);
            await db.Organizations.Where(o => o.Id == pendingFund).ExecuteUpdateAsync(s => s.SetProperty(o => o.VerifiedAt, (DateTime?)null));
        }

        foreach (var actor in new[] { Member(provider), Member(pendingFund), Company(Guid.NewGuid()) })
        {
            Assert.Equal("tipo_organizacion", Assert.IsType<BrowseStartupsOutcome.NotAllowed>(await BrowseAsync(new StartupSearch(), actor)).Reason.Code);
        }
    }

    [Fact]
    public async Task Browse_Filters_BySectorStateAndStage_AndPages()
    {
        var a = await NewCompanyAsync(sector: "54", state: "14", name: "Alfa");
        var b = await NewCompanyAsync(sector: "52", state: "14", name: "Beta");
        var c = await NewCompanyAsync(sector: "54", state: "19", name: "Gama");
        await SaveAsync(a.Id, Input() with { Stage = "semilla" }, Company(a.Id));
        await SaveAsync(b.Id, Input() with { Stage = "semilla" }, Company(b.Id));
        await SaveAsync(c.Id, Input() with { Stage = "idea" }, Company(c.Id));
        var op = Operator();

        async Task<string[]> NamesAsync(StartupSearch search) =>
            [.. Assert.IsType<BrowseStartupsOutcome.Found>(await BrowseAsync(search, op)).Directory.Items.Select(i => i.TradeName).Order(StringComparer.Ordinal)];

        Assert.Equal(["Alfa", "Gama"], await NamesAsync(new StartupSearch(Sector: "54")));
        Assert.Equal(["Alfa", "Beta"], await NamesAsync(new StartupSearch(State: "14")));
        Assert.Equal(["Gama"], await NamesAsync(new StartupSearch(Stage: "idea")));
        Assert.Equal(["Alfa"], await NamesAsync(new StartupSearch("54", "14", "semilla")));
        Assert.Empty(await NamesAsync(new StartupSearch(Page: 2)));
        Assert.Equal("stage", Assert.Single(Assert.IsType<BrowseStartupsOutcome.Invalid>(await BrowseAsync(new StartupSearch(Stage: "unicornio"), op)).Errors).Field);
    }

    [Fact]
    public async Task Browse_PagesTwentyAtATime()
    {
        for (var i = 0; i < BrowseStartups.PageSize + 1; i++)
        {
            var company = await NewCompanyAsync(name: $"Startup {i:D2}");
            await SaveAsync(company.Id, Input(), Company(company.Id));
        }

        var first = Assert.IsType<BrowseStartupsOutcome.Found>(await BrowseAsync(new StartupSearch(), Operator())).Directory;
        var second = Assert.IsType<BrowseStartupsOutcome.Found>(await BrowseAsync(new StartupSearch(Page: 2), Operator())).Directory;

        Assert.Equal((BrowseStartups.PageSize, 1, BrowseStartups.PageSize + 1), (first.Items.Count, second.Items.Count, first.Total));
        Assert.Empty(first.Items.Select(i => i.CompanyId).Intersect(second.Items.Select(i => i.CompanyId)));
    }

    [Fact]
    public async Task Browse_CountsThePathsFoundersCompleted_WithoutNamesOrCurps()
    {
        var company = await NewCompanyAsync();
        await using (var db = Database.NewDb())
        {
            var ana = await LearnerAsync(db, Curp(11));
            var beto = await LearnerAsync(db, Curp(12));
            var outsider = await LearnerAsync(db, Curp(13));
            var cloud = await PathAsync(db, "nube-fundamentos", "Fundamentos de nube", "Cloud fundamentals");
            var data = await PathAsync(db, "datos-analitica", "Analítica de datos", "Data analytics");
            await CompletedAsync(db, ana.Id, cloud);
            await CompletedAsync(db, beto.Id, cloud);
            await CompletedAsync(db, ana.Id, data);
            await CompletedAsync(db, outsider.Id, data);
        }

        await SaveAsync(company.Id, Input((Curp(11), "Ana López"), (Curp(12), "Beto Mora"), (Curp(14), "Carla Díaz")), Company(company.Id));
        var fund = await OrganizationAsync("Fondo Uno", OrganizationKind.Inversion);

        var listing = Assert.Single(Assert.IsType<BrowseStartupsOutcome.Found>(await BrowseAsync(new StartupSearch(), Member(fund))).Directory.Items);

        Assert.Equal(3, listing.Founders);
        Assert.Equal([("nube-fundamentos", 2), ("datos-analitica", 1)], listing.Paths.Select(p => (p.Code, p.Founders)));
        Assert.Equal("Cloud fundamentals", listing.Paths[0].Name(english: true));
        Assert.Equal((2022, StartupStage.Semilla, FundingBand.Menos100Mil), (listing.FoundedYear, listing.Stage, listing.Funding));
        var shown = System.Text.Json.JsonSerializer.Serialize(listing);
        Assert.DoesNotContain(Curp(11), shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana López", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Beto", shown, StringComparison.Ordinal);
    }
}
