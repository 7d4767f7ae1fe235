using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.LearningRecords.Timeline;

// What a statement says, read once from its JSON: the language maps are kept whole so the page
// picks the words in the reader's language (TimelineWording).
public sealed record TimelineEntry(
    Guid StatementId,
    DateTime Timestamp,
    string Provider,
    string VerbId,
    IReadOnlyDictionary<string, string> VerbDisplay,
    string? ActivityId,
    IReadOnlyDictionary<string, string> ActivityName,
    TimelineResult? Result);

public sealed record TimelineResult(double? Scaled, double? Raw, double? Min, double? Max, bool? Success, bool? Completion);

// Activities and completed count distinct activities, not statements: viewing a page ten times is
// one activity.
public sealed record TimelineSummary(int Records, int Activities, int Completed, IReadOnlyList<string> Providers);

public sealed record TimelinePage(IReadOnlyList<TimelineEntry> Entries, int Page, int PageSize, TimelineSummary Summary);

// The signed-in learner's own learning records, newest first. Only statements the LRS linked to the
// person count; voided statements and the voiding statements themselves are not part of anyone's
// history (xAPI 1.0.3 §2.3.2: a voided statement is no longer a fact).
public sealed class ReadLearningTimeline(SemilleroDb db)
{
    public const int MaxPageSize = 100;

    public async Task<TimelinePage> RunAsync(Guid learnerId, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var mine = db.Statements.AsNoTracking()
            .Where(s => s.LearnerId == learnerId && !s.Voided && s.VerbId != StatementShape.VoidedVerb);

        var records = await mine.CountAsync(ct);
        var activities = await mine.Where(s => s.ActivityId != null).Select(s => s.ActivityId).Distinct().CountAsync(ct);
        var completionVerbs = TimelineWording.CompletionVerbs.ToList();
        var completed = await mine.Where(s => s.ActivityId != null && completionVerbs.Contains(s.VerbId))
            .Select(s => s.ActivityId).Distinct().CountAsync(ct);
        var providers = await mine.Select(s => s.Partner).Distinct().ToListAsync(ct);
        providers.Sort(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("es-MX"), ignoreCase: true));

        var rows = await mine
            .OrderByDescending(s => s.Timestamp).ThenByDescending(s => s.Sequence)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(s => new { s.Id, s.Timestamp, s.Partner, s.VerbId, s.ActivityId, s.Json })
            .ToListAsync(ct);
        var entries = rows.Select(r => Read(r.Id, r.Timestamp, r.Partner, r.VerbId, r.ActivityId, r.Json)).ToList();
        return new TimelinePage(entries, page, pageSize, new TimelineSummary(records, activities, completed, providers));
    }

    public static TimelineEntry Read(Guid id, DateTime timestamp, string partner, string verbId, string? activityId, string json)
    {
        using var document = JsonDocument.Parse(json);
        var statement = document.RootElement;
        var verbDisplay = statement.TryGetProperty("verb", out var verb) ? LanguageMap(verb, "display") : Empty;
        IReadOnlyDictionary<string, string> activityName = Empty;
        if (activityId is not null && statement.TryGetProperty("object", out var target)
            && target.ValueKind == JsonValueKind.Object && target.TryGetProperty("definition", out var definition))
        {
            activityName = LanguageMap(definition, "name");
        }

        return new TimelineEntry(id, timestamp, partner, verbId, verbDisplay, activityId, activityName, ResultOf(statement));
    }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    private static Dictionary<string, string> LanguageMap(JsonElement parent, string property)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in value.EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(entry.Value.GetString()))
                {
                    map.TryAdd(entry.Name, entry.Value.GetString()!.Trim());
                }
            }
        }

        return map;
    }

    private static TimelineResult? ResultOf(JsonElement statement)
    {
        if (!statement.TryGetProperty("result", out var result) || result.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        double? Number(JsonElement parent, string name) =>
            parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var n) && n.ValueKind == JsonValueKind.Number ? n.GetDouble() : null;
        bool? Flag(string name) =>
            result.TryGetProperty(name, out var b) && b.ValueKind is JsonValueKind.True or JsonValueKind.False ? b.GetBoolean() : null;

        var score = result.TryGetProperty("score", out var s) ? s : default;
        var read = new TimelineResult(Number(score, "scaled"), Number(score, "raw"), Number(score, "min"), Number(score, "max"), Flag("success"), Flag("completion"));
        return read is { Scaled: null, Raw: null, Success: null, Completion: null } ? null : read;
    }
}
