using Semillero.Access;
using Semillero.Web.Access;

namespace Semillero.BrowserTests.Site;

// The pages of the access table one audience may open, and which route a path is.
public sealed class SitePages
{
    // Pages a person reaches from a message or an action, never from a link on another page.
    public static readonly IReadOnlySet<string> ReachedOnlyByMessage = new HashSet<string>(StringComparer.Ordinal)
    {
        "/Index",                    // the home page's old address
        "/idioma",                   // the language switch: it redirects back
        "/no-encontrado",            // shown for any unknown address
        "/cuenta/salir",             // a form's post
        "/cuenta/confirmar",         // the link in the confirmation email
        "/cuenta/restablecer",       // the link in the password-reset email
        "/cuenta/acceso-denegado",   // shown when a page is refused
        "/seguimiento/{token}",      // the link in a follow-up survey email
        "/diagnostico/responder/{token}", // the link in a diagnostic colleague's email (DiagnosticJourneyTests audits it)
        "/mis-datos/descargar",      // a download
        "/empresa/vacantes/{id:guid}/invitar", // the candidates page's invitation form posts to it
        "/empresa/diagnostico/{id:guid}", // starting or re-taking the diagnostic posts to it (DiagnosticJourneyTests audits every step)
        "/revision/creditos/{id:guid}", // linked from the reviewer's queue once an application is assigned (the demo data has none)
        "/operacion/creditos/solicitudes/{id:guid}", // linked from the operators' list once a startup applies (the demo data has none)
    };

    // Pages a role may open that it reaches from an address someone gives it rather than a link:
    // operators open a company's hiring pages to help it (the company's own walk audits them).
    private static readonly Dictionary<string, string[]> OpenedForOthers = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Roles.Operador] = ["/empresa/vacantes/{id:guid}/postulaciones", "/empresa/postulaciones/{id:guid}", "/empresa/vacantes/{id:guid}/candidatos",
            "/empresa/diagnostico/{id:guid}/resultado"],
        // The demo aliado administers a training provider; only investment funds' and accelerators' hubs
        // link the startup directory and their vouching codes (StartupWebTests and CreditProgramWebTests
        // open them as such an organisation's member).
        [Roles.Aliado] = ["/organizacion/startups", "/organizacion/avales"],
    };

    private readonly IReadOnlyList<string> _routes;

    private SitePages(IReadOnlyList<string> routes, IReadOnlyList<string> required)
    {
        _routes = routes;
        Required = required;
    }

    // The pages the audience must reach: the public ones for visitors, each role's own for a role
    // (the public pages a role opens are audited too, signed in, but the visitors' walk covers them).
    public IReadOnlyList<string> Required { get; }

    public static SitePages For(string? role)
    {
        var rules = AccessTable.Rules.Where(r => r.Endpoint.StartsWith("PAGE ", StringComparison.Ordinal) && r.Allows(role)).ToList();
        return new(
            // Literal routes before those with parameters, so /empresa/vacantes/nueva is not an {id}.
            [.. rules.Select(r => r.Endpoint["PAGE ".Length..]).OrderBy(r => r.Count(c => c == '{'))],
            [.. rules.Where(r => role is null || r.Audience != Audience.Anonymous).Select(r => r.Endpoint["PAGE ".Length..])
                .Except(role is not null && OpenedForOthers.TryGetValue(role, out var others) ? others : [])]);
    }

    // Pages to start from besides the landing page and the home page: those only an address leads
    // to (the API's interactive reference, a badge nobody issued).
    public static IEnumerable<string> Entrances(string? role) => role is null
        ? ["/api/docs", "/verificar/0b1e9a77-3c54-4f39-9d43-2f7b1f4ad0c1", "/cuenta/reclamar"]
        : [];

    // Addresses the audit does not open: other formats (downloads, JSON, CSV), the API, and links
    // that change the session.
    public static bool Skip(string pathAndQuery)
    {
        var path = pathAndQuery.Split('?')[0];
        string[] prefixes = ["/cuenta/salir", "/idioma", "/openapi", "/xapi", "/health", "/mis-datos/descargar"];
        return prefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            || (path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) && !path.StartsWith("/api/docs", StringComparison.OrdinalIgnoreCase))
            || pathAndQuery.Contains("handler=exportar", StringComparison.OrdinalIgnoreCase);
    }

    public static string QueryShape(string pathAndQuery)
    {
        var query = pathAndQuery.Contains('?', StringComparison.Ordinal) ? pathAndQuery[(pathAndQuery.IndexOf('?', StringComparison.Ordinal) + 1)..] : "";
        var keys = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal);
        return "?" + string.Join('&', keys);
    }

    // The route a path belongs to, or the path itself when no page route matches (/api/docs).
    public string Match(string pathAndQuery)
    {
        var segments = pathAndQuery.Split('?')[0].Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return _routes.FirstOrDefault(r => Matches(r, segments)) ?? pathAndQuery.Split('?')[0];
    }

    private static bool Matches(string route, string[] segments)
    {
        var parts = route.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var optional = part.EndsWith("?}", StringComparison.Ordinal);
            if (i >= segments.Length)
            {
                return optional;
            }

            if (!part.StartsWith('{'))
            {
                if (!string.Equals(part, segments[i], StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
            else if (part.Contains(":guid", StringComparison.Ordinal) && !Guid.TryParse(segments[i], out _))
            {
                return false;
            }
        }

        return parts.Length == segments.Length;
    }
}
