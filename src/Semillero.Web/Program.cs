using Semillero.Access;
using Semillero.Accounts;
using Semillero.Badges;
using Semillero.Data;
using Semillero.FollowUp;
using Semillero.LearningRecords;
using Semillero.Learners;
using Semillero.Web.Access;
using Semillero.Web.Badges;
using Semillero.Web.Catalog;
using Semillero.Web.FollowUp;
using Semillero.Web.Hosting;
using Semillero.Web.LearningRecords;
using Semillero.Web.Learners;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddSemilleroData(builder.Configuration)
    .AddLearners()
    .AddAccess()
    .AddAccounts(builder.Configuration)
    .AddLearningRecords()
    .AddBadges(builder.Configuration)
    .AddWebAccess()
    .AddAccessTable()
    .AddWebHosting(builder.Configuration);

// Graduate follow-up (issue 6): surveys at 3/6/12 months, reminders, outcome rates.
builder.Services.AddFollowUp(builder.Configuration);

var app = builder.Build();

app.UseWebHosting();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgery();

// Every endpoint's access rule comes from Access/AccessTable.cs.
var site = app.MapGroup("").WithAccessTable();
site.MapHealth();
site.MapApiDocs();
site.MapLearners();
site.MapApiKeys();
site.MapXapi();
site.MapCatalog();
site.MapBadges();
// Graduate follow-up (issue 6).
site.MapFollowUp();
app.MapRazorPages().WithAccessTable();

await app.PrepareDatabaseAsync();
await app.RunAsync();

// Visible to WebApplicationFactory<Program> in the HTTP tests.
public partial class Program;
