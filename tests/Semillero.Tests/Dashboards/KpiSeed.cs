using System.Security.Cryptography;
using Semillero.Badges;
using Semillero.Catalog;
using Semillero.Completions;
using Semillero.Data;
using Semillero.Hiring;
using Semillero.Identity;
using Semillero.Learners;
using Semillero.LearningRecords;
using Semillero.Tests.Hiring;

namespace Semillero.Tests.Dashboards;

// A small program with everything the KPIs count: two published paths over three courses from two
// providers (one course shared), people of many states, sexes, ages and segments registered over
// 18 months, statements (some about activities outside the catalog), course completions from a
// provider's report, egresados, and hires attributed to badges. Deterministic for a seed.
public sealed class KpiSeed
{
    public static readonly DateTime Today = new(2026, 6, 15, 18, 0, 0, DateTimeKind.Utc);

    public Guid PathNube { get; private set; }

    public Guid PathIa { get; private set; }

    public List<Guid> Learners { get; } = [];

    public Dictionary<string, Guid> Courses { get; } = [];

    private Guid _company;

    private readonly Random _random;

    private int _ruleVersion;

    private readonly HashSet<(Guid, Guid)> _done = [];

    public KpiSeed(int seed) => _random = new Random(seed);

    public static string ActivityOf(string course) => $"https://aprende.example/cursos/{course}";

    public async Task WriteAsync(SemilleroDb db, int people)
    {
        var now = Today;
        PathNube = Path(db, "nube-kpi", now);
        PathIa = Path(db, "ia-kpi", now);
        foreach (var (code, provider, paths) in new[] { ("nube-101", "aliado-a", new[] { PathNube }), ("ia-101", "aliado-b", new[] { PathIa }), ("datos-101", "aliado-b", new[] { PathNube, PathIa }) })
        {
            var course = new Course { Id = Guid.NewGuid(), Code = code, Provider = provider, NameEs = code, NameEn = code, CreatedAt = now };
            db.Courses.Add(course);
            db.CourseActivities.Add(new CourseActivity { ActivityId = ActivityOf(code), CourseId = course.Id });
            foreach (var (path, i) in paths.Select((p, i) => (p, i)))
            {
                db.PathCourses.Add(new PathCourse { PathId = path, CourseId = course.Id, Position = i });
            }

            Courses[code] = course.Id;
        }

        var company = await HiringData.CompanyAsync(db);
        _company = company.Id;
        await db.SaveChangesAsync();

        string[] states = ["09", "14", "19", "20", "07", "12"];
        for (var i = 0; i < people; i++)
        {
            var id = Guid.NewGuid();
            var registered = now.AddDays(-_random.Next(0, 540)).AddHours(-_random.Next(0, 24));
            db.Learners.Add(new Learner
            {
                Id = id,
                Curp = id.ToString("N")[..18].ToUpperInvariant(),
                GivenNames = "Persona",
                FirstSurname = "Prueba",
                Email = $"kpi-{id:N}@example.com",
                StateCode = states[_random.Next(states.Length)],
                Segment = (Segment)_random.Next(0, 8),
                Sex = (Sex)_random.Next(0, 3),
                BirthDate = new DateOnly(1960 + _random.Next(0, 50), 1 + _random.Next(0, 12), 1 + _random.Next(0, 28)),
                CreatedAt = registered,
                UpdatedAt = registered,
            });
            Learners.Add(id);
        }

        await db.SaveChangesAsync();
        foreach (var learner in Learners)
        {
            await LearnAsync(db, learner, _random.Next(0, 6));
        }
    }

    // `count` statements at random times in the last 400 days, plus what they lead to.
    public async Task LearnAsync(SemilleroDb db, Guid learner, int count, DateTime? at = null)
    {
        string[] codes = ["nube-101", "ia-101", "datos-101", "fuera-del-catalogo"];
        string[] partners = ["aliado-a", "aliado-b", "aliado-c"];
        for (var k = 0; k < count; k++)
        {
            var code = codes[_random.Next(codes.Length)];
            var when = at ?? Today.AddDays(-_random.Next(0, 400)).AddMinutes(-_random.Next(0, 1440));
            db.Statements.Add(Statement(learner, when, partners[_random.Next(partners.Length)], ActivityOf(code)));
        }

        var roll = _random.Next(0, 10);
        var reported = _random.Next(0, 2) == 0 ? "ia-101" : "datos-101";
        if (roll < 3 && _done.Add((learner, Courses[reported])))
        {
            // A provider's completion report for a course.
            var rule = new CompletionRule { Id = Guid.NewGuid(), CourseId = Courses[reported], Version = ++_ruleVersion, Reason = "Regla", CreatedBy = "prueba", CreatedAt = Today };
            db.CompletionRules.Add(rule);
            db.CourseCompletions.Add(new CourseCompletion
            {
                Id = Guid.NewGuid(), LearnerId = learner, CourseId = Courses[reported], RuleId = rule.Id, Evidence = EvidenceKind.Report,
                CompletedAt = Today.AddDays(-_random.Next(0, 300)), RecordedAt = Today, PathsEvaluatedAt = Today,
            });
        }

        if (roll < 4)
        {
            var path = _random.Next(0, 2) == 0 ? PathNube : PathIa;
            var completedAt = Today.AddDays(-_random.Next(10, 350));
            var award = Graduate(db, learner, path, completedAt);
            if (roll < 2 && award is not null)
            {
                Hire(db, learner, DateOnly.FromDateTime(completedAt.AddDays(_random.Next(5, 60))), award);
            }
        }

        await db.SaveChangesAsync();
    }

    public BadgeAward? Graduate(SemilleroDb db, Guid learner, Guid path, DateTime completedAt)
    {
        if (!_done.Add((learner, path)))
        {
            return null;
        }

        var rule = new CompletionRule { Id = Guid.NewGuid(), PathId = path, Version = ++_ruleVersion, Reason = "Regla", CreatedBy = "prueba", CreatedAt = Today };
        var completion = new PathCompletion { Id = Guid.NewGuid(), LearnerId = learner, PathId = path, RuleId = rule.Id, CompletedAt = completedAt, RecordedAt = Today };
        var award = new BadgeAward
        {
            Id = Guid.NewGuid(), LearnerId = learner, PathId = path, PathCompletionId = completion.Id, IssuedAt = completedAt,
            Credential = "prueba", KeyId = "llave-prueba", StatusIndex = RandomNumberGenerator.GetInt32(0, 1 << 20),
        };
        db.CompletionRules.Add(rule);
        db.PathCompletions.Add(completion);
        db.BadgeAwards.Add(award);
        return award;
    }

    public void Hire(SemilleroDb db, Guid learner, DateOnly startsOn, BadgeAward? award)
    {
        var placement = new Placement
        {
            Id = Guid.NewGuid(), LearnerId = learner, CompanyId = _company, StartsOn = startsOn, SalaryBand = SalaryBand.De10kA20k,
            ContractType = ContractType.Indeterminado, StateCode = "19", RecordedAt = Today, RecordedBy = "prueba",
        };
        db.Placements.Add(placement);
        if (award is not null)
        {
            db.PlacementBadges.Add(new PlacementBadge { PlacementId = placement.Id, BadgeAwardId = award.Id, PathId = award.PathId });
        }
    }

    public static StoredStatement Statement(Guid? learner, DateTime at, string partner, string activity)
    {
        var id = Guid.NewGuid();
        return new StoredStatement
        {
            Id = id, StoredAt = Today, Timestamp = at, VerbId = "http://adlnet.gov/expapi/verbs/experienced",
            ActorKey = $"mbox:mailto:{id:N}@example.com", MemberAgents = "", RelatedAgents = "", RelatedActivities = "",
            ActivityId = activity, Partner = partner, LearnerId = learner, ContentHash = Convert.ToHexStringLower(SHA256.HashData(id.ToByteArray())), Json = "{}",
        };
    }

    private static Guid Path(SemilleroDb db, string code, DateTime now)
    {
        var path = new LearningPath
        {
            Id = Guid.NewGuid(), Code = code, Area = PathArea.Nube, Level = PathLevel.Fundamentos,
            NameEs = $"Ruta {code}", NameEn = $"Path {code}", SummaryEs = "Conceptos.", SummaryEn = "Concepts.",
            CriteriaEs = "Terminar.", CriteriaEn = "Complete.", Published = true, CreatedAt = now, UpdatedAt = now,
        };
        db.LearningPaths.Add(path);
        return path.Id;
    }
}
