using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using Semillero.Accounts;
using Semillero.Data;
using Semillero.Demo;

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
        // Pages live in their feature's folder beside its endpoints and declare absolute routes, so
        // URLs don't depend on folders. The site's shell, the form fields and the operators' chrome
        // are partials every feature uses, found by name from any page.
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/";
            // The home page also answered at /Index when it lived at Pages/Index.cshtml; links and
            // bookmarks to it keep working.
            o.Conventions.AddPageRoute("/Shell/Index", "/Index");
        });
        services.Configure<RazorViewEngineOptions>(o =>
        {
            o.PageViewLocationFormats.Add("/Shell/{0}.cshtml");
            o.PageViewLocationFormats.Add("/Forms/{0}.cshtml");
            o.PageViewLocationFormats.Add("/Operations/{0}.cshtml");
        });
        // Spanish text stays readable in the HTML ("operación", not "operaci&#xF3;n"); markup
        // characters (<, >, &, quotes) are still always encoded.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
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
        // Delivers the email outbox when Email__Smtp__Host is set; idle otherwise.
        services.AddHostedService<Semillero.Email.SmtpDispatcher>();
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = Problems.Pick("Demasiados intentos", "Too many attempts"),
                        Detail = Problems.Pick("Espere un minuto e intente de nuevo.", "Wait a minute and try again."),
                    },
                });
            };
            // Sign-in, registration and password reset: per client address, so guessing passwords
            // or flooding inboxes from one place is slowed down without affecting anyone else.
            // Counted per endpoint, not per path as typed: routing ignores letter case, so
            // /Cuenta/Entrar and /cuenta/entrar are the same page and share one count.
            o.AddPolicy(RateLimitOptions.Sensitive, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                return System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(
                    $"{Semillero.Access.ClientAddress.Partition(context.Connection.RemoteIpAddress)}|{EndpointKey(context)}",
                    _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.SensitivePerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    });
            });
        });
        // The antiforgery cookie is Secure whenever the request came over HTTPS, also through a
        // trusted proxy (TrustedProxies); the sign-in cookie is always Secure (Access/WebAccess.cs).
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddTrustedProxies(configuration);
        return services;
    }

    private static string EndpointKey(HttpContext context) => context.GetEndpoint() switch
    {
        RouteEndpoint route => route.RoutePattern.RawText ?? route.DisplayName ?? "",
        { } other => other.DisplayName ?? "",
        null => context.Request.Path.Value?.ToUpperInvariant() ?? "",
    };

    public static WebApplication UseWebHosting(this WebApplication app)
    {
        app.UseTrustedProxies();
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
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/docs", StringComparison.OrdinalIgnoreCase)
                ? ApiReferencePolicy
                : SitePolicy;
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }

            await next(context);
        });
        app.UseStaticFiles();
        return app;
    }

    // Pages are server-rendered and need nothing from elsewhere: no inline script, no third party.
    public const string SitePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // The interactive API reference (Scalar) injects its own styles and bootstrap script.
    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static bool IsMachinePath(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments("/xapi", StringComparison.OrdinalIgnoreCase);

    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapHealthChecks("/health");

    // Browsers and tools ask for /favicon.ico whatever a page declares (Scalar's page declares
    // none of ours): send them to the site's one icon rather than a 404 in every console.
    public static void MapFavicon(this IEndpointRouteBuilder app) =>
        app.MapGet("/favicon.ico", () => TypedResults.Redirect("/favicon.svg", permanent: true)).ExcludeFromDescription();

    public static void MapApiDocs(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        // Configured per request: the interface follows the visitor's language, like the site.
        app.MapScalarApiReference("/api/docs", (o, context) =>
        {
            var language = CultureInfo.CurrentUICulture.Name;
            o.WithTitle("Semillero API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                // Scalar's default fonts come from its CDN, which the page's CSP refuses (font-src 'self').
                .DisableDefaultFonts()
                .WithLocalization(new ScalarLocalizationOptions { Locale = language })
                .WithCustomCss(ApiReferenceCss)
                .AddHeadContent($"<script src=\"{context.Request.PathBase.ToUriComponent()}/js/api-docs.js\" data-lang=\"{language}\"></script>");
        });
    }

    // The site's own fonts (system ones, nothing downloaded); Scalar's light greys and green darkened
    // to WCAG AA contrast on its white (its #8e8e8e is 3.3:1, its green 3.9:1); and long paths in an
    // operation list wrap, so on a phone the list does not become a scrolling box a keyboard cannot reach;
    // the sidebar's fold buttons get WCAG 2.2's 24 px minimum target (Scalar draws them at 22 px).
    private const string ApiReferenceCss =
        ".light-mode { --scalar-color-2: #595959; --scalar-color-3: #616161; --scalar-color-green: #047857; } " +
        ".endpoints .endpoint-path { white-space: normal; overflow-wrap: anywhere; } " +
        "[data-sidebar-id] > div > button[aria-expanded] { min-width: 24px; min-height: 24px; } " +
        ":root { --scalar-font: system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", \"Liberation Sans\", Arial, sans-serif; " +
        "--scalar-font-code: ui-monospace, SFMono-Regular, Menlo, Consolas, \"Liberation Mono\", \"DejaVu Sans Mono\", monospace; }";

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

        // The account tokens' key ring is created here, outside any request's transaction.
        scope.ServiceProvider.GetRequiredService<KeyRing>().EnsureReady();

        if (options.ShouldSeedDemoData)
        {
            await scope.ServiceProvider.GetRequiredService<SeedDemoData>().RunAsync(options.DemoLearners, app.Lifetime.ApplicationStopping);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ({Provider}) migrated: {Count} migration(s) applied")]
    private static partial void LogMigrated(ILogger logger, DatabaseProvider provider, int count);
}

public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";
    public const string Sensitive = "sensible";

    public int SensitivePerMinute { get; set; } = 20;
}

public static class ImportLimits
{
    // About 1.5 million rows of the learner CSV.
    public const long MaxUploadBytes = 200L * 1024 * 1024;
}
