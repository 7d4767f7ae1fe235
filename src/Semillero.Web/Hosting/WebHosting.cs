using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using Semillero.Data;
using Semillero.Learners;

namespace Semillero.Web.Hosting;

public static partial class WebHosting
{
    public static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("es-MX"), CultureInfo.GetCultureInfo("en")];

    public static IServiceCollection AddWebHosting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
            ctx.ProblemDetails.Extensions.TryAdd("traceId", ctx.HttpContext.TraceIdentifier);
        });
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Semillero API";
            doc.Info.Description = "Registro de aprendices del programa nacional de habilidades en nube e IA. / Learner registry of the national cloud and AI skilling program.";
            return Task.CompletedTask;
        }));
        services.AddRazorPages();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.SnakeCaseLower)));
        services.AddRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = ImportLimits.MaxUploadBytes);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static WebApplication UseWebHosting(this WebApplication app)
    {
        app.UseExceptionHandler();
        // The API answers errors with problem+json; people browsing get a page in their language.
        app.UseWhen(IsMachinePath, api => api.UseStatusCodePages());
        app.UseWhen(c => !IsMachinePath(c), web => web.UseStatusCodePagesWithReExecute("/no-encontrado"));
        app.UseRequestLocalization();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            await next(context);
        });
        app.UseStaticFiles();
        app.UseRouting();
        return app;
    }

    public static bool IsMachinePath(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);

    public static void MapHealth(this WebApplication app) =>
        app.MapHealthChecks("/health").AllowAnonymous();

    public static void MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o
            .WithTitle("Semillero API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
    }

    // The embedded SQLite default migrates itself so the run command just works; PostgreSQL is
    // migrated on purpose with `semillero db migrate` (Database__MigrateOnStart=true to opt in).
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Semillero.Startup");
        await using var scope = app.Services.CreateAsyncScope();
        var migrate = options.MigrateOnStart ?? options.Provider == DatabaseProvider.Sqlite;
        if (migrate)
        {
            var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
            LogMigrated(logger, options.Provider, applied.Count);
        }

        if (options.SeedDemoData)
        {
            var seeder = scope.ServiceProvider.GetRequiredService<SeedDemoLearners>();
            if (await seeder.IsRegistryEmptyAsync(app.Lifetime.ApplicationStopping))
            {
                var outcome = await seeder.RunAsync(options.DemoLearners, seed: 2025, progress: null, app.Lifetime.ApplicationStopping);
                if (outcome is SeedDemoLearnersOutcome.Seeded s)
                {
                    LogSeeded(logger, s.Summary.Inserted);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ({Provider}) migrated: {Count} migration(s) applied")]
    private static partial void LogMigrated(ILogger logger, DatabaseProvider provider, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Count} synthetic learners seeded into an empty registry")]
    private static partial void LogSeeded(ILogger logger, int count);
}

public static class ImportLimits
{
    // About 1.5 million rows of the learner CSV.
    public const long MaxUploadBytes = 200L * 1024 * 1024;
}
