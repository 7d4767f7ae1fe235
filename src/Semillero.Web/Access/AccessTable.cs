using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing.Patterns;
using Semillero.Access;

namespace Semillero.Web.Access;

public enum Audience
{
    // Anyone, signed in or not.
    Anonymous,

    // Any signed-in person or key, whatever the role.
    SignedIn,

    // Only the listed roles.
    Roles,
}

public sealed record AccessRule(string Endpoint, Audience Audience, IReadOnlyList<string> Roles)
{
    public bool Allows(string? role) => Audience switch
    {
        Audience.Anonymous => true,
        Audience.SignedIn => role is not null,
        Audience.Roles => role is not null && Roles.Contains(role),
    };
}

// Marks an endpoint the table does not list: it is denied to everyone, and the authorization test
// fails naming it.
public sealed record MissingAccessRule(string Endpoint);

// Who may use each page and endpoint, in one place. Every endpoint the app maps must appear here
// (tests/Semillero.Web.Tests/Access/AuthorizationMatrixTests.cs enumerates them and tries every role
// and anonymous against this table). Keys are "METHOD /route" for endpoints and "PAGE /route" for
// Razor pages (all their handlers share the rule).
public static class AccessTable
{
    private static AccessRule Anyone(string endpoint) => new(endpoint, Audience.Anonymous, []);

    private static AccessRule SignedIn(string endpoint) => new(endpoint, Audience.SignedIn, []);

    private static AccessRule Only(string endpoint, params string[] roles) => new(endpoint, Audience.Roles, roles);

    public static IReadOnlyList<AccessRule> Rules { get; } =
    [
        // Public site, documentation and health.
        Anyone("PAGE /"),
        Anyone("PAGE /Index"),
        Anyone("PAGE /idioma"),
        Anyone("PAGE /no-encontrado"),
        Anyone("PAGE /referencia-api"),
        Anyone("PAGE /aviso-de-privacidad"),
        Anyone("PAGE /habilidades/{id?}"),
        // Public progress page and its open-data downloads.
        Anyone("PAGE /avance"),
        Anyone("* /health"),
        Anyone("GET /favicon.ico"),
        Anyone("GET /openapi/{documentName}.json"),
        Anyone("GET /api/docs/{documentName?}"),
        Anyone("GET /api/docs/scalar.js"),
        Anyone("GET /api/docs/scalar.aspnetcore.js"),
        Anyone("GET /api/docs/favicon.svg"),

        // Accounts.
        Anyone("PAGE /cuenta/entrar"),
        Anyone("PAGE /cuenta/registro"),
        Anyone("PAGE /cuenta/confirmar"),
        Anyone("PAGE /cuenta/reclamar"),
        Anyone("PAGE /cuenta/olvide"),
        Anyone("PAGE /cuenta/restablecer"),
        Anyone("PAGE /cuenta/acceso-denegado"),
        SignedIn("PAGE /cuenta/salir"),

        // A learner's own data (ARCO rights). Only the person: nobody else reads it here.
        Only("PAGE /mis-datos", Roles.Aprendiz),
        Only("PAGE /mis-datos/descargar", Roles.Aprendiz),
        Only("PAGE /mis-datos/corregir", Roles.Aprendiz),
        Only("PAGE /mis-datos/consentimientos", Roles.Aprendiz),
        Only("PAGE /mis-datos/oposicion", Roles.Aprendiz),
        Only("PAGE /mis-datos/cancelar", Roles.Aprendiz),
        Only("PAGE /mis-datos/accesos", Roles.Aprendiz),
        Only("PAGE /mi-aprendizaje", Roles.Aprendiz),
        Only("PAGE /mi-aprendizaje/inicio", Roles.Aprendiz),
        Only("PAGE /mi-aprendizaje/vincular", Roles.Aprendiz),
        Only("PAGE /mi-aprendizaje/insignias", Roles.Aprendiz),

        // Operation.
        Only("PAGE /operacion", Roles.Operador),
        Only("PAGE /operacion/usuarios", Roles.Operador),
        Only("PAGE /operacion/solicitudes", Roles.Operador),
        Only("PAGE /operacion/solicitudes/{id:guid}", Roles.Operador),
        Only("PAGE /operacion/reclamos", Roles.Operador, Roles.Aliado),
        Only("PAGE /operacion/reclamos/{id:guid}", Roles.Operador, Roles.Aliado),
        Only("PAGE /operacion/auditoria", Roles.Operador),
        Only("PAGE /operacion/correos", Roles.Operador),
        Only("PAGE /operacion/correos/{id:guid}", Roles.Operador),
        Only("PAGE /operacion/credenciales", Roles.Operador),
        Only("PAGE /operacion/aprendizaje", Roles.Operador, Roles.Aliado),
        Only("PAGE /operacion/aprendizaje/sin-vincular", Roles.Operador, Roles.Aliado),
        Only("PAGE /operacion/constancias", Roles.Operador),

        // The catalog: published paths are public; operators manage paths, courses and their rules.
        Anyone("PAGE /catalogo"),
        Anyone("PAGE /catalogo/{code}"),
        Only("PAGE /operacion/catalogo", Roles.Operador),
        Only("PAGE /operacion/catalogo/rutas/{code?}", Roles.Operador),
        Only("PAGE /operacion/catalogo/rutas/{code}/reglas", Roles.Operador),
        Only("PAGE /operacion/catalogo/cursos/{id:guid?}", Roles.Operador),
        Only("PAGE /operacion/catalogo/cursos/{id:guid}/reglas", Roles.Operador),
        Only("PAGE /operacion/catalogo/otorgar", Roles.Operador),
        Anyone("GET /api/catalog/paths"),
        Anyone("GET /api/catalog/paths/{code}"),
        Only("POST /api/catalog/paths", Roles.Operador),
        Only("PUT /api/catalog/paths/{code}", Roles.Operador),
        Only("POST /api/catalog/paths/{code}/publish", Roles.Operador),
        Only("POST /api/catalog/paths/{code}/unpublish", Roles.Operador),
        Only("POST /api/catalog/paths/{code}/rules", Roles.Operador),
        Only("POST /api/catalog/courses", Roles.Operador),
        Only("PUT /api/catalog/courses/{id:guid}", Roles.Operador),
        Only("POST /api/catalog/courses/{id:guid}/rules", Roles.Operador),
        Only("POST /api/learners/{id:guid}/completions", Roles.Operador),

        // Learner registry API. Analysts read only people who consented to share identified data
        // with the Ministry; partners only the people they registered.
        Only("POST /api/learners/", Roles.Operador, Roles.Aliado),
        Only("GET /api/learners/", Roles.Operador, Roles.Aliado, Roles.Analista),
        Only("GET /api/learners/{id:guid}", Roles.Operador, Roles.Aliado, Roles.Analista),
        Only("POST /api/learners/imports", Roles.Operador, Roles.Aliado),
        Only("GET /api/learners/imports/{id:guid}", Roles.Operador, Roles.Aliado),
        Only("POST /api/keys/", Roles.Operador),

        // The xAPI LRS: partners' systems send and read their own statements; About is public.
        Anyone("GET,HEAD /xapi/about"),
        Only("POST /xapi/statements/", Roles.Aliado, Roles.Operador),
        Only("PUT /xapi/statements/", Roles.Aliado, Roles.Operador),
        Only("GET,HEAD /xapi/statements/", Roles.Aliado, Roles.Operador),
        Only("GET,HEAD /xapi/activities/state", Roles.Aliado, Roles.Operador),
        Only("PUT /xapi/activities/state", Roles.Aliado, Roles.Operador),
        Only("POST /xapi/activities/state", Roles.Aliado, Roles.Operador),
        Only("DELETE /xapi/activities/state", Roles.Aliado, Roles.Operador),
        Only("GET,HEAD /xapi/activities/profile", Roles.Aliado, Roles.Operador),
        Only("PUT /xapi/activities/profile", Roles.Aliado, Roles.Operador),
        Only("POST /xapi/activities/profile", Roles.Aliado, Roles.Operador),
        Only("DELETE /xapi/activities/profile", Roles.Aliado, Roles.Operador),
        Only("GET,HEAD /xapi/agents/profile", Roles.Aliado, Roles.Operador),
        Only("PUT /xapi/agents/profile", Roles.Aliado, Roles.Operador),
        Only("POST /xapi/agents/profile", Roles.Aliado, Roles.Operador),
        Only("DELETE /xapi/agents/profile", Roles.Aliado, Roles.Operador),
        Only("GET,HEAD /xapi/activities", Roles.Aliado, Roles.Operador),
        Only("GET,HEAD /xapi/agents", Roles.Aliado, Roles.Operador),

        // Badges. What a verifier needs is public and carries no personal data (the credential is
        // about a random subject id); a person's list of badges is theirs and the operators'
        // (anyone else gets 404); only operators revoke.
        Anyone("GET /.well-known/jwks.json"),
        Anyone("GET /insignias/emisor"),
        Anyone("GET /insignias/estado/1"),
        Anyone("GET /api/badges/{awardId:guid}/credential"),
        Anyone("GET /api/badges/{awardId:guid}/credential.json"),
        Only("GET /api/learners/{id:guid}/badges", Roles.Operador, Roles.Aprendiz),
        Only("POST /api/badges/{awardId:guid}/revocation", Roles.Operador),
        Anyone("PAGE /verificar"),
        Anyone("PAGE /verificar/{awardId:guid}"),
        Only("PAGE /operacion/insignias/{awardId:guid}", Roles.Operador),

        // The Pymes' diagnostic (docs/diagnostic.md): a company runs its own; a chamber's or state
        // government's key runs one with a company (the use cases check whose it is: another's is a
        // 404); colleagues answer through their emailed link; the method and the question banks
        // are public; the program's figures are for analysts and operators.
        Only("PAGE /empresa/diagnostico", Roles.Empresa),
        Only("PAGE /empresa/diagnostico/{id:guid}", Roles.Empresa),
        Only("PAGE /empresa/diagnostico/{id:guid}/resultado", Roles.Empresa, Roles.Operador),
        Anyone("PAGE /diagnostico/responder/{token}"),
        Anyone("PAGE /diagnostico/metodologia"),
        Only("PAGE /operacion/diagnostico", Roles.Operador, Roles.Analista),
        Only("POST /api/companies/{id:guid}/assessments", Roles.Empresa, Roles.Aliado),
        Only("GET /api/companies/{id:guid}/assessments", Roles.Empresa, Roles.Aliado, Roles.Operador),
        Only("GET /api/assessments/{id:guid}", Roles.Empresa, Roles.Aliado, Roles.Operador),
        Only("PUT /api/assessments/{id:guid}/answers", Roles.Empresa, Roles.Aliado),
        Only("POST /api/assessments/{id:guid}/respondents", Roles.Empresa, Roles.Aliado),
        Only("DELETE /api/assessments/{id:guid}/respondents/{respondentId:guid}", Roles.Empresa, Roles.Aliado),
        Only("POST /api/assessments/{id:guid}/submit", Roles.Empresa, Roles.Aliado),
        Only("GET /api/assessments/{id:guid}/result", Roles.Empresa, Roles.Aliado, Roles.Operador),
        Only("POST /api/companies/{id:guid}/training-invitations", Roles.Empresa),
        Only("GET /api/diagnostic/summary", Roles.Analista, Roles.Operador),
        Anyone("GET /api/diagnostic/versions"),
        Anyone("GET /api/diagnostic/versions/{version:int}"),
        Only("POST /api/diagnostic/versions", Roles.Operador),

        // Credits: applications, review and decisions (docs/credits.md). A startup applies and
        // withdraws its own (another's is a 404 in the use cases); reviewers (operators, analysts,
        // partners' people in the reviewer pool) review what they were assigned; operators assign,
        // decide and keep the reviewer pool.
        Only("PAGE /empresa/creditos", Roles.Empresa),
        Only("PAGE /revision/creditos", Roles.Operador, Roles.Analista, Roles.Aliado),
        Only("PAGE /revision/creditos/{id:guid}", Roles.Operador, Roles.Analista, Roles.Aliado),
        Only("PAGE /operacion/creditos/solicitudes", Roles.Operador),
        Only("PAGE /operacion/creditos/solicitudes/{id:guid}", Roles.Operador),
        Only("PAGE /operacion/creditos/revisores", Roles.Operador),
        Only("POST /api/companies/{id:guid}/credit-applications", Roles.Empresa),
        Only("GET /api/companies/{id:guid}/credit-applications", Roles.Empresa, Roles.Operador),
        Only("POST /api/credit-applications/{id:guid}/withdraw", Roles.Empresa),
        Only("GET /api/credit-applications", Roles.Operador),
        Only("GET /api/credit-applications/{id:guid}", Roles.Empresa, Roles.Operador, Roles.Analista, Roles.Aliado),
        Only("POST /api/credit-applications/{id:guid}/reviewers", Roles.Operador),
        Only("PUT /api/credit-applications/{id:guid}/reviews/mine", Roles.Operador, Roles.Analista, Roles.Aliado),
        Only("POST /api/credit-applications/{id:guid}/decisions", Roles.Operador),
        Only("POST /api/credit-reviewers", Roles.Operador),
        Only("POST /api/credit-reviewers/{userId:guid}/conflicts", Roles.Operador, Roles.Analista, Roles.Aliado),
        // Credit codes and the credits program's figures (docs/credits.md, "Delivery of credit
        // codes" and "Figures"): operators import codes, read the stock and deliver; a startup's
        // own account (or its key, through the API) reads its codes, another company's are a 404 in
        // ReadCreditCodes; anyone reads the public summary, small groups withheld.
        Only("PAGE /empresa/creditos/codigos", Roles.Empresa),
        Only("PAGE /operacion/creditos", Roles.Operador),
        Only("PAGE /operacion/creditos/codigos", Roles.Operador),
        Only("POST /api/credits/code-batches", Roles.Operador),
        Only("GET /api/credits/code-stock", Roles.Operador),
        Only("POST /api/credits/deliveries", Roles.Operador),
        Only("GET /api/companies/{id:guid}/credit-codes", Roles.Empresa),
        Only("POST /api/companies/{id:guid}/credit-awards/{awardId:guid}/redeemed", Roles.Empresa),
        Anyone("GET /api/credits/summary"),
        Only("GET /api/credits/pipeline", Roles.Operador),

        // Hiring: an empresa account or key works on its own company's vacancies (another
        // company's is a 404 in the use cases); operators on all. Learners apply and answer
        // invitations on their own pages; anonymous visitors are sent to sign in.
        Only("POST /api/vacancies/{id:guid}/invitations", Roles.Empresa, Roles.Operador),
        Only("GET /api/vacancies/{id:guid}/applications", Roles.Empresa, Roles.Operador),
        Only("POST /api/applications/{id:guid}/stage", Roles.Empresa, Roles.Operador),
        Only("POST /api/applications/{id:guid}/placement", Roles.Empresa, Roles.Operador),
        Only("PAGE /empresa/vacantes/{id:guid}/invitar", Roles.Empresa, Roles.Operador),
        Only("PAGE /empresa/vacantes/{id:guid}/postulaciones", Roles.Empresa, Roles.Operador),
        Only("PAGE /empresa/postulaciones/{id:guid}", Roles.Empresa, Roles.Operador),
        Only("PAGE /vacantes/{id:guid}/postular", Roles.Aprendiz),
        Only("PAGE /mi-aprendizaje/postulaciones", Roles.Aprendiz),
        // Matching: an employer ranks candidates for its own company's vacancies (another
        // company's is a 404), operators for any; learners manage their work profile and see the
        // vacancies that fit them; the skills-gap backlog is for operators and analysts.
        Only("GET /api/vacancies/{id:guid}/candidates", Roles.Empresa, Roles.Operador),
        Only("GET /api/skills-gap", Roles.Operador, Roles.Analista),
        Only("PAGE /empresa/vacantes/{id:guid}/candidatos", Roles.Empresa, Roles.Operador),
        Only("PAGE /mi-aprendizaje/perfil-laboral", Roles.Aprendiz),
        Only("PAGE /mi-aprendizaje/vacantes", Roles.Aprendiz),
        Only("PAGE /operacion/brecha", Roles.Operador, Roles.Analista),
        // Companies and vacancies. Open vacancies of verified companies are public; a
        // company manages only its own (another company's vacancy is 404); operators verify.
        Only("POST /api/companies", Roles.Operador),
        Only("GET /api/companies/{id:guid}", Roles.Operador, Roles.Empresa),
        Only("POST /api/companies/{id:guid}/verify", Roles.Operador),
        Only("POST /api/companies/{id:guid}/reject", Roles.Operador),
        Only("POST /api/vacancies", Roles.Empresa, Roles.Operador),
        Only("PUT /api/vacancies/{id:guid}", Roles.Empresa, Roles.Operador),
        Only("POST /api/vacancies/{id:guid}/publish", Roles.Empresa, Roles.Operador),
        Only("POST /api/vacancies/{id:guid}/close", Roles.Empresa, Roles.Operador),
        Anyone("GET /api/vacancies"),
        Anyone("GET /api/vacancies/{id:guid}"),
        Anyone("PAGE /empresas/registro"),
        Only("PAGE /empresa", Roles.Empresa),
        Only("PAGE /empresa/perfil", Roles.Empresa),
        Only("PAGE /empresa/vacantes/nueva", Roles.Empresa),
        Only("PAGE /empresa/vacantes/{id:guid}", Roles.Empresa),
        Anyone("PAGE /vacantes"),
        Anyone("PAGE /vacantes/{id:guid}"),
        Only("PAGE /operacion/empresas", Roles.Operador),
        // Partner organisations. Verified ones are public; anyone registers one; operators
        // verify them; their people use their hub, and its writes check that the person
        // administers that organisation (another's members and keys are not found).
        Only("POST /api/organizations", Roles.Operador),
        Anyone("GET /api/organizations"),
        Anyone("GET /api/organizations/{id:guid}"),
        Only("POST /api/organizations/{id:guid}/verify", Roles.Operador),
        Only("POST /api/organizations/{id:guid}/reject", Roles.Operador),
        Only("POST /api/organizations/{id:guid}/keys", Roles.Operador, Roles.Aliado),
        Only("DELETE /api/organizations/{id:guid}/keys/{keyId}", Roles.Operador, Roles.Aliado),
        Anyone("PAGE /aliados"),
        Anyone("PAGE /aliados/registro"),
        Anyone("PAGE /aliados/{id:guid}"),
        Only("PAGE /operacion/aliados", Roles.Operador),
        Only("PAGE /operacion/aliados/{id:guid}", Roles.Operador),
        Only("PAGE /organizacion", Roles.Aliado),
        Only("PAGE /organizacion/datos", Roles.Aliado),
        Only("PAGE /organizacion/miembros", Roles.Aliado),
        Only("PAGE /organizacion/llaves", Roles.Aliado),
        // Cohorts (docs/cohorts.md). Approved cohorts are public; an organisation's members and
        // keys open, change and enrol people in their own organisation's cohorts (another's is a
        // 404 in the use cases); operators review them; learners enrol and withdraw themselves.
        Anyone("GET /api/cohorts"),
        Anyone("GET /api/cohorts/{id:guid}"),
        Only("POST /api/cohorts", Roles.Aliado, Roles.Operador),
        Only("PUT /api/cohorts/{id:guid}", Roles.Aliado, Roles.Operador),
        Only("PUT /api/cohorts/{id:guid}/capacity", Roles.Aliado, Roles.Operador),
        Only("POST /api/cohorts/{id:guid}/approve", Roles.Operador),
        Only("POST /api/cohorts/{id:guid}/reject", Roles.Operador),
        Only("POST /api/cohorts/{id:guid}/enrolments", Roles.Aliado, Roles.Operador),
        Only("POST /api/cohorts/{id:guid}/enrolments/import", Roles.Aliado, Roles.Operador),
        Only("DELETE /api/cohorts/{id:guid}/enrolments/{registration:guid}", Roles.Aprendiz, Roles.Aliado, Roles.Operador),
        Anyone("PAGE /convocatorias"),
        Anyone("PAGE /convocatorias/{id:guid}"),
        Only("PAGE /mi-aprendizaje/convocatorias", Roles.Aprendiz),
        Only("PAGE /organizacion/convocatorias", Roles.Aliado),
        Only("PAGE /organizacion/convocatorias/nueva", Roles.Aliado),
        Only("PAGE /organizacion/convocatorias/{id:guid}", Roles.Aliado),
        Only("PAGE /organizacion/convocatorias/{id:guid}/inscribir", Roles.Aliado),
        Only("PAGE /operacion/convocatorias", Roles.Operador),
        // Graduate follow-up. The survey opens from its emailed link, no sign-in: the
        // signed token is the only key. Outcomes are aggregates with small cells suppressed.
        Anyone("PAGE /seguimiento/{token}"),
        Only("PAGE /operacion/seguimiento", Roles.Operador, Roles.Analista),
        Only("GET /api/follow-up/outcomes", Roles.Operador, Roles.Analista),
        // What each organisation's people achieved in its cohorts: its members read their own
        // (another organisation's is a 404 in ResultsScope), operators and analysts every one
        // (analysts with small cells withheld and no names).
        Only("GET /api/organizations/{id:guid}/results", Roles.Aliado, Roles.Operador, Roles.Analista),
        Only("PAGE /organizacion/resultados", Roles.Aliado, Roles.Operador, Roles.Analista),
        // Credits: startup profiles and the investors' directory (docs/credits.md). A startup's own
        // account or key reads and writes its profile (another company's is a 404 in the use
        // cases), operators any; verified funds and accelerators browse the startups that opted in
        // (other organisations are refused in BrowseStartups), operators too.
        Only("PAGE /empresa/startup", Roles.Empresa),
        Only("PAGE /organizacion/startups", Roles.Aliado, Roles.Operador),
        Only("GET /api/companies/{id:guid}/startup-profile", Roles.Empresa, Roles.Operador),
        Only("PUT /api/companies/{id:guid}/startup-profile", Roles.Empresa, Roles.Operador),
        Only("GET /api/startups", Roles.Aliado, Roles.Operador),
        // Targets and KPI dashboards.
        Only("GET /api/kpis", Roles.Operador, Roles.Analista),
        Only("PAGE /operacion/avance", Roles.Operador, Roles.Analista),
        // Targets: analysts read them and their history; operators also revise them.
        Only("GET /api/targets", Roles.Operador, Roles.Analista),
        Only("GET /api/targets/history", Roles.Operador, Roles.Analista),
        Only("POST /api/targets", Roles.Operador),
        Only("PAGE /operacion/metas", Roles.Operador, Roles.Analista),
        // Credits: the program's rules, budget pools and vouching codes (docs/credits.md). The rules
        // are public; operators publish them and manage the pools (analysts read the pools); an
        // accelerator's or investment organisation's people and keys work on its own vouching codes
        // (another organisation's are a 404 in the use cases).
        Anyone("GET /api/credits/program"),
        Anyone("GET /api/credits/program/versions"),
        Anyone("GET /api/credits/program/versions/{version:int}"),
        Only("POST /api/credits/program/versions", Roles.Operador),
        Only("GET /api/credits/pools", Roles.Operador, Roles.Analista),
        Only("POST /api/credits/pools", Roles.Operador),
        Only("PUT /api/credits/pools/{id:guid}", Roles.Operador),
        Only("GET /api/organizations/{id:guid}/vouching-codes", Roles.Aliado),
        Only("POST /api/organizations/{id:guid}/vouching-codes", Roles.Aliado),
        Only("DELETE /api/organizations/{id:guid}/vouching-codes/{codeId:guid}", Roles.Aliado),
        Only("PAGE /operacion/creditos/programa", Roles.Operador),
        Only("PAGE /operacion/creditos/bolsas", Roles.Operador),
        Only("PAGE /organizacion/avales", Roles.Aliado),
    ];

    private static readonly Dictionary<string, AccessRule> ByEndpoint = Rules.ToDictionary(r => r.Endpoint, StringComparer.OrdinalIgnoreCase);

    public static AccessRule? Find(string endpoint) => ByEndpoint.GetValueOrDefault(endpoint);

    public static string KeyOf(EndpointBuilder endpoint)
    {
        var pattern = endpoint is RouteEndpointBuilder route ? Normalize(route.RoutePattern) : endpoint.DisplayName ?? "";
        if (endpoint.Metadata.OfType<PageActionDescriptor>().Any() || endpoint.Metadata.OfType<CompiledPageActionDescriptor>().Any())
        {
            return $"PAGE {pattern}";
        }

        var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault()?.HttpMethods;
        return $"{(methods is { Count: > 0 } ? string.Join(',', methods) : "*")} {pattern}";
    }

    public static string KeyOf(Endpoint endpoint)
    {
        var pattern = endpoint is RouteEndpoint route ? Normalize(route.RoutePattern) : endpoint.DisplayName ?? "";
        if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null || endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is not null)
        {
            return $"PAGE {pattern}";
        }

        var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
        return $"{(methods is { Count: > 0 } ? string.Join(',', methods) : "*")} {pattern}";
    }

    private static string Normalize(RoutePattern pattern) => "/" + (pattern.RawText ?? "").Trim('/') + (pattern.RawText?.EndsWith('/') == true && pattern.RawText.Length > 1 ? "/" : "");

    // Applied to every endpoint group and to the Razor pages: the table becomes the endpoints'
    // authorization metadata, so the code cannot say something different from the table.
    public static void Apply(EndpointBuilder endpoint)
    {
        var key = KeyOf(endpoint);
        var rule = Find(key);
        if (rule is null)
        {
            endpoint.Metadata.Add(new MissingAccessRule(key));
            endpoint.Metadata.Add(new AuthorizeAttribute { Policy = DenyPolicy });
            return;
        }

        endpoint.Metadata.Add(rule);
        switch (rule.Audience)
        {
            case Audience.Anonymous:
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
                break;
            case Audience.SignedIn:
                endpoint.Metadata.Add(new AuthorizeAttribute());
                break;
            case Audience.Roles:
                endpoint.Metadata.Add(new AuthorizeAttribute { Roles = string.Join(',', rule.Roles) });
                break;
        }
    }

    public const string DenyPolicy = "sin-regla";

    public static IServiceCollection AddAccessTable(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(DenyPolicy, p => p.RequireAssertion(_ => false))
            .Services;

    public static TBuilder WithAccessTable<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(Apply);
        return builder;
    }
}
