namespace Semillero.LearningRecords;

// How much the LRS accepts in one request, statement or document (docs/xapi/partners-and-limits.md
// explains each number). Anything above a size limit is a 413 (xAPI 1.0.3 Communication §3.2: "the
// Statement or Document is larger than the maximum allowed by the LRS").
public static class XapiLimits
{
    // A whole statement request (one statement, a batch, or a multipart body with its attachments).
    public const int MaxRequestBytes = 20 * 1024 * 1024;

    // One statement's JSON as sent. The largest statements the real clients send (Moodle quiz
    // attempts with every choice, cmi5 interactions, the ADL wrapper's long example) are about 3 KB;
    // 1 MB leaves room for long question texts and extensions while keeping a 10 MB statement out.
    public const int MaxStatementBytes = 1024 * 1024;

    // Members listed by one Group (actor, object, team, instructor, contextAgents' groups…). The
    // clients send teams of a few people; the list is copied into the statement's index columns.
    // A longer list is a 400: the statement is not too large, it is outside what this LRS records.
    public const int MaxGroupMembers = 500;

    // One document of the State, Activity Profile or Agent Profile resources. Those hold bookmarks
    // and suspend data (SCORM's suspend_data is at most 64,000 characters), not files.
    public const int MaxDocumentBytes = 1024 * 1024;
}
