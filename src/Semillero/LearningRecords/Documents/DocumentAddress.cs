using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Semillero.LearningRecords.Documents;

// The set of documents a request's parameters name: the State resource's activity + agent
// (+ registration), the Activity Profile resource's activity, or the Agent Profile resource's agent
// (xAPI 1.0.3 Communication §2.3, §2.6, §2.7). The document id (stateId, profileId) picks one of them.
public sealed record DocumentAddress(DocumentKind Kind, string ActivityId, string AgentKey, string? Registration)
{
    // Registration null means "whatever the registration": only multi-document reads and deletes of
    // the State resource use it (xAPI 1.0.3 Communication §2.3, "[+ registration if specified]").
    public static DocumentAddress State(string activityId, string agentKey, Guid? registration, bool anyRegistration = false) =>
        new(DocumentKind.State, activityId, agentKey, registration?.ToString("D", CultureInfo.InvariantCulture) ?? (anyRegistration ? null : ""));

    public static DocumentAddress ActivityProfile(string activityId) => new(DocumentKind.ActivityProfile, activityId, "", "");

    public static DocumentAddress AgentProfile(string agentKey) => new(DocumentKind.AgentProfile, "", agentKey, "");

    // Column sizes (XapiDocumentConfiguration): longer values are refused, never truncated.
    public const int MaxIri = 2048;

    public const int MaxAgentKey = 2048;

    public const int MaxDocumentId = 1024;

    public const int MaxContentType = 255;

    public bool AnyRegistration => Registration is null;

    // The indexed column for "these documents". Unambiguous with '|' as separator: IRIs cannot
    // contain it and the registration is a UUID, so only the agent key (between them) may.
    public string Scope => ScopeOf(Kind, ActivityId, AgentKey, Registration ?? "");

    public static string ScopeOf(DocumentKind kind, string activityId, string agentKey, string registration) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{(int)kind}|{activityId}|{agentKey}|{registration}"))));
}
