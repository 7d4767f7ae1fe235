using System.Globalization;
using System.Text;
using Semillero.CohortResults;

namespace Semillero.Dashboards;

public enum KpiMetric : short
{
    // Registered in the registry; in a path or with a provider: first learning there.
    Registered = 1,

    // Learning activity (a statement or a course completion) in the month.
    Active = 2,

    // Egresado: completed a path (any path, or that path).
    Graduated = 3,

    // Hired: a placement recorded (any, or one attributed to that path's badge).
    Placed = 4,

    // The day of the person's most recent learning activity: "active in the last 30 days" is the
    // sum of these cells over the last 30 days.
    LastActive = 5,

    // Took a seat in a cohort (docs/cohorts-results.md): per cohort ("c" + its id), organisation
    // (its partner key), kind of organisation ("k:" + kind) and any cohort (""), the month of the
    // first seat there. Never under a path.
    Enrolled = 6,
}

// Age at registration, so a person stays in one band for every metric and the bands add up.
public enum AgeBand : short
{
    Unknown = 0,
    Under18 = 1,
    From18To24 = 2,
    From25To34 = 3,
    From35To44 = 4,
    From45To59 = 5,
    From60 = 6,
}

public static class AgeBands
{
    public static IReadOnlyList<AgeBand> All { get; } =
        [AgeBand.Under18, AgeBand.From18To24, AgeBand.From25To34, AgeBand.From35To44, AgeBand.From45To59, AgeBand.From60];

    public static AgeBand At(DateOnly birthDate, DateOnly on)
    {
        var age = on.Year - birthDate.Year;
        if (on < birthDate.AddYears(age))
        {
            age--;
        }

        return age switch
        {
            < 0 => AgeBand.Unknown,
            < 18 => AgeBand.Under18,
            < 25 => AgeBand.From18To24,
            < 35 => AgeBand.From25To34,
            < 45 => AgeBand.From35To44,
            < 60 => AgeBand.From45To59,
            _ => AgeBand.From60,
        };
    }

    public static string Label(AgeBand band) => band switch
    {
        AgeBand.Under18 => "Menos de 18",
        AgeBand.From18To24 => "18 a 24",
        AgeBand.From25To34 => "25 a 34",
        AgeBand.From35To44 => "35 a 44",
        AgeBand.From45To59 => "45 a 59",
        AgeBand.From60 => "60 y más",
        _ => "Sin dato",
    };

    public static string Wire(AgeBand band) => band switch
    {
        AgeBand.Under18 => "0-17",
        AgeBand.From18To24 => "18-24",
        AgeBand.From25To34 => "25-34",
        AgeBand.From35To44 => "35-44",
        AgeBand.From45To59 => "45-59",
        AgeBand.From60 => "60+",
        _ => "sin-dato",
    };
}

// One count a person contributes: reached Metric in Period, in PathId (Guid.Empty: counted once
// whatever the path) with Provider ("": counted once whatever the provider).
public readonly record struct Mark(KpiMetric Metric, int Period, Guid PathId, string Provider);

// A piece of learning: a statement (by the partner that sent it) or a course completion (by the
// course's provider), with the paths its course belongs to (none when its activity is not in the
// catalog).
// Also: further provider keys the learning counts under, as Provider does: the kind of organisation
// of the partner that sent it ("k:" + kind).
public sealed record LearningEvent(DateTime At, string Provider, IReadOnlyList<Guid> Paths, IReadOnlyList<string>? Also = null);

// A person's place in a cohort, as Attribution (CohortResults) judged it, with the keys its
// organisation is counted under (its partner key, and "k:" + its kind).
public sealed record CohortFact(Guid CohortId, string OrganizationKey, string KindKey, CohortOutcome Outcome);

public sealed record PlacementFact(DateOnly StartsOn, IReadOnlyList<Guid> Paths);

public sealed record LearnerFacts(
    DateTime RegisteredAt,
    IReadOnlyList<LearningEvent> Learning,
    IReadOnlyList<(Guid PathId, DateTime CompletedAt)> PathCompletions,
    IReadOnlyList<PlacementFact> Placements,
    IReadOnlyList<CohortFact>? Cohorts = null);

// The KPI definitions, as one pure function of a person's raw facts (docs/dashboards.md). Every person
// is counted once per metric and key however many providers, statements or paths they have:
// - Registered: ("", "") at registration; per path, provider, or both: the month of the first
//   learning there.
// - Active: each month with learning, per key.
// - LastActive: the day of the latest learning, per key.
// - Graduated: ("", "") at the first path completion; (P, "") at P's completion; with a provider,
//   only people who learned with that provider (in P, for (P, V)).
// - Placed: ("", "") at the first hire; (P, "") at the first hire attributed to P's badge; providers
//   as for Graduated.
// - Cohorts (provider "c" + the cohort's id, any path only): Enrolled at the seat's month, and the
//   learning, graduation and hire Attribution finds for the cohort. An organisation's key and its
//   kind's key also count the learning attributed to its cohorts (so "with V" means sent by V or
//   learnt in V's cohorts), and Enrolled at the first seat in one of them.
public static class LearnerMarks
{
    public static string CohortKey(Guid cohortId) => "c" + cohortId.ToString("N");

    public static string KindKey(string kind) => "k:" + kind;

    public static bool IsCohortKey(string key) =>
        key is { Length: 33 } && key[0] == 'c' && Guid.TryParseExact(key.AsSpan(1), "N", out _);

    public static bool IsKindKey(string key) => key.StartsWith("k:", StringComparison.Ordinal);

    // Cohort and kind keys are dimensions of their own, not providers.
    public static bool IsProvider(string key) => key.Length > 0 && !IsCohortKey(key) && !IsKindKey(key);

    public static HashSet<Mark> Compute(LearnerFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var marks = new HashSet<Mark>();
        var cohorts = (facts.Cohorts ?? []).Where(c => c.Outcome.Counted).ToList();
        if (cohorts.Count > 0)
        {
            // The cohorts' learning also counts for their organisations and kinds, at the same times
            // as the learning it is (so the "any" marks do not move).
            facts = facts with
            {
                Learning = [.. facts.Learning, .. cohorts.SelectMany(c => c.Outcome.Learning.Select(at => new LearningEvent(at, c.OrganizationKey, [], [c.KindKey])))],
            };
            AddCohorts(marks, cohorts);
        }

        var firstByKey = new Dictionary<(Guid Path, string Provider), DateTime>();
        var lastByKey = new Dictionary<(Guid Path, string Provider), DateTime>();
        foreach (var learning in facts.Learning)
        {
            foreach (var key in KeysOf(learning))
            {
                marks.Add(new Mark(KpiMetric.Active, Month(learning.At), key.Path, key.Provider));
                if (!firstByKey.TryGetValue(key, out var first) || learning.At < first)
                {
                    firstByKey[key] = learning.At;
                }

                if (!lastByKey.TryGetValue(key, out var last) || learning.At > last)
                {
                    lastByKey[key] = learning.At;
                }
            }
        }

        marks.Add(new Mark(KpiMetric.Registered, Month(facts.RegisteredAt), Guid.Empty, ""));
        foreach (var (key, first) in firstByKey)
        {
            if (key != (Guid.Empty, ""))
            {
                marks.Add(new Mark(KpiMetric.Registered, Month(first), key.Path, key.Provider));
            }
        }

        foreach (var (key, last) in lastByKey)
        {
            marks.Add(new Mark(KpiMetric.LastActive, Day(last), key.Path, key.Provider));
        }

        var providers = facts.Learning.SelectMany(l => l.Also is null ? [l.Provider] : l.Also.Prepend(l.Provider)).ToHashSet(StringComparer.Ordinal);
        var providersInPath = firstByKey.Keys.Where(k => k.Path != Guid.Empty && k.Provider.Length > 0).ToHashSet();

        if (facts.PathCompletions.Count > 0)
        {
            var first = facts.PathCompletions.Min(c => c.CompletedAt);
            AddWithProviders(marks, KpiMetric.Graduated, Month(first), Guid.Empty, providers);
            foreach (var completion in facts.PathCompletions)
            {
                var month = Month(completion.CompletedAt);
                AddWithProviders(marks, KpiMetric.Graduated, month, completion.PathId, providers.Where(p => providersInPath.Contains((completion.PathId, p))));
            }
        }

        if (facts.Placements.Count > 0)
        {
            var first = facts.Placements.Min(p => p.StartsOn);
            AddWithProviders(marks, KpiMetric.Placed, Month(first), Guid.Empty, providers);
            foreach (var path in facts.Placements.SelectMany(p => p.Paths).Distinct())
            {
                var firstInPath = facts.Placements.Where(p => p.Paths.Contains(path)).Min(p => p.StartsOn);
                AddWithProviders(marks, KpiMetric.Placed, Month(firstInPath), path, providers.Where(p => providersInPath.Contains((path, p))));
            }
        }

        return marks;
    }

    private static void AddCohorts(HashSet<Mark> marks, List<CohortFact> cohorts)
    {
        foreach (var c in cohorts)
        {
            var key = CohortKey(c.CohortId);
            var o = c.Outcome;
            foreach (var at in o.Learning)
            {
                marks.Add(new Mark(KpiMetric.Active, Month(at), Guid.Empty, key));
            }

            if (o.Learning.Count > 0)
            {
                marks.Add(new Mark(KpiMetric.Registered, Month(o.Learning.Min()), Guid.Empty, key));
                marks.Add(new Mark(KpiMetric.LastActive, Day(o.Learning.Max()), Guid.Empty, key));
            }

            if (o.GraduatedAt is { } graduated)
            {
                marks.Add(new Mark(KpiMetric.Graduated, Month(graduated), Guid.Empty, key));
            }

            if (o.PlacedOn is { } placed)
            {
                marks.Add(new Mark(KpiMetric.Placed, Month(placed), Guid.Empty, key));
            }
        }

        // Enrolled: the first seat per cohort, organisation, kind and overall.
        foreach (var group in cohorts.SelectMany(c => new[] { CohortKey(c.CohortId), c.OrganizationKey, c.KindKey, "" }.Select(k => (Key: k, c.Outcome.SeatedAt)))
            .Where(x => x.SeatedAt is not null).GroupBy(x => x.Key, StringComparer.Ordinal))
        {
            marks.Add(new Mark(KpiMetric.Enrolled, Month(group.Min(x => x.SeatedAt!.Value)), Guid.Empty, group.Key));
        }
    }

    private static void AddWithProviders(HashSet<Mark> marks, KpiMetric metric, int period, Guid path, IEnumerable<string> providers)
    {
        marks.Add(new Mark(metric, period, path, ""));
        foreach (var provider in providers)
        {
            marks.Add(new Mark(metric, period, path, provider));
        }
    }

    private static IEnumerable<(Guid Path, string Provider)> KeysOf(LearningEvent learning)
    {
        yield return (Guid.Empty, "");
        yield return (Guid.Empty, learning.Provider);
        foreach (var path in learning.Paths)
        {
            yield return (path, "");
            yield return (path, learning.Provider);
        }

        foreach (var also in learning.Also ?? [])
        {
            yield return (Guid.Empty, also);
            foreach (var path in learning.Paths)
            {
                yield return (path, also);
            }
        }
    }

    public static int Month(DateTime at) => (at.Year * 100) + at.Month;

    public static int Month(DateOnly on) => (on.Year * 100) + on.Month;

    public static int Day(DateTime at) => (at.Year * 10_000) + (at.Month * 100) + at.Day;

    // One mark per line: metric, period, path ("" for any), provider; tab-separated (provider names
    // are API key names, which never hold tabs or line breaks).
    public static string Serialize(IEnumerable<Mark> marks)
    {
        var text = new StringBuilder();
        foreach (var mark in marks.OrderBy(m => m.Metric).ThenBy(m => m.Period).ThenBy(m => m.PathId).ThenBy(m => m.Provider, StringComparer.Ordinal))
        {
            text.Append((short)mark.Metric).Append('\t')
                .Append(mark.Period).Append('\t')
                .Append(mark.PathId == Guid.Empty ? "" : mark.PathId.ToString("N")).Append('\t')
                .Append(mark.Provider).Append('\n');
        }

        return text.ToString();
    }

    public static HashSet<Mark> Parse(string text)
    {
        var marks = new HashSet<Mark>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\t');
            marks.Add(new Mark(
                (KpiMetric)short.Parse(parts[0], CultureInfo.InvariantCulture),
                int.Parse(parts[1], CultureInfo.InvariantCulture),
                parts[2].Length == 0 ? Guid.Empty : Guid.ParseExact(parts[2], "N"),
                parts[3]));
        }

        return marks;
    }
}
