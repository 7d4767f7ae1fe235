using Semillero.Data;

namespace Semillero.LearningRecords.Ingestion;

// StatementCount: how many statements the refused request carried (1 unless it was a batch).
public sealed record RecordRejectionInput(string Partner, int Status, int StatementCount, string Reason);

// Keeps a record of a refused statement write so the partner and operators can see what an
// integration gets wrong (SummarizeIngestion reads them back). The reason only, never the statement.
public sealed class RecordRejection(SemilleroDb db, TimeProvider clock)
{
    private const int MaxReasonLength = 1000;

    // No cancellation token: the refusal happened whether or not the caller is still listening, and
    // the record must not depend on it.
    public async Task RunAsync(RecordRejectionInput input)
    {
        // The context is the request's, shared with the refused write: whatever that left tracked must
        // not be saved with the record.
        db.ChangeTracker.Clear();
        db.XapiRejections.Add(new XapiRejection
        {
            Partner = input.Partner,
            At = clock.GetUtcNow().UtcDateTime,
            Status = input.Status,
            StatementCount = input.StatementCount,
            Reason = input.Reason.Length > MaxReasonLength ? input.Reason[..MaxReasonLength] : input.Reason,
        });
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
