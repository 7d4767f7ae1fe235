using Microsoft.EntityFrameworkCore;
using Semillero.Data;

namespace Semillero.LearningRecords.Documents;

public abstract record DeleteDocumentsOutcome
{
    public sealed record Deleted(int Count) : DeleteDocumentsOutcome;

    public sealed record PreconditionFailed(string Message) : DeleteDocumentsOutcome;
}

// DELETE on the document resources: one document (honouring If-Match/If-None-Match, xAPI 2.0
// §4.1.4), or every document an address holds (State without stateId). Deleting what is not there
// succeeds: the client's goal, no such document, holds.
public sealed class DeleteDocuments(SemilleroDb db)
{
    public async Task<DeleteDocumentsOutcome> OneAsync(
        string partner, DocumentAddress address, string documentId, string? ifMatch, string? ifNoneMatch, CancellationToken ct)
    {
        var scope = address.Scope;
        var addressed = db.XapiDocuments.Where(d => d.Partner == partner && d.Scope == scope && d.DocumentId == documentId);
        if (string.IsNullOrWhiteSpace(ifMatch) && string.IsNullOrWhiteSpace(ifNoneMatch))
        {
            return new DeleteDocumentsOutcome.Deleted(await addressed.ExecuteDeleteAsync(ct));
        }

        var current = await addressed.AsNoTracking().Select(d => d.ETag).FirstOrDefaultAsync(ct);
        if (DocumentConcurrency.Check(ifMatch, ifNoneMatch, current, null) == PreconditionOutcome.Failed)
        {
            return new DeleteDocumentsOutcome.PreconditionFailed("The document's ETag does not satisfy If-Match/If-None-Match; read it again.");
        }

        // Conditional on the ETag just checked: a change in between makes this delete nothing, and
        // the client's precondition no longer holds.
        var deleted = current is null ? 0 : await addressed.Where(d => d.ETag == current).ExecuteDeleteAsync(ct);
        return current is not null && deleted == 0
            ? new DeleteDocumentsOutcome.PreconditionFailed("The document changed while it was being deleted; read it again.")
            : new DeleteDocumentsOutcome.Deleted(deleted);
    }

    public async Task<DeleteDocumentsOutcome> AllAsync(string partner, DocumentAddress address, CancellationToken ct) =>
        new DeleteDocumentsOutcome.Deleted(await ReadDocuments.InAddress(db.XapiDocuments, partner, address).ExecuteDeleteAsync(ct));
}
