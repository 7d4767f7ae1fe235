using Semillero;
using Semillero.Web.Access;
using Semillero.Web.Badges;
using Semillero.Web.Catalog;
using Semillero.Web.CohortResults;
using Semillero.Web.Cohorts;
using Semillero.Web.Companies;
using Semillero.Web.Credits;
using Semillero.Web.Dashboards;
using Semillero.Web.Diagnostics;
using Semillero.Web.FollowUp;
using Semillero.Web.Hiring;
using Semillero.Web.Hosting;
using Semillero.Web.Learners;
using Semillero.Web.LearningRecords;
using Semillero.Web.Matching;
using Semillero.Web.Organizations;
using Semillero.Web.Vacancies;

var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultAddress();

// The product (src/Semillero/SemilleroServices.cs), then what only the web host adds.
builder.Services
    .AddSemillero(builder.Configuration)
    .AddWebAccess()
    .AddAccessTable()
    .AddWebHosting(builder.Configuration);

var app = builder.Build();
if (app.TakenAddress() is { } taken)
{
    await Console.Error.WriteLineAsync($"Semillero cannot start: {taken} is already in use by another program. Stop it, or choose another address, e.g. ASPNETCORE_URLS=http://localhost:5081 with Site__PublicUrl=http://localhost:5081.");
    return 1;
}

app.UseWebHosting();
app.UseXapiRequests();
app.UseRouting();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseCookieApiAntiforgery();
app.UseNulCharacterRefusal();
app.UseAntiforgery();

// Every endpoint's access rule comes from Access/AccessTable.cs.
var site = app.MapGroup("").WithAccessTable();
site.MapHealth();
site.MapFavicon();
site.MapApiDocs();
site.MapLearners();
site.MapApiKeys();
site.MapXapi();
site.MapCatalog();
site.MapBadges();
site.MapCompanies();
site.MapOrganizations();
site.MapVacancies();
site.MapMatching();
site.MapHiring();
site.MapCohorts();
site.MapDiagnostics();
site.MapCredits();
site.MapFollowUp();
site.MapCohortResults();
site.MapKpis();
site.MapTargets();
app.MapRazorPages().WithAccessTable();

await app.PrepareDatabaseAsync();
await app.RunAsync();
return 0;

// Visible to WebApplicationFactory<Program> in the HTTP tests.
public partial class Program;
