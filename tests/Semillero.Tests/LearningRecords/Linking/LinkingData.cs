using System.Text.Json;
using Semillero.Data;
using Semillero.Learners;
using Semillero.LearningRecords;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.LearningRecords.Linking;

// Learners and stored statements written straight to the database, shaped as the LRS stores them,
// so the linking rules are tested without going through HTTP.
public static class LinkingData
{
    public const string Moodle = "https://moodle.universidad.example";

    public static string Account(string name, string? displayName = null, string homePage = Moodle) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["objectType"] = "Agent",
            ["name"] = displayName,
            ["account"] = new { homePage, name },
        }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));

    public static string Mbox(string email, string? displayName = null) =>
        displayName is null ? $$"""{"mbox":"mailto:{{email}}"}""" : $$"""{"name":"{{displayName}}","mbox":"mailto:{{email}}"}""";

    public static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    public static async Task<Learner> LearnerAsync(SemilleroDb db, int seed, string? email = null, Action<Learner>? change = null)
    {
        var person = CsvFiles.People(1, seed).Single();
        var learner = TestLearners.FromPerson(person, email, person.FechaNacimiento);
        change?.Invoke(learner);
        db.Learners.Add(learner);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return learner;
    }

    public static string FullName(Learner l) => $"{l.GivenNames} {l.FirstSurname} {l.SecondSurname}".Trim();

    // Stores statements by `actor` from `partner`, with the learner the LRS resolved (or null).
    public static async Task<IReadOnlyList<StoredStatement>> StatementsAsync(
        SemilleroDb db, string actor, string partner, int count = 1, Guid? learnerId = null, DateTime? storedAt = null)
    {
        var at = storedAt ?? TestClock.Now.UtcDateTime;
        var key = StatementShape.AgentKey(Json(actor));
        var rows = Enumerable.Range(0, count).Select(_ => new StoredStatement
        {
            Id = Guid.NewGuid(),
            StoredAt = at,
            Timestamp = at,
            VerbId = "http://adlnet.gov/expapi/verbs/completed",
            ActorKey = key,
            MemberAgents = "",
            RelatedAgents = "\n" + key + "\n",
            RelatedActivities = "",
            ActivityId = "https://moodle.universidad.example/mod/page/view.php?id=7",
            Partner = partner,
            LearnerId = learnerId,
            ContentHash = new string('0', 64),
            Json = $$$"""{"actor":{{{actor}}},"verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},"object":{"id":"https://moodle.universidad.example/mod/page/view.php?id=7"}}""",
        }).ToList();
        db.Statements.AddRange(rows);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return rows;
    }
}
