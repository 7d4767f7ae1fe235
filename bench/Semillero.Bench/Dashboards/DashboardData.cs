using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Semillero.Access;
using Semillero.Catalog;
using Semillero.Cohorts;
using Semillero.Companies;
using Semillero.Data;
using Semillero.Geography;
using Semillero.Hiring;
using Semillero.Learners;
using Semillero.Organizations;

namespace Semillero.Bench.Dashboards;

// The catalog the synthetic records point at: providers (verified organisations, named in the
// records by their partner keys as the registry names them), courses with their activity IRIs,
// published paths of 2–4 courses that mix providers; and, when the seed has cohorts, the teaching
// organisations' partner keys and the cohorts' ids.
internal sealed record BenchCatalog(
    IReadOnlyList<string> Providers,
    IReadOnlyList<BenchCourse> Courses,
    IReadOnlyList<BenchPath> Paths)
{
    public IReadOnlyList<string> Organizations { get; init; } = [];

    public IReadOnlyList<Guid> Cohorts { get; init; } = [];
}

internal sealed record BenchCourse(Guid Id, int Provider, string[] Activities);

internal sealed record BenchPath(Guid Id, string Code, int[] Courses);

internal sealed record SeedResult(
    BenchCatalog Catalog, int Learners, long Statements, int PathCompletions, int Placements, int PlacementBadges,
    TimeSpan LearnersTime, TimeSpan StatementsTime, TimeSpan IndexTime, TimeSpan Total, int Cohorts = 0, int Enrolments = 0);

// A platform's worth of raw records, written the fast way: learners, statements and path
// completions with binary COPY (xapi_statements' secondary indexes dropped during the load and
// rebuilt after it, so the tables end exactly as the migrations define them); the small catalog,
// rules, a company, placements and their badges through EF. Deterministic per seed: the learners
// (and who graduates or is hired) are the same whatever the number of statements.
internal static class DashboardData
{
    private static readonly string[] ProviderNames = ["Aula Nube MX", "Academia de Datos", "Innovación Abierta", "Campus Digital"];
    private static readonly string[] ProviderHosts = ["aulanube.example.mx", "datos.example.mx", "innovacion.example.mx", "campus.example.mx"];
    private static readonly double[] ProviderWeights = [0.40, 0.30, 0.20, 0.10];

    // Courses by index (provider = index % 4); paths over them.
    private const int CourseCount = 11;
    private static readonly int[][] PathCourses = [[0, 1, 3], [1, 2, 6], [3, 4, 9], [4, 5, 7, 10], [6, 8, 9]];
    private static readonly string[] PathCodes = ["nube-fundamentos", "nube-intermedio", "ia-fundamentos", "ia-aplicada", "innovacion-digital"];
    private static readonly double[] PathWeights = [0.32, 0.18, 0.25, 0.10, 0.15];

    private static readonly string[] Verbs =
    [
        "http://adlnet.gov/expapi/verbs/experienced", "http://adlnet.gov/expapi/verbs/attempted",
        "http://adlnet.gov/expapi/verbs/completed", "http://adlnet.gov/expapi/verbs/passed",
    ];

    // Age at registration: mostly young adults.
    private static readonly (int Min, int Max, double Weight)[] Ages = [(15, 17, 0.08), (18, 24, 0.40), (25, 34, 0.28), (35, 44, 0.14), (45, 59, 0.08), (60, 70, 0.02)];

    private static readonly (Segment Segment, double Weight)[] Segments =
    [
        (Segment.Estudiante, 0.40), (Segment.Empleado, 0.20), (Segment.SinEmpleo, 0.15), (Segment.Emprendedor, 0.08),
        (Segment.Pyme, 0.05), (Segment.Academia, 0.05), (Segment.Otro, 0.06), (Segment.Inversionista, 0.01),
    ];

    private static readonly SalaryBand[] Salaries = [SalaryBand.Hasta10k, SalaryBand.De10kA20k, SalaryBand.De10kA20k, SalaryBand.De20kA35k, SalaryBand.De35kA50k];

    private const double ActiveShare = 0.85;
    private const double GraduateShare = 0.20;
    private const int OffCatalogPerProvider = 60;

    public static readonly DateTime ProgramStartUtc = new(2025, 1, 1, 6, 0, 0, DateTimeKind.Utc);

    // What the generator keeps per learner to draw their statements, completions and hires.
    private sealed class People(int n)
    {
        public readonly Guid[] Id = new Guid[n];
        public readonly long[] Created = new long[n];
        public readonly byte[] Home = new byte[n];
        public readonly byte[] MainPath = new byte[n];
        public readonly byte[] State = new byte[n];
        public readonly bool[] Active = new bool[n];
        public readonly bool[] Graduate = new bool[n];
        public readonly long[] SpanStart = new long[n];
        public readonly long[] SpanEnd = new long[n];
    }

    private struct Row
    {
        public int Learner;
        public short Activity;
        public byte Verb;
    }

    // Organisations that teach cohorts, by kind: universities most, then chambers, accelerators
    // and government offices.
    private static readonly (OrganizationKind Kind, string Name, int Count)[] TeachingOrganizations =
    [
        (OrganizationKind.Academia, "Universidad", 30), (OrganizationKind.Camara, "Cámara", 15),
        (OrganizationKind.Aceleradora, "Aceleradora", 10), (OrganizationKind.Gobierno, "Gobierno estatal", 5),
    ];

    // Cohorts per path and month: each from an organisation drawn at random.
    private const int CohortsPerPathAndMonth = 5;

    public static async Task<SeedResult> SeedAsync(DatabaseOptions database, int learnerCount, long statementCount, int seed, DateTime now, double cohortShare = 0)
    {
        var total = Stopwatch.StartNew();
        var catalog = await CatalogAsync(database, now);
        var (ruleByPath, companyId) = await RulesAndCompanyAsync(database, catalog, now);

        var watch = Stopwatch.StartNew();
        var people = GeneratePeople(learnerCount, seed, now);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await CopyLearnersAsync(connection, people, catalog, seed);
        var learnersTime = watch.Elapsed;

        watch.Restart();
        var indexes = await DropSecondaryIndexesAsync(connection, "xapi_statements");
        var written = await CopyStatementsAsync(connection, people, catalog, statementCount, seed, now);
        var statementsTime = watch.Elapsed;
        watch.Restart();
        foreach (var definition in indexes)
        {
            await ExecuteAsync(connection, definition);
        }

        var indexTime = watch.Elapsed;
        var completions = await CopyPathCompletionsAsync(connection, people, catalog, ruleByPath, seed, now);
        var (placements, badges) = await PlacementsAsync(database, people, completions, companyId, seed, now);
        var enrolments = 0;
        if (cohortShare > 0)
        {
            (catalog, enrolments) = await CohortsAsync(database, connection, people, catalog, cohortShare, seed, now);
        }

        await ExecuteAsync(connection, "ANALYZE");
        return new SeedResult(catalog, learnerCount, written, completions.Count, placements, badges, learnersTime, statementsTime, indexTime, total.Elapsed,
            catalog.Cohorts.Count, enrolments);
    }

    private static async Task<BenchCatalog> CatalogAsync(DatabaseOptions database, DateTime now)
    {
        await using var db = DataModule.CreateDb(database);
        var providers = new List<string>();
        foreach (var name in ProviderNames)
        {
            var organization = BenchOrganization(OrganizationKind.Proveedor, name, now);
            db.Organizations.Add(organization);
            providers.Add(PartnerKey.Of(organization.Id));
        }

        var courses = new List<BenchCourse>();
        for (var k = 0; k < CourseCount; k++)
        {
            var provider = k % ProviderNames.Length;
            var activities = Enumerable.Range(1, 4 + (k % 3))
                .Select(a => $"https://{ProviderHosts[provider]}/curso/C{k:D2}/actividad/{a}").ToArray();
            var course = new Course
            {
                Id = Guid.CreateVersion7(now), Code = $"C{k:D2}", Provider = providers[provider],
                NameEs = $"Curso {k}", NameEn = $"Course {k}", Hours = 20, CreatedAt = now,
            };
            course.Activities.AddRange(activities.Select(a => new CourseActivity { ActivityId = a, CourseId = course.Id }));
            db.Courses.Add(course);
            courses.Add(new BenchCourse(course.Id, provider, activities));
        }

        var paths = new List<BenchPath>();
        for (var p = 0; p < PathCourses.Length; p++)
        {
            var path = new LearningPath
            {
                Id = Guid.CreateVersion7(now), Code = PathCodes[p], Area = (PathArea)(1 + (p % 3)), Level = PathLevel.Fundamentos,
                NameEs = $"Ruta {p}", NameEn = $"Path {p}", SummaryEs = "-", SummaryEn = "-", CriteriaEs = "-", CriteriaEn = "-",
                Published = true, CreatedAt = now, UpdatedAt = now,
            };
            for (var i = 0; i < PathCourses[p].Length; i++)
            {
                path.Courses.Add(new PathCourse { PathId = path.Id, CourseId = courses[PathCourses[p][i]].Id, Position = i });
            }

            db.LearningPaths.Add(path);
            paths.Add(new BenchPath(path.Id, path.Code, PathCourses[p]));
        }

        await db.SaveChangesAsync();
        return new BenchCatalog(providers, courses, paths);
    }

    private static Organization BenchOrganization(OrganizationKind kind, string name, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(now), Kind = kind, Name = name, LegalName = name + " (benchmark)", StateCode = "09",
        CreatedAt = now, UpdatedAt = now, CreatedBy = "bench", VerifiedAt = now, VerifiedBy = "bench",
    };

    private static async Task<(Dictionary<Guid, Guid> RuleByPath, Guid Company)> RulesAndCompanyAsync(DatabaseOptions database, BenchCatalog catalog, DateTime now)
    {
        await using var db = DataModule.CreateDb(database);
        var rules = new Dictionary<Guid, Guid>();
        foreach (var path in catalog.Paths)
        {
            var rule = new CompletionRule { Id = Guid.CreateVersion7(now), PathId = path.Id, Version = 1, Reason = "benchmark", CreatedBy = "bench", CreatedAt = now };
            db.CompletionRules.Add(rule);
            rules[path.Id] = rule.Id;
        }

        var company = new Company
        {
            Id = Guid.CreateVersion7(now), Rfc = "BEN260101AB1", RfcCheckDigitMatches = true, LegalName = "Empresa de Prueba SA de CV",
            TradeName = "Empresa de Prueba", SectorCode = "54", StateCode = "09", Workers = 120, AnnualSalesMdp = 90,
            SizeBand = SizeBand.Mediana, Kind = CompanyKind.Pyme, CreatedAt = now, UpdatedAt = now, CreatedBy = "bench", VerifiedAt = now, VerifiedBy = "bench",
        };
        db.Companies.Add(company);
        await db.SaveChangesAsync();
        return (rules, company.Id);
    }

    // Registrations grow over time (density rising linearly from the program's start to today), so
    // recent months hold more people and more activity.
    private static People GeneratePeople(int n, int seed, DateTime now)
    {
        var random = new Random(seed);
        var people = new People(n);
        var states = Entidades.All.ToArray();
        var stateCumulative = Cumulative(states.Select(s => (double)s.Poblacion2020));
        var homeCumulative = Cumulative(ProviderWeights);
        var pathCumulative = Cumulative(PathWeights);
        var span = (now - ProgramStartUtc).Ticks;
        var idBytes = new byte[16];
        for (var i = 0; i < n; i++)
        {
            random.NextBytes(idBytes);
            people.Id[i] = new Guid(idBytes);
            var created = ProgramStartUtc.Ticks + (long)(Math.Sqrt(random.NextDouble()) * span);
            people.Created[i] = created;
            people.Home[i] = (byte)Pick(homeCumulative, random);
            people.MainPath[i] = (byte)Pick(pathCumulative, random);
            people.State[i] = (byte)Pick(stateCumulative, random);
            people.Active[i] = random.NextDouble() < ActiveShare;
            people.Graduate[i] = people.Active[i] && random.NextDouble() < GraduateShare / ActiveShare;

            // Learning starts within days of registering and lasts weeks to months.
            var start = created + TimeSpan.FromDays(-Math.Log(1 - random.NextDouble()) * 7).Ticks;
            var end = start + TimeSpan.FromDays(5 - (Math.Log(1 - random.NextDouble()) * 150)).Ticks;
            if (start >= now.Ticks)
            {
                start = created;
            }

            people.SpanStart[i] = start;
            people.SpanEnd[i] = Math.Min(end, now.Ticks);
        }

        return people;
    }

    private static async Task CopyLearnersAsync(NpgsqlConnection connection, People people, BenchCatalog catalog, int seed)
    {
        var random = new Random(seed + 1);
        var states = Entidades.All.ToArray();
        var ageCumulative = Cumulative(Ages.Select(a => a.Weight));
        var segmentCumulative = Cumulative(Segments.Select(s => s.Weight));
        await using var w = await connection.BeginBinaryImportAsync(
            "COPY learners (id, curp, given_names, first_surname, birth_date, sex, state_code, segment, registered_by, created_at, updated_at) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < people.Id.Length; i++)
        {
            var created = new DateTime(people.Created[i], DateTimeKind.Utc);
            var band = Ages[Pick(ageCumulative, random)];
            var birth = DateOnly.FromDateTime(created).AddYears(-random.Next(band.Min, band.Max + 1)).AddDays(-random.Next(365));
            var sexDraw = random.Next(1000);
            w.StartRow();
            w.Write(people.Id[i], NpgsqlDbType.Uuid);
            w.Write("BNCH" + i.ToString("D14", CultureInfo.InvariantCulture), NpgsqlDbType.Varchar);
            w.Write("Persona", NpgsqlDbType.Varchar);
            w.Write("Sintética", NpgsqlDbType.Varchar);
            w.Write(birth, NpgsqlDbType.Date);
            w.Write(sexDraw < 495 ? "H" : sexDraw < 990 ? "M" : "X", NpgsqlDbType.Varchar);
            w.Write(states[people.State[i]].Clave, NpgsqlDbType.Varchar);
            w.Write(SegmentNames.ToWire(Segments[Pick(segmentCumulative, random)].Segment), NpgsqlDbType.Varchar);
            w.Write(catalog.Providers[people.Home[i]], NpgsqlDbType.Varchar);
            w.Write(created, NpgsqlDbType.TimestampTz);
            w.Write(created, NpgsqlDbType.TimestampTz);
        }

        await w.CompleteAsync();
    }

    // Each active learner gets a share of the statements (exponential weights: a few very active
    // people, many occasional ones), spread over their learning span. Most are on their main path's
    // courses in order, some on another catalog course, some on activities outside the catalog
    // (forums, pages). The partner is the course's provider, or the learner's own for the rest.
    // Written in timestamp order, as an LRS receives them.
    private static async Task<long> CopyStatementsAsync(NpgsqlConnection connection, People people, BenchCatalog catalog, long count, int seed, DateTime now)
    {
        var random = new Random(seed + 2);
        var n = people.Id.Length;
        var weights = new double[n];
        double sum = 0;
        for (var i = 0; i < n; i++)
        {
            weights[i] = people.Active[i] ? -Math.Log(1 - random.NextDouble()) : 0;
            sum += weights[i];
        }

        // Activities: every catalog activity (with its course's provider), then each provider's
        // off-catalog ones.
        var activityIri = new List<string>();
        var activityPartner = new List<byte>();
        var courseActivities = new List<short[]>();
        foreach (var course in catalog.Courses)
        {
            var ids = new List<short>();
            foreach (var a in course.Activities)
            {
                ids.Add((short)activityIri.Count);
                activityIri.Add(a);
                activityPartner.Add((byte)course.Provider);
            }

            courseActivities.Add([.. ids]);
        }

        var offCatalog = new short[ProviderNames.Length][];
        for (var v = 0; v < ProviderNames.Length; v++)
        {
            offCatalog[v] = new short[OffCatalogPerProvider];
            for (var a = 0; a < OffCatalogPerProvider; a++)
            {
                offCatalog[v][a] = (short)activityIri.Count;
                activityIri.Add($"https://{ProviderHosts[v]}/mod/forum/view.php?id={1000 + a}");
                activityPartner.Add((byte)v);
            }
        }

        var ticks = new long[count];
        var rows = new Row[count];
        long at = 0;
        double running = 0;
        for (var i = 0; i < n && at < count; i++)
        {
            running += weights[i];
            var upto = i == n - 1 ? count : Math.Min(count, (long)Math.Round(running / sum * count));
            var (start, end) = (people.SpanStart[i], people.SpanEnd[i]);
            var path = catalog.Paths[people.MainPath[i]].Courses;
            for (; at < upto; at++)
            {
                var f = random.NextDouble();
                ticks[at] = start + (long)(f * (end - start));
                var draw = random.NextDouble();
                var activity = draw < 0.75 ? Any(courseActivities[path[Math.Min(path.Length - 1, (int)(f * path.Length))]], random)
                    : draw < 0.85 ? Any(courseActivities[random.Next(courseActivities.Count)], random)
                    : Any(offCatalog[people.Home[i]], random);
                rows[at] = new Row { Learner = i, Activity = activity, Verb = (byte)random.Next(Verbs.Length) };
            }
        }

        Array.Sort(ticks, rows);
        var actors = people.Id.Select((_, i) => $"mbox:mailto:persona{i}@correo.example.mx").ToArray();
        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY xapi_statements (id, stored_at, timestamp, verb_id, actor_key, member_agents, related_agents, related_activities, activity_id, voided, partner, learner_id, content_hash, json) FROM STDIN (FORMAT BINARY)"))
        {
            for (long r = 0; r < count; r++)
            {
                var row = rows[r];
                var timestamp = new DateTime(ticks[r], DateTimeKind.Utc);
                var stored = new DateTime(Math.Min(now.Ticks, ticks[r] + TimeSpan.FromSeconds(1 + (r % 90)).Ticks), DateTimeKind.Utc);
                var id = Guid.CreateVersion7(stored);
                var hash = id.ToString("N");
                w.StartRow();
                w.Write(id, NpgsqlDbType.Uuid);
                w.Write(stored, NpgsqlDbType.TimestampTz);
                w.Write(timestamp, NpgsqlDbType.TimestampTz);
                w.Write(Verbs[row.Verb], NpgsqlDbType.Varchar);
                w.Write(actors[row.Learner], NpgsqlDbType.Varchar);
                w.Write("", NpgsqlDbType.Text);
                w.Write("", NpgsqlDbType.Text);
                w.Write("", NpgsqlDbType.Text);
                w.Write(activityIri[row.Activity], NpgsqlDbType.Varchar);
                w.Write(false, NpgsqlDbType.Boolean);
                w.Write(catalog.Providers[activityPartner[row.Activity]], NpgsqlDbType.Varchar);
                w.Write(people.Id[row.Learner], NpgsqlDbType.Uuid);
                w.Write(hash + hash, NpgsqlDbType.Varchar);
                w.Write("{}", NpgsqlDbType.Text);
                if (r % 1_000_000 == 999_999)
                {
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … {r + 1:N0} statements written"));
                }
            }

            await w.CompleteAsync();
        }

        return count;
    }

    private static short Any(short[] activities, Random random) => activities[random.Next(activities.Length)];

    // About a fifth of the learners are egresados of their main path, at the end of their learning
    // span; a tenth of those also of a second path later.
    private static async Task<List<(Guid Id, int Learner, Guid Path, DateTime At, Guid Award)>> CopyPathCompletionsAsync(
        NpgsqlConnection connection, People people, BenchCatalog catalog, Dictionary<Guid, Guid> ruleByPath, int seed, DateTime now)
    {
        var random = new Random(seed + 3);
        var completions = new List<(Guid Id, int Learner, Guid Path, DateTime At, Guid Award)>();
        for (var i = 0; i < people.Id.Length; i++)
        {
            if (!people.Graduate[i])
            {
                continue;
            }

            var first = new DateTime(Math.Min(now.Ticks, people.SpanEnd[i] + TimeSpan.FromHours(random.NextDouble() * 72).Ticks), DateTimeKind.Utc);
            completions.Add((Guid.CreateVersion7(first), i, catalog.Paths[people.MainPath[i]].Id, first, Guid.CreateVersion7(first)));
            if (random.NextDouble() < 0.10)
            {
                var other = (people.MainPath[i] + 1 + random.Next(catalog.Paths.Count - 1)) % catalog.Paths.Count;
                var second = new DateTime(Math.Min(now.Ticks, first.Ticks + TimeSpan.FromDays(1 + (random.NextDouble() * 60)).Ticks), DateTimeKind.Utc);
                completions.Add((Guid.CreateVersion7(second), i, catalog.Paths[other].Id, second, Guid.CreateVersion7(second)));
            }
        }

        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY path_completions (id, learner_id, path_id, rule_id, completed_at, recorded_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var c in completions)
            {
                w.StartRow();
                w.Write(c.Id, NpgsqlDbType.Uuid);
                w.Write(people.Id[c.Learner], NpgsqlDbType.Uuid);
                w.Write(c.Path, NpgsqlDbType.Uuid);
                w.Write(ruleByPath[c.Path], NpgsqlDbType.Uuid);
                w.Write(c.At, NpgsqlDbType.TimestampTz);
                w.Write(c.At, NpgsqlDbType.TimestampTz);
            }

            await w.CompleteAsync();
        }

        // Each with its badge, as in production, where the web app issues it seconds after the
        // completion is recorded. Without these the web app measured over HTTP would spend the
        // whole measurement issuing ~110,000 badges in the background on the same two cores. The
        // credential is a placeholder: dashboards never read it.
        await using var b = await connection.BeginBinaryImportAsync(
            "COPY badge_awards (id, learner_id, path_id, path_completion_id, issued_at, credential, key_id, status_index) FROM STDIN (FORMAT BINARY)");
        for (var k = 0; k < completions.Count; k++)
        {
            var c = completions[k];
            b.StartRow();
            b.Write(c.Award, NpgsqlDbType.Uuid);
            b.Write(people.Id[c.Learner], NpgsqlDbType.Uuid);
            b.Write(c.Path, NpgsqlDbType.Uuid);
            b.Write(c.Id, NpgsqlDbType.Uuid);
            b.Write(c.At, NpgsqlDbType.TimestampTz);
            b.Write("bench", NpgsqlDbType.Varchar);
            b.Write("bench", NpgsqlDbType.Varchar);
            b.Write(k, NpgsqlDbType.Integer);
        }

        await b.CompleteAsync();
        return completions;
    }

    // A few thousand hires: 4% of egresados (weeks after graduating, attributed to the badge of the
    // path they completed) and 0.4% of the other active learners.
    private static async Task<(int Placements, int Badges)> PlacementsAsync(
        DatabaseOptions database, People people, List<(Guid Id, int Learner, Guid Path, DateTime At, Guid Award)> completions, Guid companyId, int seed, DateTime now)
    {
        var random = new Random(seed + 4);
        var states = Entidades.All.ToArray();
        var today = DateOnly.FromDateTime(now);
        var firstCompletion = completions.GroupBy(c => c.Learner).ToDictionary(g => g.Key, g => g.MinBy(c => c.At));
        var placements = 0;
        var badges = 0;
        await using var db = DataModule.CreateDb(database);
        for (var i = 0; i < people.Id.Length; i++)
        {
            DateOnly startsOn;
            (Guid Id, int Learner, Guid Path, DateTime At, Guid Award)? completion = null;
            if (firstCompletion.TryGetValue(i, out var c))
            {
                if (random.NextDouble() >= 0.04)
                {
                    continue;
                }

                startsOn = DateOnly.FromDateTime(c.At).AddDays(7 + random.Next(150));
                completion = c;
            }
            else if (people.Active[i] && random.NextDouble() < 0.004)
            {
                var created = new DateTime(people.Created[i], DateTimeKind.Utc);
                startsOn = DateOnly.FromDateTime(created.AddTicks((long)(random.NextDouble() * (now - created).Ticks)));
            }
            else
            {
                continue;
            }

            if (startsOn > today)
            {
                continue;
            }

            var placement = new Placement
            {
                Id = Guid.NewGuid(), LearnerId = people.Id[i], CompanyId = companyId, StartsOn = startsOn,
                SalaryBand = Salaries[random.Next(Salaries.Length)], ContractType = random.Next(4) == 0 ? ContractType.Prueba : ContractType.Indeterminado,
                StateCode = states[people.State[i]].Clave, RecordedAt = startsOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), RecordedBy = "bench",
            };
            db.Placements.Add(placement);
            placements++;
            if (completion is { } done)
            {
                db.PlacementBadges.Add(new PlacementBadge { PlacementId = placement.Id, BadgeAwardId = done.Award, PathId = done.Path });
                badges++;
            }

            if (placements % 1_000 == 0)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        return (placements, badges);
    }

    // Sixty teaching organisations, five cohorts per path and month since the program's start (each
    // 8–16 weeks on one path), and a share of the learners enrolled in one cohort of their main
    // path that starts around when they began learning: most seated, 5% withdrawn after some weeks,
    // 5% still waiting. Enrolments by binary COPY; each cohort's seat count then set from them.
    private static async Task<(BenchCatalog Catalog, int Enrolments)> CohortsAsync(
        DatabaseOptions database, NpgsqlConnection connection, People people, BenchCatalog catalog, double share, int seed, DateTime now)
    {
        var random = new Random(seed + 5);
        var organizations = new List<Organization>();
        var cohorts = new Dictionary<(int Path, int Month), List<(Guid Id, DateOnly StartsOn)>>();
        var firstMonth = new DateOnly(ProgramStartUtc.Year, ProgramStartUtc.Month, 1);
        var today = DateOnly.FromDateTime(now);
        var months = ((today.Year - firstMonth.Year) * 12) + today.Month - firstMonth.Month + 1;
        await using (var db = DataModule.CreateDb(database))
        {
            foreach (var (kind, name, count) in TeachingOrganizations)
            {
                for (var k = 1; k <= count; k++)
                {
                    var organization = BenchOrganization(kind, $"{name} {k:D2}", now);
                    organizations.Add(organization);
                    db.Organizations.Add(organization);
                }
            }

            for (var m = 0; m < months; m++)
            {
                for (var p = 0; p < catalog.Paths.Count; p++)
                {
                    var list = cohorts[(p, m)] = [];
                    for (var k = 0; k < CohortsPerPathAndMonth; k++)
                    {
                        var starts = firstMonth.AddMonths(m).AddDays(random.Next(28));
                        var cohort = new Cohort
                        {
                            Id = Guid.CreateVersion7(now), OrganizationId = organizations[random.Next(organizations.Count)].Id,
                            Name = $"{catalog.Paths[p].Code} {starts:yyyy-MM} {k + 1}", Modality = CohortModality.EnLinea,
                            StartsOn = starts, EndsOn = starts.AddDays(56 + random.Next(57)), EnrolmentOpensOn = starts.AddDays(-30), EnrolmentClosesOn = starts.AddDays(7),
                            Capacity = 1, EnrolmentMode = CohortEnrolmentMode.Abierta, Status = CohortStatus.Aprobada,
                            CreatedAt = now, UpdatedAt = now, CreatedBy = "bench", ReviewedAt = now, ReviewedBy = "bench",
                        };
                        cohort.Paths.Add(new CohortPath { CohortId = cohort.Id, PathId = catalog.Paths[p].Id });
                        db.Cohorts.Add(cohort);
                        list.Add((cohort.Id, starts));
                    }
                }
            }

            await db.SaveChangesAsync();
        }

        var enrolments = 0;
        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY cohort_enrolments (registration, cohort_id, learner_id, status, created_at, seated_at, withdrawn_at, created_by, withdrawn_by) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < people.Id.Length; i++)
            {
                if (random.NextDouble() >= share)
                {
                    continue;
                }

                // A cohort of the main path starting in the month the person began learning.
                var began = DateOnly.FromDateTime(new DateTime(people.SpanStart[i], DateTimeKind.Utc));
                var month = Math.Clamp(((began.Year - firstMonth.Year) * 12) + began.Month - firstMonth.Month, 0, months - 1);
                var (cohortId, startsOn) = cohorts[(people.MainPath[i], month)][random.Next(CohortsPerPathAndMonth)];
                var created = new DateTime(people.Created[i], DateTimeKind.Utc);
                var enrolled = startsOn.ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc).AddDays(-random.Next(1, 21));
                enrolled = enrolled < created ? created : enrolled > now ? now : enrolled;
                var draw = random.NextDouble();
                var left = enrolled.AddDays(10 + random.Next(30));
                var (status, seated, withdrawn) = draw < 0.05
                    ? (EnrolmentStatus.EnEspera, (DateTime?)null, (DateTime?)null)
                    : draw < 0.10
                        ? (EnrolmentStatus.Baja, enrolled, left < now ? left : now)
                        : (EnrolmentStatus.Inscrita, enrolled, null);
                w.StartRow();
                w.Write(Guid.CreateVersion7(enrolled), NpgsqlDbType.Uuid);
                w.Write(cohortId, NpgsqlDbType.Uuid);
                w.Write(people.Id[i], NpgsqlDbType.Uuid);
                w.Write(status.ToString(), NpgsqlDbType.Varchar);
                w.Write(enrolled, NpgsqlDbType.TimestampTz);
                w.Write(seated, NpgsqlDbType.TimestampTz);
                w.Write(withdrawn, NpgsqlDbType.TimestampTz);
                w.Write("bench", NpgsqlDbType.Varchar);
                w.Write(withdrawn is null ? null : "bench", NpgsqlDbType.Varchar);
                enrolments++;
            }

            await w.CompleteAsync();
        }

        // Every seated person holds a seat; capacity is what they took, so the waiting ones wait.
        await ExecuteAsync(connection, "UPDATE cohorts c SET enrolled = s.n, capacity = GREATEST(s.n, 1) FROM (SELECT cohort_id, count(*) FILTER (WHERE status = 'Inscrita') AS n FROM cohort_enrolments GROUP BY cohort_id) s WHERE s.cohort_id = c.id");
        return (catalog with
        {
            Organizations = organizations.Select(o => PartnerKey.Of(o.Id)).ToList(),
            Cohorts = cohorts.Values.SelectMany(l => l.Select(c => c.Id)).ToList(),
        }, enrolments);
    }

    // The table's indexes other than its primary key, as CREATE INDEX statements, dropped.
    private static async Task<List<string>> DropSecondaryIndexesAsync(NpgsqlConnection connection, string table)
    {
        var definitions = new List<(string Name, string Definition)>();
        await using (var command = new NpgsqlCommand(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid WHERE i.tablename = @t AND NOT x.indisprimary", connection))
        {
            command.Parameters.AddWithValue("t", table);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                definitions.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in definitions)
        {
            await ExecuteAsync(connection, $"DROP INDEX \"{name}\"");
        }

        return definitions.Select(d => d.Definition).ToList();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var list = weights.ToArray();
        var total = list.Sum();
        var running = 0.0;
        return list.Select(w => running += w / total).ToArray();
    }

    private static int Pick(double[] cumulative, Random random)
    {
        var i = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }
}
