using Semillero.Vacancies;

namespace Semillero.Matching;

// A skill a vacancy asks for, at a level (1–3); Required false: nice to have.
public sealed record SkillNeed(string SkillId, int Level, bool Required);

// What a vacancy is ranked on: its skills, its modality and the state the work is in (null: remote
// for the whole country).
public sealed record VacancyQuery(IReadOnlyList<SkillNeed> Skills, WorkModality Modality, string? StateCode)
{
    // Candidates must hold at least one of these (at any level, verified or declared). A vacancy
    // with no required skill gates on all its skills.
    public IEnumerable<SkillNeed> Gating => Skills.Any(s => s.Required) ? Skills.Where(s => s.Required) : Skills;

    public IEnumerable<SkillNeed> Others => Skills.Any(s => s.Required) ? Skills.Where(s => !s.Required) : [];
}

// What the person brings besides skills: where they live, what they accept, when they can start,
// how long since they last learned something (null: no recorded activity).
public readonly record struct CandidateContext(
    string StateCode, Availability Availability, bool Presencial, bool Hibrido, bool Remoto, int? DaysSinceActivity);

// A person's level in one skill: proven by a badge (Verified) and as they declare it (Declared), 0–3.
public readonly record struct SkillHolding(int Verified, int Declared);

public enum SkillMatch
{
    // Verified by a badge at or above the level asked.
    Verified = 1,

    // Verified, below the level asked.
    VerifiedBelow = 2,

    // Declared at or above the level asked, not verified at it.
    Declared = 3,

    // Declared below the level asked.
    DeclaredBelow = 4,

    // Neither.
    Missing = 5,
}

public sealed record SkillExplanation(string SkillId, int Level, bool Required, SkillMatch Match, int Verified, int Declared, int Points);

public sealed record ClosingPath(Guid PathId, string Code, string NameEs, string NameEn, int Level, IReadOnlyList<string> Skills);

public sealed record PathOffer(Guid PathId, string Code, string NameEs, string NameEn, int Level, IReadOnlyList<string> Skills);

public sealed record MatchExplanation(
    IReadOnlyList<SkillExplanation> Matched,
    IReadOnlyList<SkillExplanation> Missing,
    IReadOnlyList<ClosingPath> ClosingPaths,
    int LocationPoints,
    int AvailabilityPoints,
    int ActivityPoints);

// The match score (docs/notes/matching.md, "Score"). Integer points so the index, the brute-force
// baseline and the SQL baseline compute exactly the same number.
public static class CandidateRanker
{
    // Required skill: proven at level > proven below > declared at level > declared below.
    public const int RequiredVerified = 30;
    public const int RequiredVerifiedBelow = 15;
    public const int RequiredDeclared = 12;
    public const int RequiredDeclaredBelow = 4;

    // Nice to have: about a third.
    public const int NiceVerified = 10;
    public const int NiceVerifiedBelow = 5;
    public const int NiceDeclared = 4;
    public const int NiceDeclaredBelow = 1;

    public const int SameState = 15;
    public const int OtherStatePresencial = -10;
    public const int OtherStateHibrido = -5;

    public const int Inmediata = 6;
    public const int Proxima = 3;

    public static int SkillPoints(bool required, int level, int verified, int declared)
    {
        var fromBadges = verified <= 0 ? 0
            : verified >= level ? (required ? RequiredVerified : NiceVerified)
            : (required ? RequiredVerifiedBelow : NiceVerifiedBelow);
        var fromWord = declared <= 0 ? 0
            : declared >= level ? (required ? RequiredDeclared : NiceDeclared)
            : (required ? RequiredDeclaredBelow : NiceDeclaredBelow);
        return Math.Max(fromBadges, fromWord);
    }

    // Holds the skill at the level asked, proven or declared.
    public static bool Meets(SkillNeed need, SkillHolding holding)
    {
        ArgumentNullException.ThrowIfNull(need);
        return MatchOf(need.Level, holding.Verified, holding.Declared) is SkillMatch.Verified or SkillMatch.Declared;
    }

    // The most a candidate can score for this vacancy: every skill proven by a badge at the level
    // asked, living in the vacancy's state (unless remote), available now and active this month.
    // Not a percentage scale: the page shows scores against it.
    public static int MaxScore(VacancyQuery vacancy)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        var location = vacancy.Modality == WorkModality.Remoto || vacancy.StateCode is null ? 0 : SameState;
        return (vacancy.Gating.Count() * RequiredVerified) + (vacancy.Others.Count() * NiceVerified) + location + Inmediata + ActivityPoints(0);
    }

    public static SkillMatch MatchOf(int level, int verified, int declared) =>
        verified >= level ? SkillMatch.Verified
        : declared >= level ? SkillMatch.Declared
        : verified > 0 ? SkillMatch.VerifiedBelow
        : declared > 0 ? SkillMatch.DeclaredBelow
        : SkillMatch.Missing;

    // The person does not accept the vacancy's modality: not a candidate at all.
    public static bool Accepts(WorkModality modality, bool presencial, bool hibrido, bool remoto) => modality switch
    {
        WorkModality.Presencial => presencial,
        WorkModality.Hibrido => hibrido,
        WorkModality.Remoto => remoto,
        _ => false,
    };

    // Remote work has no location factor. On-site work in another state is kept (people move for a
    // job, and the employer sees the state) but ranked lower; hybrid work a little less so.
    public static int LocationPoints(WorkModality modality, string? vacancyState, string candidateState) =>
        modality == WorkModality.Remoto || vacancyState is null ? 0
        : string.Equals(vacancyState, candidateState, StringComparison.Ordinal) ? SameState
        : modality == WorkModality.Presencial ? OtherStatePresencial
        : OtherStateHibrido;

    public static int AvailabilityPoints(Availability availability) => availability switch
    {
        Availability.Inmediata => Inmediata,
        Availability.Proxima => Proxima,
        _ => 0,
    };

    // Someone learning now is more likely to answer; the bonus decays in steps.
    public static int ActivityPoints(int? daysSinceActivity) => daysSinceActivity switch
    {
        null => 0,
        <= 30 => 5,
        <= 90 => 3,
        <= 180 => 1,
        _ => 0,
    };

    // Null: not a candidate (modality not accepted, or none of the gating skills).
    public static int? ContextPoints(VacancyQuery vacancy, CandidateContext person) =>
        !Accepts(vacancy.Modality, person.Presencial, person.Hibrido, person.Remoto) ? null
        : LocationPoints(vacancy.Modality, vacancy.StateCode, person.StateCode)
          + AvailabilityPoints(person.Availability)
          + ActivityPoints(person.DaysSinceActivity);

    public static int? Score(VacancyQuery vacancy, CandidateContext person, Func<string, SkillHolding> holding)
    {
        var context = ContextPoints(vacancy, person);
        if (context is null)
        {
            return null;
        }

        var gated = false;
        var points = 0;
        foreach (var need in vacancy.Gating)
        {
            var h = holding(need.SkillId);
            gated |= h.Verified > 0 || h.Declared > 0;
            points += SkillPoints(true, need.Level, h.Verified, h.Declared);
        }

        if (!gated)
        {
            return null;
        }

        foreach (var need in vacancy.Others)
        {
            var h = holding(need.SkillId);
            points += SkillPoints(false, need.Level, h.Verified, h.Declared);
        }

        return points + context.Value;
    }

    public static MatchExplanation Explain(VacancyQuery vacancy, CandidateContext person, Func<string, SkillHolding> holding, IReadOnlyList<PathOffer> paths)
    {
        var matched = new List<SkillExplanation>();
        var missing = new List<SkillExplanation>();
        foreach (var need in vacancy.Skills.OrderByDescending(s => s.Required).ThenBy(s => s.SkillId, StringComparer.Ordinal))
        {
            var h = holding(need.SkillId);
            var match = MatchOf(need.Level, h.Verified, h.Declared);
            var line = new SkillExplanation(need.SkillId, need.Level, need.Required, match, h.Verified, h.Declared, SkillPoints(need.Required, need.Level, h.Verified, h.Declared));
            (match is SkillMatch.Verified or SkillMatch.Declared ? matched : missing).Add(line);
        }

        // The gap a path closes: required skills not proven at the level asked (missing, below the
        // level, or only declared).
        var gap = vacancy.Skills.Where(s => s.Required && holding(s.SkillId).Verified < s.Level).ToList();
        return new MatchExplanation(
            matched,
            missing,
            ClosingPaths(gap, paths),
            LocationPoints(vacancy.Modality, vacancy.StateCode, person.StateCode),
            AvailabilityPoints(person.Availability),
            ActivityPoints(person.DaysSinceActivity));
    }

    // Greedy cover: the path granting most of the gap (at the level asked or above) first, then the
    // next for what is left; ties go to the lower level (shorter), then the code.
    public static IReadOnlyList<ClosingPath> ClosingPaths(IReadOnlyList<SkillNeed> gap, IReadOnlyList<PathOffer> paths)
    {
        var left = gap.ToDictionary(g => g.SkillId, g => g.Level, StringComparer.Ordinal);
        var chosen = new List<ClosingPath>();
        while (left.Count > 0)
        {
            var best = paths
                .Select(p => (Path: p, Covers: p.Skills.Where(s => left.TryGetValue(s, out var level) && p.Level >= level).ToList()))
                .Where(c => c.Covers.Count > 0)
                .OrderByDescending(c => c.Covers.Count)
                .ThenBy(c => c.Path.Level)
                .ThenBy(c => c.Path.Code, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best.Path is null)
            {
                break;
            }

            foreach (var s in best.Covers)
            {
                left.Remove(s);
            }

            chosen.Add(new ClosingPath(best.Path.PathId, best.Path.Code, best.Path.NameEs, best.Path.NameEn, best.Path.Level, best.Covers.Order(StringComparer.Ordinal).ToList()));
        }

        return chosen;
    }
}
