using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Catalog;
using Semillero.Completions;
using Semillero.Data;
using Semillero.LearningRecords;
using Semillero.LearningRecords.Validation;

namespace Semillero.Demo;

// The run command's learning demo: a catalog of five paths with their rules, and xAPI statements
// for a share of the demo learners, stored through the LRS's own use case so that completions,
// egresados and badges follow from them exactly as they would from a partner's platform. Only into
// an empty catalog; the same seed gives the same demo.
public sealed class SeedDemoLearning(SemilleroDb db, StoreStatements store, PublishRule rules, RuleBook book, TimeProvider clock)
{
    // The demo's two providers are demo organisations (SeedDemoOrganizations, seeded first): their
    // courses and statements are kept under their partner keys, so the demo partner's account, an
    // administrator of the first, sees its platform's learning.
    public static readonly string Moodle = PartnerKey.Of(SeedDemoOrganizations.ProviderId);
    public static readonly string OpenEdx = PartnerKey.Of(SeedDemoOrganizations.BootcampId);
    public const string MoodleHome = "https://aula.demo.semillero.example";
    public const string OpenEdxHome = "https://campus.demo.semillero.example";
    private const string Completed = "http://adlnet.gov/expapi/verbs/completed";
    private const string Passed = "http://adlnet.gov/expapi/verbs/passed";
    private const string Viewed = "http://id.tincanapi.com/verb/viewed";

    private sealed record DemoCourse(string Code, string Provider, string NameEs, string NameEn, int Hours);

    private sealed record DemoPath(string Code, PathArea Area, PathLevel Level, string NameEs, string NameEn, string SummaryEs, string SummaryEn, string[] Skills, DemoCourse[] Courses);

    private static readonly DemoPath[] Paths =
    [
        new("nube-fundamentos", PathArea.Nube, PathLevel.Fundamentos, "Nube: fundamentos", "Cloud: fundamentals",
            "Qué es la nube, sus modelos de servicio y cómo se paga, con prácticas en una cuenta de pruebas.",
            "What the cloud is, its service models and how it is paid for, with hands-on practice in a sandbox account.",
            ["nube-computo", "nube-modelos-servicio", "nube-almacenamiento", "nube-redes", "nube-costos"],
            [new("NUBE-101", Moodle, "Introducción al cómputo en la nube", "Introduction to cloud computing", 12),
             new("NUBE-102", Moodle, "Almacenamiento y redes en la nube", "Cloud storage and networking", 16)]),
        new("nube-arquitectura", PathArea.Nube, PathLevel.Intermedio, "Nube: arquitectura de soluciones", "Cloud: solution architecture",
            "Diseño de sistemas confiables, seguros y eficientes en costo sobre servicios de nube.",
            "Designing reliable, secure and cost-efficient systems on cloud services.",
            ["nube-arquitectura", "nube-alta-disponibilidad", "nube-seguridad", "nube-identidad-acceso", "nube-contenedores", "nube-sin-servidor"],
            [new("NUBE-201", Moodle, "Arquitecturas bien diseñadas", "Well-architected systems", 20),
             new("NUBE-202", Moodle, "Seguridad e identidad en la nube", "Cloud security and identity", 18),
             new("NUBE-203", Moodle, "Contenedores y funciones sin servidor", "Containers and serverless functions", 18)]),
        new("ia-fundamentos", PathArea.IA, PathLevel.Fundamentos, "IA: fundamentos", "AI: fundamentals",
            "Conceptos de inteligencia artificial y aprendizaje automático para tomar decisiones en una empresa.",
            "Artificial intelligence and machine learning concepts for business decisions.",
            ["ia-conceptos", "ia-aprendizaje-automatico", "datos-analisis", "ia-casos-negocio"],
            [new("ia-fund-1", OpenEdx, "¿Qué es la inteligencia artificial?", "What is artificial intelligence?", 8),
             new("ia-fund-2", OpenEdx, "Datos para la IA", "Data for AI", 10)]),
        new("ia-generativa", PathArea.IA, PathLevel.Intermedio, "IA generativa aplicada", "Applied generative AI",
            "Modelos de lenguaje, ingeniería de instrucciones y uso responsable en procesos de una pyme.",
            "Language models, prompt engineering and responsible use in an SME's processes.",
            ["ia-generativa", "ia-modelos-lenguaje", "ia-ingenieria-instrucciones", "ia-responsable"],
            [new("ia-gen-1", OpenEdx, "Modelos de lenguaje en la práctica", "Language models in practice", 12),
             new("ia-gen-2", OpenEdx, "IA responsable", "Responsible AI", 6)]),
        new("innovacion-fundamentos", PathArea.Innovacion, PathLevel.Fundamentos, "Innovación: de la idea al mercado", "Innovation: from idea to market",
            "Validar un problema, prototipar y medir, con casos de emprendimientos mexicanos.",
            "Validating a problem, prototyping and measuring, with cases from Mexican startups.",
            ["innovacion-modelo-negocio", "innovacion-validacion", "innovacion-prototipos", "innovacion-experimentos"],
            [new("INNO-101", Moodle, "Diseño de modelos de negocio", "Business model design", 10),
             new("INNO-102", Moodle, "Prototipos y experimentos", "Prototypes and experiments", 10)]),
    ];

    public async Task<bool> IsCatalogEmptyAsync(CancellationToken ct) => !await db.LearningPaths.AnyAsync(ct);

    // Learners (demo registry, in id order) for whom statements are generated: every `stride`-th,
    // plus the demo learner account's person (the first), who finishes the first path.
    public async Task<int> RunAsync(int learners, int seed, CancellationToken ct)
    {
        if (!await IsCatalogEmptyAsync(ct))
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var courses = new Dictionary<string, Course>(StringComparer.Ordinal);
        foreach (var p in Paths)
        {
            var path = new LearningPath
            {
                Id = Guid.CreateVersion7(now), Code = p.Code, Area = p.Area, Level = p.Level, NameEs = p.NameEs, NameEn = p.NameEn,
                SummaryEs = p.SummaryEs, SummaryEn = p.SummaryEn,
                CriteriaEs = $"Completar los {p.Courses.Length} cursos de la ruta, cada uno con al menos 60 % en su evaluación final.",
                CriteriaEn = $"Complete the path's {p.Courses.Length} courses, each with at least 60% in its final assessment.",
                Published = true, CreatedAt = now, UpdatedAt = now,
            };
            path.Skills.AddRange(p.Skills.Select(s => new PathSkill { PathId = path.Id, SkillId = s }));
            for (var i = 0; i < p.Courses.Length; i++)
            {
                var c = p.Courses[i];
                var course = new Course { Id = Guid.CreateVersion7(now), Code = c.Code, Provider = c.Provider, NameEs = c.NameEs, NameEn = c.NameEn, Hours = c.Hours, Url = CourseActivity(c), CreatedAt = now };
                course.Activities.Add(new CourseActivity { ActivityId = CourseActivity(c), CourseId = course.Id });
                courses[c.Code] = course;
                db.Courses.Add(course);
                path.Courses.Add(new PathCourse { PathId = path.Id, CourseId = course.Id, Position = i + 1 });
            }

            db.LearningPaths.Add(path);
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        foreach (var course in courses.Values)
        {
            await rules.ForCourseAsync(course.Id, new CourseRuleDraft([Completed, Passed], 0.6m, AcceptsReports: true), "Regla de la demostración: completed o passed con al menos 60 %", "demo", ct);
        }

        foreach (var path in await db.LearningPaths.AsNoTracking().Select(p => p.Id).ToListAsync(ct))
        {
            await rules.ForPathAsync(path, new PathRuleDraft(null), "Regla de la demostración: todos los cursos de la ruta", "demo", ct);
        }

        book.Invalidate();
        var people = await db.Learners.AsNoTracking().Where(l => l.RegisteredBy == SeedDemoLearners.SeededBy && l.AnonymizedAt == null)
            .OrderBy(l => l.Id).Select(l => l.Curp).Take(learners).ToListAsync(ct);
        var random = new Random(seed);
        var statements = new Dictionary<string, List<string>>(StringComparer.Ordinal) { [Moodle] = [], [OpenEdx] = [] };
        for (var i = 0; i < people.Count; i++)
        {
            var path = i == 0 ? Paths[0] : Paths[random.Next(Paths.Length)];
            // The first person finishes; about a third of the others finish, the rest are on their way.
            var finishes = i == 0 || random.Next(3) == 0;
            var start = now.AddDays(-random.Next(20, 90));
            for (var k = 0; k < path.Courses.Length; k++)
            {
                var course = path.Courses[k];
                var at = start.AddDays(k * 7).AddHours(random.Next(8, 20));
                statements[course.Provider].Add(Statement(course, people[i], Viewed, at, null));
                if (finishes || k < path.Courses.Length - 1 || random.Next(2) == 0)
                {
                    var score = finishes ? 0.6 + (random.NextDouble() * 0.4) : random.NextDouble();
                    statements[course.Provider].Add(Statement(course, people[i], score >= 0.6 ? Passed : Completed, at.AddDays(3), score));
                }
            }
        }

        var stored = 0;
        foreach (var (provider, list) in statements)
        {
            var credential = new XapiCredential("demo", provider, Roles.Aliado);
            foreach (var chunk in list.Chunk(200))
            {
                using var batch = JsonDocument.Parse($"[{string.Join(',', chunk)}]");
                if (await store.RunAsync(batch.RootElement.Clone(), null, credential, XapiVersion.V1_0_3, null, ct) is StoreStatementsOutcome.Stored s)
                {
                    stored += s.Ids.Count;
                }
            }
        }

        return stored;
    }

    private static string CourseActivity(DemoCourse c) =>
        c.Provider == Moodle ? $"{MoodleHome}/course/view.php?id={c.Code}" : $"{OpenEdxHome}/courses/course-v1:SemilleroDemo+{c.Code}+2026";

    // Shaped as the two clients send them: Moodle's logstore_xapi names the person by the site
    // account (here the CURP, which the LRS resolves), Open edX by an anonymous id — for the demo the
    // CURP too, so every statement counts for someone.
    private static string Statement(DemoCourse course, string curp, string verb, DateTime at, double? score)
    {
        var moodle = course.Provider == Moodle;
        var body = new Dictionary<string, object?>
        {
            ["actor"] = new { objectType = "Agent", account = new { homePage = moodle ? MoodleHome : OpenEdxHome, name = curp } },
            ["verb"] = new { id = verb, display = new Dictionary<string, string> { ["en"] = verb[(verb.LastIndexOf('/') + 1)..] } },
            ["object"] = new
            {
                id = CourseActivity(course),
                objectType = "Activity",
                definition = new
                {
                    type = moodle ? "http://id.tincanapi.com/activitytype/lms/course" : "http://adlnet.gov/expapi/activities/course",
                    name = new Dictionary<string, string> { ["es-MX"] = course.NameEs, ["en"] = course.NameEn },
                },
            },
            ["result"] = score is { } s ? new { score = new { scaled = Math.Round(s, 2) }, success = s >= 0.6, completion = true } : null,
            ["timestamp"] = at.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["context"] = new { platform = moodle ? "Moodle" : "Open edX", language = "es-MX" },
        };
        return JsonSerializer.Serialize(body.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));
    }
}
