using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Data;
using Semillero.LearningRecords.Attachments;
using Semillero.LearningRecords.Validation;

namespace Semillero.LearningRecords;

// The partner credential a statement arrived with: it becomes the statement's authority and scopes
// what the partner may read back.
public sealed record XapiCredential(string KeyId, string Partner, string Role);

public abstract record StoreStatementsOutcome
{
    public sealed record Stored(IReadOnlyList<Guid> Ids) : StoreStatementsOutcome;

    // 400: nothing was stored.
    public sealed record Invalid(string Message) : StoreStatementsOutcome;

    // 409: a statement reuses the id of a different stored statement (xAPI 1.0.3 §2.1.2); nothing stored.
    public sealed record Conflict(string Message) : StoreStatementsOutcome;

    // 403: a voiding statement targets a statement another partner stored; nothing stored.
    public sealed record Forbidden(string Message) : StoreStatementsOutcome;

    // 413: a statement is larger than XapiLimits.MaxStatementBytes; nothing stored.
    public sealed record TooLarge(string Message) : StoreStatementsOutcome;
}

// Stores one statement or a batch, all or nothing, acknowledging only after the commit. A statement
// whose id is already stored with the same content is acknowledged without a second copy (Open edX
// and Moodle retry; Moodle counts only 200 as success); the same id with other content is a 409.
//
// Voiding is scoped like reading: a partner may void only statements stored under its own
// credentials' partner (the same `Partner` column that makes "a partner reads back only what it
// sent"), else the whole request is a 403 — xAPI allows 403 where the LRS's authority checks refuse a
// request. Operators read every partner's statements and may void any of them (to withdraw a
// statement sent in error on a partner's behalf; docs/xapi/partners-and-limits.md).
public sealed class StoreStatements(SemilleroDb db, IdentityResolver identities, StatementCommitter committer, IStatementCompletions completions, TimeProvider clock)
{
    public Task<StoreStatementsOutcome> RunAsync(JsonElement body, Guid? putId, XapiCredential credential, XapiVersion version, CancellationToken ct) =>
        RunAsync(body, putId, credential, version, null, ct);

    // parts: the attachment bytes of a multipart/mixed request, by lower-case sha2; null for an
    // application/json request, which can only reference attachments by fileUrl.
    public async Task<StoreStatementsOutcome> RunAsync(
        JsonElement body, Guid? putId, XapiCredential credential, XapiVersion version,
        IReadOnlyDictionary<string, AttachmentPart>? parts, CancellationToken ct)
    {
        var items = body.ValueKind == JsonValueKind.Array ? body.EnumerateArray().ToList() : [body];
        // Which statement of a batch an error is about; built only for an error.
        string Where(int i) => items.Count > 1 ? $"statement[{i}]." : "";
        var now = clock.GetUtcNow();
        var storedAt = now.UtcDateTime;
        var prepared = new List<Prepared>(items.Count);
        var seen = new HashSet<Guid>();
        var declared = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < items.Count; i++)
        {
            var statement = items[i];
            if (System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(statement).Length > XapiLimits.MaxStatementBytes)
            {
                return new StoreStatementsOutcome.TooLarge($"{Where(i)}The statement is larger than {XapiLimits.MaxStatementBytes / 1024} KB, the most this LRS accepts for one statement.");
            }

            var errors = StatementValidator.Validate(statement, version);
            if (errors.Count > 0)
            {
                return new StoreStatementsOutcome.Invalid(string.Join("; ", errors.Take(10).Select(e => $"{Where(i)}{e.Path}: {e.Message}")));
            }

            Guid id;
            var clientId = putId is not null;
            if (statement.TryGetProperty("id", out var idProperty))
            {
                id = Guid.Parse(idProperty.GetString()!);
                clientId = true;
                if (putId is { } expected && expected != id)
                {
                    return new StoreStatementsOutcome.Invalid("The statementId parameter and the statement's id differ.");
                }
            }
            else
            {
                id = putId ?? Guid.CreateVersion7(now);
            }

            if (!seen.Add(id))
            {
                return new StoreStatementsOutcome.Invalid($"The batch contains statement id {id} more than once.");
            }

            if (CheckAttachments(statement, parts, declared) is { } attachmentError)
            {
                return new StoreStatementsOutcome.Invalid(Where(i) + attachmentError);
            }

            prepared.Add(new Prepared(id, statement, StatementShape.ContentHash(statement), clientId));
        }

        // Every part's bytes must hash to the sha2 it is filed under (its X-Experience-API-Hash, which
        // a statement's attachment names): what is stored under a hash is then that hash's content.
        if (parts is not null && parts.FirstOrDefault(p => !AttachmentHash.Matches(p.Key, p.Value.Content)).Key is { } forged)
        {
            return new StoreStatementsOutcome.Invalid($"The attachment part sent as {forged} holds bytes whose SHA-2 is not {forged} (SHA-256, SHA-384 or SHA-512 expected).");
        }

        if (parts is not null && parts.Keys.FirstOrDefault(k => !declared.Contains(k)) is { } excess)
        {
            return new StoreStatementsOutcome.Invalid($"The request carries an attachment part ({excess}) that no statement declares.");
        }

        var authority = AuthorityJson(credential);
        using var authorityDocument = JsonDocument.Parse(authority);
        var authorityKey = StatementShape.AgentKey(authorityDocument.RootElement);
        var versionText = version == XapiVersion.V2_0_0 ? "2.0.0" : "1.0.0";
        var storedText = Iso(storedAt);
        // A lone statement without attachments joins the group commit, which resolves identities for
        // the whole group; anything else is written here, and so is every voiding statement: whether
        // its target belongs to this partner is checked in the transaction that voids it.
        var grouped = prepared.Count == 1 && parts is not { Count: > 0 } && !IsVoiding(prepared[0].Statement);
        var learners = grouped
            ? new Dictionary<string, Guid?>()
            : await identities.ResolveManyAsync(prepared.Select(p => p.Statement.GetProperty("actor")).ToList(), ct);

        var rows = new List<StoredStatement>(prepared.Count);
        foreach (var p in prepared)
        {
            var actorKey = StatementShape.AgentKey(p.Statement.GetProperty("actor"));
            var (json, timestamp) = StoredJson(p.Statement, p.Id, storedAt, storedText, authority, versionText);
            rows.Add(new StoredStatement
            {
                Id = p.Id,
                StoredAt = storedAt,
                Timestamp = timestamp,
                VerbId = p.Statement.GetProperty("verb").GetProperty("id").GetString()!,
                ActorKey = actorKey,
                ActivityId = StatementShape.ActivityId(p.Statement),
                ObjectAgentKey = StatementShape.ObjectAgentKey(p.Statement),
                MemberAgents = StatementShape.MemberAgents(p.Statement),
                RelatedAgents = StatementShape.RelatedAgents(p.Statement, authorityKey),
                RelatedActivities = StatementShape.RelatedActivities(p.Statement),
                Registration = StatementShape.Registration(p.Statement),
                TargetStatementId = StatementShape.StatementRefTarget(p.Statement),
                Partner = credential.Partner,
                LearnerId = learners.TryGetValue(actorKey, out var learner) ? learner : null,
                ContentHash = p.Hash,
                Json = json,
                ScoreScaled = StatementShape.ScoreScaled(p.Statement),
            });
        }

        if (grouped)
        {
            var result = await committer.SubmitAsync(rows[0], prepared[0].Statement.GetProperty("actor"));
            return result.Stored
                ? new StoreStatementsOutcome.Stored([rows[0].Id])
                : new StoreStatementsOutcome.Conflict(result.Conflict!);
        }

        var writer = StatementWriter.For(db);
        // Two requests racing to store the same new id: the loser's insert hits the unique index, and
        // a second pass sees the winner's row and compares content like any retry.
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Only ids the client chose can already be stored; a batch from Moodle, which sends none,
            // skips the round trip.
            var clientIds = rows.Where((_, i) => prepared[i].ClientId).Select(r => r.Id).ToList();
            var existing = clientIds.Count == 0 ? [] : await writer.ExistingHashesAsync(clientIds, ct);
            foreach (var row in rows)
            {
                if (existing.TryGetValue(row.Id, out var hash) && hash != row.ContentHash)
                {
                    return new StoreStatementsOutcome.Conflict($"Statement {row.Id} already exists with different content.");
                }
            }

            var fresh = rows.Where(r => !existing.ContainsKey(r.Id)).ToList();
            try
            {
                await writer.InsertAsync(fresh, ct);

                var targets = fresh.Where(r => r.VerbId == StatementShape.VoidedVerb && r.TargetStatementId is not null)
                    .Select(r => r.TargetStatementId!.Value).ToList();
                if (targets.Count > 0)
                {
                    // After the insert, so a target sent earlier in the same batch counts as the
                    // partner's own. A target not stored (yet) is no one's: the voiding statement is
                    // kept, as xAPI asks, and voids nothing.
                    var mayVoidAny = credential.Role == Roles.Operador;
                    var foreign = mayVoidAny ? null : await db.Statements.AsNoTracking()
                        .Where(s => targets.Contains(s.Id) && s.Partner != credential.Partner).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
                    if (foreign is { } other)
                    {
                        await transaction.RollbackAsync(ct);
                        return new StoreStatementsOutcome.Forbidden($"Statement {other} was not stored with these credentials' partner; only its own statements can be voided.");
                    }

                    // A voiding statement cannot itself be voided (xAPI 1.0.3 §2.3.2). The partner
                    // condition repeats the check above for a target another partner commits
                    // between the check and this update.
                    await db.Statements.Where(s => targets.Contains(s.Id) && s.VerbId != StatementShape.VoidedVerb && (mayVoidAny || s.Partner == credential.Partner))
                        .ExecuteUpdateAsync(u => u.SetProperty(s => s.Voided, true), ct);
                }

                if (parts is { Count: > 0 })
                {
                    await StoreAttachmentsAsync(parts, storedAt, ct);
                }

                var recorded = await completions.ForStatementsAsync(db, fresh, ct);
                await transaction.CommitAsync(ct);
                completions.Committed(recorded);
                return new StoreStatementsOutcome.Stored(prepared.Select(p => p.Id).ToList());
            }
            catch (DbException e) when (attempt == 1 && writer.IsUniqueViolation(e))
            {
                await transaction.RollbackAsync(ct);
            }
        }
    }

    // Attachments are stored once per SHA-2, shared by every statement (of any partner) that names
    // the hash: the parts were verified against their hash above, so two uploads under one hash are
    // the same bytes and sharing the row serves nobody else's content. The first writer's row stays;
    // later uploads insert nothing (ON CONFLICT DO NOTHING, also when two requests race) and never
    // update it. The one exception is a row stored before uploads were verified whose bytes do not
    // match its hash: reads never serve it (QueryStatements), and a verified upload replaces it.
    private async Task StoreAttachmentsAsync(IReadOnlyDictionary<string, AttachmentPart> parts, DateTime storedAt, CancellationToken ct)
    {
        var hashes = parts.Keys.ToList();
        var existing = await db.XapiAttachments.AsNoTracking().Where(a => hashes.Contains(a.Sha2)).Select(a => new { a.Sha2, a.Content }).ToListAsync(ct);
        foreach (var (sha2, part) in parts)
        {
            if (existing.FirstOrDefault(e => e.Sha2 == sha2) is not { } row)
            {
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"INSERT INTO xapi_attachments (sha2, content_type, content, stored_at) VALUES ({sha2}, {part.ContentType}, {part.Content}, {storedAt}) ON CONFLICT (sha2) DO NOTHING",
                    ct);
            }
            else if (!AttachmentHash.Matches(row.Sha2, row.Content))
            {
                await db.XapiAttachments.Where(a => a.Sha2 == sha2)
                    .ExecuteUpdateAsync(u => u.SetProperty(a => a.Content, part.Content).SetProperty(a => a.ContentType, part.ContentType), ct);
            }
        }
    }

    // Every attachment without a fileUrl must arrive as a part, and a signature must be a valid JWS of
    // this statement (xAPI 1.0.3 Data §2.4.11, §2.6).
    private static string? CheckAttachments(JsonElement statement, IReadOnlyDictionary<string, AttachmentPart>? parts, HashSet<string> declared)
    {
        if (!statement.TryGetProperty("attachments", out var attachments) || attachments.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var attachment in attachments.EnumerateArray())
        {
            var sha2 = attachment.GetProperty("sha2").GetString()!.ToLowerInvariant();
            var usage = attachment.GetProperty("usageType").GetString();
            var hasUrl = attachment.TryGetProperty("fileUrl", out _);
            declared.Add(sha2);
            AttachmentPart? part = null;
            if (parts is not null && parts.TryGetValue(sha2, out var found))
            {
                part = found;
            }
            else if (!hasUrl || usage == StatementSignature.UsageType)
            {
                return $"attachments: the attachment with sha2 {sha2} has no fileUrl and no multipart/mixed part carrying it.";
            }

            if (usage == StatementSignature.UsageType)
            {
                if (!string.Equals(attachment.GetProperty("contentType").GetString(), "application/octet-stream", StringComparison.OrdinalIgnoreCase))
                {
                    return "attachments: a signature attachment must have contentType application/octet-stream.";
                }

                if (StatementSignature.Check(statement, part!.Content) is { } signatureError)
                {
                    return "attachments: " + signatureError;
                }
            }
        }

        return null;
    }

    // The statement as stored: what the client sent, with the properties the LRS sets (id, stored,
    // timestamp when absent, authority, version when absent) and context activities as arrays.
    // Written in one pass; the client's own values (numbers, language maps, extensions) are copied
    // byte for byte.
    internal static (string Json, DateTime Timestamp) StoredJson(JsonElement statement, Guid id, DateTime storedAt, string authority, string version) =>
        StoredJson(statement, id, storedAt, Iso(storedAt), authority, version);

    // storedText: Iso(storedAt), formatted once per request rather than per statement.
    private static (string Json, DateTime Timestamp) StoredJson(JsonElement statement, Guid id, DateTime storedAt, string storedText, string authority, string version)
    {
        var timestamp = storedAt;
        var stored = StoredBuffer.Take();
        var writer = stored.Writer;
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            var hasTimestamp = false;
            var hasVersion = false;
            foreach (var property in statement.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "id" or "stored" or "authority":
                        continue;
                    case "timestamp":
                        hasTimestamp = true;
                        if (DateTimeOffset.TryParse(property.Value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
                        {
                            timestamp = parsed.UtcDateTime;
                        }

                        property.WriteTo(writer);
                        break;
                    case "version":
                        hasVersion = true;
                        property.WriteTo(writer);
                        break;
                    case "context":
                        writer.WritePropertyName("context");
                        WriteContext(writer, property.Value);
                        break;
                    case "object" when property.Value.TryGetProperty("objectType", out var type) && type.GetString() == "SubStatement":
                        writer.WritePropertyName("object");
                        writer.WriteStartObject();
                        foreach (var inner in property.Value.EnumerateObject())
                        {
                            if (inner.Name == "context")
                            {
                                writer.WritePropertyName("context");
                                WriteContext(writer, inner.Value);
                            }
                            else
                            {
                                inner.WriteTo(writer);
                            }
                        }

                        writer.WriteEndObject();
                        break;
                    default:
                        property.WriteTo(writer);
                        break;
                }
            }

            writer.WriteString("stored", storedText);
            if (!hasTimestamp)
            {
                writer.WriteString("timestamp", storedText);
            }

            writer.WritePropertyName("authority");
            writer.WriteRawValue(authority, skipInputValidation: true);
            if (!hasVersion)
            {
                writer.WriteString("version", version);
            }

            writer.WriteEndObject();
        }

        writer.Flush();
        var json = System.Text.Encoding.UTF8.GetString(stored.Buffer.WrittenSpan);
        stored.Release();
        return (json, timestamp);
    }

    // One buffer and writer per thread, reused from statement to statement (a batch of 1,000 wrote
    // 1,000 buffers and writers); not re-entrant, and nothing awaits while one is in use.
    private sealed class StoredBuffer
    {
        [ThreadStatic]
        private static StoredBuffer? _current;

        private StoredBuffer()
        {
            Writer = new Utf8JsonWriter(Buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }

        public ArrayBufferWriter<byte> Buffer { get; } = new(4096);

        public Utf8JsonWriter Writer { get; }

        // Reset on taking: an exception half-way leaves the writer dirty.
        public static StoredBuffer Take()
        {
            var stored = _current ??= new StoredBuffer();
            stored.Buffer.ResetWrittenCount();
            stored.Writer.Reset(stored.Buffer);
            return stored;
        }

        // A statement of megabytes does not keep its buffer alive on the thread.
        public void Release()
        {
            if (Buffer.Capacity > 256 * 1024)
            {
                _current = null;
            }
        }
    }

    private static void WriteContext(Utf8JsonWriter writer, JsonElement context)
    {
        writer.WriteStartObject();
        foreach (var property in context.EnumerateObject())
        {
            if (property.Name != "contextActivities" || property.Value.ValueKind != JsonValueKind.Object)
            {
                property.WriteTo(writer);
                continue;
            }

            writer.WritePropertyName("contextActivities");
            writer.WriteStartObject();
            foreach (var kind in property.Value.EnumerateObject())
            {
                writer.WritePropertyName(kind.Name);
                if (kind.Value.ValueKind == JsonValueKind.Object)
                {
                    writer.WriteStartArray();
                    kind.Value.WriteTo(writer);
                    writer.WriteEndArray();
                }
                else
                {
                    kind.Value.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    public static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static string AuthorityJson(XapiCredential credential) =>
        JsonSerializer.Serialize(new
        {
            objectType = "Agent",
            name = credential.Partner,
            account = new { homePage = "https://semillero.example/aliados", name = credential.KeyId },
        });

    private static bool IsVoiding(JsonElement statement) =>
        statement.GetProperty("verb").GetProperty("id").GetString() == StatementShape.VoidedVerb;

    // ClientId: the id came from the client (a retry may repeat it); the LRS's own ids are new
    // version-7 UUIDs that nothing stored can hold yet.
    private sealed record Prepared(Guid Id, JsonElement Statement, string Hash, bool ClientId);
}
