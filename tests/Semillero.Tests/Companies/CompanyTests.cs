using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Companies;
using Semillero.Data;
using Semillero.Tests.Infrastructure;
using Semillero.Tests.Vacancies;
using Semillero.Vacancies;

namespace Semillero.Tests.Companies;

// Companies and vacancies as employers and operators use them, on both engines: one company per
// RFC, verification gating the public listing, the search's filters, and closing dates.
public abstract class CompanyTests(DatabaseProvider provider) : ProductTest(provider)
{
    public sealed class OnSqlite() : CompanyTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CompanyTests(DatabaseProvider.Postgres);

    private static readonly Actor Operator = new("op-1", "Ana Operadora", Roles.Operador);

    private static CompanyInput Company(string body, string tradeName = "Nube del Sur") =>
        new(CompanyRulesTests.ValidRfc(body), tradeName + ", S.A. de C.V.", tradeName, "54", "14", 20, 10m, "startup", null, "Consultoría de nube.");

    private async Task<Company> RegisterAsync(string body, bool verified, string tradeName = "Nube del Sur") =>
        Assert.IsType<RegisterCompanyOutcome.Registered>(await RunAsync<RegisterCompany, RegisterCompanyOutcome>(r => r.RunAsync(Company(body, tradeName), "prueba", verified, default))).Company;

    private DateOnly Today => VacancyRules.TodayInMexicoCity(Clock);

    private async Task<Vacancy> OpenVacancyAsync(Guid companyId, VacancyInput? input = null)
    {
        var saved = Assert.IsType<SaveVacancyOutcome.Saved>(await RunAsync<SaveVacancy, SaveVacancyOutcome>(s => s.CreateAsync(companyId, input ?? VacancyRulesTests.Valid(closesOn: Today.AddDays(10)), "prueba", default)));
        Assert.Equal(VacancyStatus.Borrador, saved.Vacancy.Status);
        Assert.IsType<ChangeVacancyOutcome.Changed>(await RunAsync<PublishVacancy, ChangeVacancyOutcome>(p => p.RunAsync(saved.Vacancy.Id, companyId, default)));
        return saved.Vacancy;
    }

    private Task<VacancyPage> SearchAsync(VacancySearch search) => RunAsync<SearchVacancies, VacancyPage>(s => s.RunAsync(search, default));

    [Fact]
    public async Task RegisterCompany_SameRfcTwice_IsDuplicateNamingTheExistingCompany()
    {
        var first = await RegisterAsync("NDS190312K4", verified: false);

        var again = await RunAsync<RegisterCompany, RegisterCompanyOutcome>(r => r.RunAsync(Company("NDS190312K4", "Otra"), "prueba", false, default));

        var duplicate = Assert.IsType<RegisterCompanyOutcome.Duplicate>(again);
        Assert.Equal(first.Id, duplicate.ExistingId);
        await using var db = Database.NewDb();
        Assert.Equal(1, await db.Companies.CountAsync());
        Assert.Equal(SizeBand.Pequena, (await db.Companies.SingleAsync()).SizeBand);
    }

    [Fact]
    public async Task Verification_GatesThePublicListing_AndRejectionWithdrawsIt()
    {
        var company = await RegisterAsync("NDS190312K4", verified: false);
        var vacancy = await OpenVacancyAsync(company.Id);

        Assert.Equal(0, (await SearchAsync(new VacancySearch(null, null, null, null))).Total);
        Assert.Null(await RunAsync<ReadVacancy, VacancyDetail?>(r => r.RunAsync(vacancy.Id, null, default)));
        var own = await RunAsync<ReadVacancy, VacancyDetail?>(r => r.RunAsync(vacancy.Id, new Actor("u", "Empresa", Roles.Empresa, CompanyId: company.Id), default));
        Assert.False(own!.IsPublic);
        Assert.Null(await RunAsync<ReadVacancy, VacancyDetail?>(r => r.RunAsync(vacancy.Id, new Actor("u2", "Otra", Roles.Empresa, CompanyId: Guid.NewGuid()), default)));

        Assert.IsType<VerifyCompanyOutcome.Verified>(await RunAsync<VerifyCompany, VerifyCompanyOutcome>(v => v.RunAsync(company.Id, Operator, default)));
        var listed = await SearchAsync(new VacancySearch(null, null, null, null));
        Assert.Equal(vacancy.Id, Assert.Single(listed.Items).Id);
        var page = await RunAsync<ReadVacancy, VacancyDetail?>(r => r.RunAsync(vacancy.Id, null, default));
        Assert.True(page!.IsPublic);
        Assert.Equal("Nube del Sur", page.Company.TradeName);

        var rejected = await RunAsync<RejectCompany, RejectCompanyOutcome>(r => r.RunAsync(company.Id, "La constancia no coincide con la razón social.", Operator, default));
        Assert.Equal("La constancia no coincide con la razón social.", Assert.IsType<RejectCompanyOutcome.Rejected>(rejected).Company.RejectedReason);
        Assert.Equal(0, (await SearchAsync(new VacancySearch(null, null, null, null))).Total);
        Assert.IsType<RejectCompanyOutcome.Invalid>(await RunAsync<RejectCompany, RejectCompanyOutcome>(r => r.RunAsync(company.Id, "no", Operator, default)));
    }

    [Fact]
    public async Task SearchVacancies_FiltersByTextStateModalityAndSkill_NewestFirst()
    {
        var company = await RegisterAsync("NDS190312K4", verified: true);
        var jalisco = await OpenVacancyAsync(company.Id, new VacancyInput("Ingeniería de datos", "Construir flujos ETL en la nube para la planta.",
            [new("datos-etl", 2, true)], "presencial", "14", null, null, 1, Today.AddDays(5)));
        Clock.Advance(TimeSpan.FromMinutes(1));
        var remote = await OpenVacancyAsync(company.Id, new VacancyInput("Analista de IA", "Evaluar modelos de lenguaje y su uso responsable.",
            [new("ia-evaluacion-modelos", 2, true), new("datos-etl", 1, false)], "remoto", null, null, null, 1, Today.AddDays(5)));
        Clock.Advance(TimeSpan.FromMinutes(1));
        var cdmx = await OpenVacancyAsync(company.Id, new VacancyInput("Análisis de ventas", "Tableros de ventas para la dirección comercial.",
            [new("datos-tableros", 2, true)], "hibrido", "09", null, null, 1, Today.AddDays(5)));

        Assert.Equal([cdmx.Id, remote.Id, jalisco.Id], (await SearchAsync(new VacancySearch(null, null, null, null))).Items.Select(i => i.Id));
        // Accent-insensitive, every word must appear.
        Assert.Equal([cdmx.Id], (await SearchAsync(new VacancySearch("analisis VENTAS", null, null, null))).Items.Select(i => i.Id));
        // A state also lists remote vacancies open to the whole country.
        Assert.Equal([remote.Id, jalisco.Id], (await SearchAsync(new VacancySearch(null, "14", null, null))).Items.Select(i => i.Id));
        Assert.Equal([remote.Id], (await SearchAsync(new VacancySearch(null, null, WorkModality.Remoto, null))).Items.Select(i => i.Id));
        Assert.Equal([remote.Id, jalisco.Id], (await SearchAsync(new VacancySearch(null, null, null, "datos-etl"))).Items.Select(i => i.Id));
        var second = await SearchAsync(new VacancySearch(null, null, null, null, Page: 2, PageSize: 2));
        Assert.Equal(3, second.Total);
        Assert.Equal([jalisco.Id], second.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task ClosingDate_PastOrClosed_LeavesThePublicListing_AndCannotBeSetInThePast()
    {
        var company = await RegisterAsync("NDS190312K4", verified: true);
        var vacancy = await OpenVacancyAsync(company.Id, VacancyRulesTests.Valid(closesOn: Today));
        Assert.Equal(1, (await SearchAsync(new VacancySearch(null, null, null, null))).Total);

        Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, (await SearchAsync(new VacancySearch(null, null, null, null))).Total);
        var stale = await RunAsync<SaveVacancy, SaveVacancyOutcome>(s => s.UpdateAsync(vacancy.Id, company.Id, VacancyRulesTests.Valid(closesOn: Today.AddDays(-1)), default));
        Assert.Equal(VacancyRules.Fields.ClosesOn, Assert.Single(Assert.IsType<SaveVacancyOutcome.Invalid>(stale).Errors).Field);

        Assert.IsType<SaveVacancyOutcome.Saved>(await RunAsync<SaveVacancy, SaveVacancyOutcome>(s => s.UpdateAsync(vacancy.Id, company.Id, VacancyRulesTests.Valid(closesOn: Today.AddDays(3)), default)));
        Assert.Equal(1, (await SearchAsync(new VacancySearch(null, null, null, null))).Total);
        Assert.IsType<ChangeVacancyOutcome.Changed>(await RunAsync<CloseVacancy, ChangeVacancyOutcome>(c => c.RunAsync(vacancy.Id, company.Id, default)));
        Assert.Equal(0, (await SearchAsync(new VacancySearch(null, null, null, null))).Total);
        Assert.IsType<ChangeVacancyOutcome.Invalid>(await RunAsync<PublishVacancy, ChangeVacancyOutcome>(p => p.RunAsync(vacancy.Id, company.Id, default)));
    }

    [Fact]
    public async Task Vacancies_OfAnotherCompany_AreNotFoundForWrites()
    {
        var mine = await RegisterAsync("NDS190312K4", verified: true);
        var other = await RegisterAsync("DMA150804R2", verified: true, "DataMAV");
        var theirs = await OpenVacancyAsync(other.Id);

        Assert.IsType<SaveVacancyOutcome.NotFound>(await RunAsync<SaveVacancy, SaveVacancyOutcome>(s => s.UpdateAsync(theirs.Id, mine.Id, VacancyRulesTests.Valid(), default)));
        Assert.IsType<ChangeVacancyOutcome.NotFound>(await RunAsync<CloseVacancy, ChangeVacancyOutcome>(c => c.RunAsync(theirs.Id, mine.Id, default)));
        Assert.IsType<ChangeVacancyOutcome.Changed>(await RunAsync<CloseVacancy, ChangeVacancyOutcome>(c => c.RunAsync(theirs.Id, null, default)));
    }

    [Fact]
    public async Task RegisterCompanyAccount_CreatesTheUnverifiedCompanyAndItsEmpresaAccount_OnceByRfc()
    {
        var input = new RegisterCompanyAccountInput(Company("NDS190312K4"), "Laura Pérez", "Laura@NubeDelSur.example", "una-frase-bastante-larga", AcceptsNotice: true);

        var registered = Assert.IsType<RegisterCompanyAccountOutcome.Registered>(await RunAsync<RegisterCompanyAccount, RegisterCompanyAccountOutcome>(r => r.RunAsync(input, default)));

        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var user = await users.FindByEmailAsync("laura@nubedelsur.example");
            Assert.Equal(registered.Company.Id, user!.CompanyId);
            Assert.False(user.EmailConfirmed);
            Assert.True(await users.IsInRoleAsync(user, Roles.Empresa));
        }

        await using var db = Database.NewDb();
        Assert.Null((await db.Companies.SingleAsync()).VerifiedAt);
        Assert.Contains(await db.OutboxMessages.Select(m => m.To).ToListAsync(), to => to == "laura@nubedelsur.example");

        var again = await RunAsync<RegisterCompanyAccount, RegisterCompanyAccountOutcome>(r => r.RunAsync(input with { Email = "otra@nubedelsur.example" }, default));
        Assert.IsType<RegisterCompanyAccountOutcome.RfcTaken>(again);
        Assert.Equal(1, await db.Users.CountAsync());
    }

    [Fact]
    public async Task RegisterCompanyAccount_EmailOfAnAccount_CreatesNothingAndTellsThatAccountsOwner()
    {
        var first = new RegisterCompanyAccountInput(Company("NDS190312K4"), "Laura Pérez", "laura@nubedelsur.example", "una-frase-bastante-larga", AcceptsNotice: true);
        Assert.IsType<RegisterCompanyAccountOutcome.Registered>(await RunAsync<RegisterCompanyAccount, RegisterCompanyAccountOutcome>(r => r.RunAsync(first, default)));

        var second = await RunAsync<RegisterCompanyAccount, RegisterCompanyAccountOutcome>(r =>
            r.RunAsync(first with { Company = Company("DAT200101AB", "Datos Claros") }, default));

        Assert.IsType<RegisterCompanyAccountOutcome.AccountExists>(second);
        await using var db = Database.NewDb();
        Assert.Equal((1, 1), (await db.Companies.CountAsync(), await db.Users.CountAsync()));
        Assert.Equal("laura@nubedelsur.example", (await db.OutboxMessages.SingleAsync(m => m.Kind == "registro-repetido")).To);
    }

    [Fact]
    public async Task RegisterCompanyAccount_CheckDigitMismatch_AsksOnce_ThenRegistersWithTheFlag()
    {
        var good = CompanyRulesTests.ValidRfc();
        var bad = good[..^1] + (good[^1] == '1' ? '2' : '1');
        var input = new RegisterCompanyAccountInput(Company("NDS190312K4") with { Rfc = bad }, "Laura Pérez", "laura@nubedelsur.example", "una-frase-bastante-larga", AcceptsNotice: true);

        Assert.IsType<RegisterCompanyAccountOutcome.RfcCheckDigitMismatch>(await RunAsync<RegisterCompanyAccount, RegisterCompanyAccountOutcome>(r => r.RunAsync(input, default)));
        var registered = Assert.IsType<RegisterCompanyAccountOutcome.Registered>(
            await RunAsync<RegisterCompanyAccount, RegisterCompanyAccountOutcome>(r => r.RunAsync(input with { ConfirmRfcDespiteCheckDigit = true }, default)));
        Assert.False(registered.Company.RfcCheckDigitMatches);
        Assert.NotNull(registered.RfcWarning);
    }

    [Fact]
    public async Task SeedDemoCompanies_SeedsVerifiedCompaniesWithOpenVacancies_Once()
    {
        var first = await RunAsync<Semillero.Demo.SeedDemoCompanies, Semillero.Demo.SeedDemoCompaniesOutcome>(s => s.RunAsync(default));
        var second = await RunAsync<Semillero.Demo.SeedDemoCompanies, Semillero.Demo.SeedDemoCompaniesOutcome>(s => s.RunAsync(default));

        Assert.Equal(12, first.Companies);
        Assert.Equal(0, second.Companies);
        var listed = await SearchAsync(new VacancySearch(null, null, null, null, PageSize: 100));
        Assert.Equal(first.Vacancies, listed.Total);
        Assert.InRange(listed.Total, 25, 40);
    }
}
