using Semillero.Access;
using Semillero.Data;
using Semillero.Learners;
using Semillero.Web.Access;
using Semillero.Web.Hosting;
using Semillero.Web.Learners;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddSemilleroData(builder.Configuration)
    .AddLearners()
    .AddAccess()
    .AddApiKeyAuthentication()
    .AddWebHosting(builder.Configuration);

var app = builder.Build();

app.UseWebHosting();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealth();
app.MapApiDocs();
app.MapLearners();
app.MapApiKeys();
app.MapRazorPages();

await app.PrepareDatabaseAsync();
await app.RunAsync();

// Visible to WebApplicationFactory<Program> in the HTTP tests.
public partial class Program;
