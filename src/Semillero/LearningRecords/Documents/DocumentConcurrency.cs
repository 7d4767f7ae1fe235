using System.Security.Cryptography;
using Semillero.LearningRecords.Validation;

namespace Semillero.LearningRecords.Documents;

// What a PUT without If-Match and If-None-Match may do, which differs by version and resource.
public enum MissingPreconditionRule
{
    // xAPI 1.0.3 State: the last write wins.
    Allowed,

    // xAPI 2.0 State, Activity Profile, Agent Profile: 409 when the document exists.
    ConflictWhenExists,

    // xAPI 1.0.3 Activity and Agent Profile: 409 when the document exists, 400 when it does not
    // (the conformance suite tests both; docs/xapi/conformance-notes.md §3.7).
    Required,
}

public enum PreconditionOutcome
{
    Proceed,

    // 412 Precondition Failed.
    Failed,

    // 409 Conflict: a PUT without either header would overwrite a document the client has not seen.
    Conflict,

    // 400 Bad Request: a 1.0.3 profile PUT without either header.
    Missing,
}

// Optimistic concurrency of the document resources with HTTP entity tags (xAPI 1.0.3 Communication
// §3.1, xAPI 2.0 §4.1.4; RFC 7232 §3.1–3.2). Pure functions.
public static class DocumentConcurrency
{
    // The quoted lower-case hex SHA-1 of the stored bytes: 1.0.3 requires exactly this (the suite
    // checks for 40 hex digits) and 2.0 accepts it.
    public static string ETagOf(ReadOnlySpan<byte> content)
    {
#pragma warning disable CA5350 // SHA-1 is what xAPI 1.0.3 defines ETags as; it identifies content, it protects nothing.
        return "\"" + Convert.ToHexStringLower(SHA1.HashData(content)) + "\"";
#pragma warning restore CA5350
    }

    public static MissingPreconditionRule RuleFor(DocumentKind kind, XapiVersion version) => (kind, version) switch
    {
        (_, XapiVersion.V2_0_0) => MissingPreconditionRule.ConflictWhenExists,
        (DocumentKind.State, _) => MissingPreconditionRule.Allowed,
        _ => MissingPreconditionRule.Required,
    };

    // ifMatch/ifNoneMatch are the raw header values (null or empty when absent); current is the
    // stored document's ETag, null when there is none. missing applies to PUT only (POST merges and
    // DELETE removes without headers in every version).
    public static PreconditionOutcome Check(string? ifMatch, string? ifNoneMatch, string? current, MissingPreconditionRule? missing)
    {
        var hasIfMatch = !string.IsNullOrWhiteSpace(ifMatch);
        var hasIfNoneMatch = !string.IsNullOrWhiteSpace(ifNoneMatch);
        if (hasIfMatch && !Matches(ifMatch!, current))
        {
            return PreconditionOutcome.Failed;
        }

        if (hasIfNoneMatch && Matches(ifNoneMatch!, current))
        {
            return PreconditionOutcome.Failed;
        }

        if (hasIfMatch || hasIfNoneMatch || missing is null or MissingPreconditionRule.Allowed)
        {
            return PreconditionOutcome.Proceed;
        }

        return current is not null ? PreconditionOutcome.Conflict
            : missing == MissingPreconditionRule.Required ? PreconditionOutcome.Missing
            : PreconditionOutcome.Proceed;
    }

    // "*" matches any existing document; otherwise any listed tag equal to the current one. Weak
    // prefixes and missing quotes are tolerated: the tags name bytes either way.
    private static bool Matches(string header, string? current)
    {
        if (current is null)
        {
            return false;
        }

        var stored = Bare(current);
        foreach (var part in header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part == "*" || string.Equals(Bare(part), stored, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string Bare(string tag)
    {
        var t = tag.StartsWith("W/", StringComparison.OrdinalIgnoreCase) ? tag[2..] : tag;
        return t.Trim('"');
    }
}
