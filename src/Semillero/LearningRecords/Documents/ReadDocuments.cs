using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.LearningRecords.Documents;

public sealed record StoredDocument(string ContentType, byte[] Content, string ETag, DateTime Updated);

public sealed record DocumentIds(IReadOnlyList<string> Ids, DateTime? LastUpdated);

// GET on the document resources: one document by its id, or the ids of those an address holds.
// A partner reads only the documents its own credentials wrote.
public sealed class ReadDocuments(SemilleroDb db)
{
    public async Task<StoredDocument?> OneAsync(string partner, DocumentAddress address, string documentId, CancellationToken ct)
    {
        var scope = address.Scope;
        var row = await db.XapiDocuments.AsNoTracking()
            .Where(d => d.Partner == partner && d.Scope == scope && d.DocumentId == documentId)
            .Select(d => new StoredDocument(d.ContentType, d.Content, d.ETag, d.Updated))
            .FirstOrDefaultAsync(ct);
        return row is null ? null : row with { Updated = DateTime.SpecifyKind(row.Updated, DateTimeKind.Utc) };
    }

    // since: only documents updated strictly after it (xAPI 1.0.3 Communication §2.3, §2.6, §2.7).
    public async Task<DocumentIds> IdsAsync(string partner, DocumentAddress address, DateTime? since, CancellationToken ct)
    {
        var documents = InAddress(db.XapiDocuments.AsNoTracking(), partner, address);
        if (since is { } after)
        {
            documents = documents.Where(d => d.Updated > after);
        }

        var rows = await documents.Select(d => new { d.DocumentId, d.Updated }).ToListAsync(ct);
        var ids = rows.Select(r => r.DocumentId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        DateTime? last = rows.Count == 0 ? null : DateTime.SpecifyKind(rows.Max(r => r.Updated), DateTimeKind.Utc);
        return new DocumentIds(ids, last);
    }

    // REVIEW: "any registration" filters on the unindexed activity and agent columns within the
    // partner's documents (the unique index's Partner prefix narrows it); a (Partner, Kind, AgentKey)
    // index would serve it if partners come to list or clear state across registrations often.
    internal static IQueryable<XapiDocument> InAddress(IQueryable<XapiDocument> documents, string partner, DocumentAddress address)
    {
        if (!address.AnyRegistration)
        {
            var scope = address.Scope;
            return documents.Where(d => d.Partner == partner && d.Scope == scope);
        }

        return documents.Where(d => d.Partner == partner && d.Kind == address.Kind
            && d.ActivityId == address.ActivityId && d.AgentKey == address.AgentKey);
    }
}
