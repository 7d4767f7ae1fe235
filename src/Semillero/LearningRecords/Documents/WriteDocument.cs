using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.LearningRecords.Documents;

// PUT (Merge false: store the body as sent) or POST (Merge true: merge JSON objects, or store when
// there is no document yet) to the State, Activity Profile or Agent Profile resource.
// MissingRule says what a PUT without If-Match/If-None-Match may do (DocumentConcurrency.RuleFor).
public sealed record WriteDocumentInput(
    string Partner,
    DocumentAddress Address,
    string DocumentId,
    string? ContentType,
    byte[] Content,
    bool Merge,
    string? IfMatch = null,
    string? IfNoneMatch = null,
    MissingPreconditionRule MissingRule = MissingPreconditionRule.Allowed);

public abstract record WriteDocumentOutcome
{
    public sealed record Written(string ETag) : WriteDocumentOutcome;

    public sealed record PreconditionFailed(string Message) : WriteDocumentOutcome;

    public sealed record Conflict(string Message) : WriteDocumentOutcome;

    public sealed record Invalid(string Message) : WriteDocumentOutcome;
}

public sealed class WriteDocument(SemilleroDb db, TimeProvider clock)
{
    // Each write is conditional on the ETag it read, so concurrent writers never lose each other's
    // changes; a writer that lost the race reads again and re-applies its preconditions.
    private const int Attempts = 5;

    private sealed record Current(long Id, string ETag, string ContentType, byte[]? Content);

    public async Task<WriteDocumentOutcome> RunAsync(WriteDocumentInput input, CancellationToken ct)
    {
        if (input.Address.AnyRegistration)
        {
            throw new ArgumentException("A document is written under one registration (or none).", nameof(input));
        }

        if (input.Merge && DocumentMerge.IsJson(input.ContentType) && !DocumentMerge.IsJsonObject(input.Content))
        {
            return new WriteDocumentOutcome.Invalid("The body is declared application/json but is not a JSON object.");
        }

        var scope = input.Address.Scope;
        for (var attempt = 1; ; attempt++)
        {
            var found = db.XapiDocuments.AsNoTracking().Where(d => d.Partner == input.Partner && d.Scope == scope && d.DocumentId == input.DocumentId);
            var current = input.Merge
                ? await found.Select(d => new Current(d.Id, d.ETag, d.ContentType, d.Content)).FirstOrDefaultAsync(ct)
                : await found.Select(d => new Current(d.Id, d.ETag, d.ContentType, null)).FirstOrDefaultAsync(ct);

            switch (DocumentConcurrency.Check(input.IfMatch, input.IfNoneMatch, current?.ETag, input.Merge ? null : input.MissingRule))
            {
                case PreconditionOutcome.Failed:
                    return new WriteDocumentOutcome.PreconditionFailed(current is null
                        ? "If-Match names a document that does not exist."
                        : "The document's ETag does not satisfy If-Match/If-None-Match; read it again.");
                case PreconditionOutcome.Conflict:
                    return new WriteDocumentOutcome.Conflict(
                        "The document already exists: send If-Match with its ETag to replace it, or If-None-Match: * to create only when absent.");
                case PreconditionOutcome.Missing:
                    return new WriteDocumentOutcome.Invalid("PUT to a profile needs If-Match (to replace) or If-None-Match: * (to create).");
            }

            var (content, contentType) = (input.Content, input.ContentType ?? DocumentMerge.DefaultType);
            if (input.Merge && current is not null)
            {
                var (merged, problem) = DocumentMerge.Merge(current.ContentType, current.Content!, input.ContentType, input.Content);
                if (problem is not null)
                {
                    return new WriteDocumentOutcome.Invalid(problem);
                }

                (content, contentType) = (merged!, current.ContentType);
            }

            var etag = DocumentConcurrency.ETagOf(content);
            var now = clock.GetUtcNow().UtcDateTime;
            if (current is null)
            {
                db.XapiDocuments.Add(new XapiDocument
                {
                    Partner = input.Partner,
                    Kind = input.Address.Kind,
                    ActivityId = input.Address.ActivityId,
                    AgentKey = input.Address.AgentKey,
                    Registration = input.Address.Registration!,
                    Scope = scope,
                    DocumentId = input.DocumentId,
                    ContentType = contentType,
                    Content = content,
                    ETag = etag,
                    Updated = now,
                });
                try
                {
                    await db.SaveChangesAsync(ct);
                    return new WriteDocumentOutcome.Written(etag);
                }
                catch (DbUpdateException) when (attempt < Attempts)
                {
                    // Someone created it meanwhile (unique index): go round and treat it as existing.
                    db.ChangeTracker.Clear();
                    continue;
                }
            }

            var updated = await db.XapiDocuments
                .Where(d => d.Id == current.Id && d.ETag == current.ETag)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.Content, content)
                    .SetProperty(d => d.ContentType, contentType)
                    .SetProperty(d => d.ETag, etag)
                    .SetProperty(d => d.Updated, now), ct);
            if (updated > 0)
            {
                return new WriteDocumentOutcome.Written(etag);
            }

            if (attempt >= Attempts)
            {
                return new WriteDocumentOutcome.Conflict("The document kept changing while it was being written; try again.");
            }
        }
    }
}
