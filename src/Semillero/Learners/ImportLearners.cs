using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Importing;

namespace Semillero.Learners;

public enum ImportRowStatus
{
    Inserted,
    Updated,
    Unchanged,
    Duplicate,
    Rejected,

    // The CURP belongs to a person the importer may not change (Registrar); counted as rejected.
    // Same code as the API's 409 for it.
    [JsonStringEnumMemberName(ImportLearners.RegisteredByAnotherCode)]
    RegisteredByAnother,
}

public sealed record ImportRowResult(int Row, string? Curp, ImportRowStatus Status, string? Column, string? ReasonEs, string? ReasonEn);

public sealed record ImportSummary(
    Guid ImportId,
    string Encoding,
    string Delimiter,
    int Rows,
    int Inserted,
    int Updated,
    int Unchanged,
    int Duplicate,
    int Rejected,
    int RegisteredByAnother,
    IReadOnlyList<ImportRowResult> Problems,
    bool ProblemsTruncated);

public abstract record ImportLearnersOutcome
{
    public sealed record Completed(ImportSummary Summary) : ImportLearnersOutcome;

    // Nothing was written: the file could not be read as CSV text.
    public sealed record Unreadable(string Es, string En) : ImportLearnersOutcome;

    // Nothing was written: required columns are absent.
    public sealed record MissingColumns(IReadOnlyList<string> Missing, IReadOnlyList<string> Found) : ImportLearnersOutcome;
}

// Bulk registration from a partner's or office's CSV. Atomic (one transaction: an interrupted
// import leaves nothing), idempotent (re-importing a file changes nothing), streaming (rows are
// validated and written in batches; only a 16-byte key per CURP seen is kept, to report in-file duplicates).
public sealed class ImportLearners(SemilleroDb db, TimeProvider clock)
{
    public const int BatchSize = 1_000;
    public const int MaxProblemsKept = 1_000;
    public const string RegisteredByAnotherCode = "ya_registrado_por_otro";

    public static IReadOnlyList<CsvColumn> Columns { get; } =
    [
        new(LearnerRules.Fields.Curp, true),
        new(LearnerRules.Fields.Nombre, true, "nombres", "nombre(s)", "nombre_s"),
        new(LearnerRules.Fields.PrimerApellido, true, "apellido_paterno", "primer apellido", "paterno"),
        new(LearnerRules.Fields.SegundoApellido, false, "apellido_materno", "segundo apellido", "materno"),
        new(LearnerRules.Fields.Correo, false, "correo_electronico", "email", "e-mail", "correo electronico"),
        new(LearnerRules.Fields.Entidad, true, "entidad_federativa", "estado", "entidad_de_residencia"),
        new(LearnerRules.Fields.Segmento, true, "segment", "perfil"),
    ];

    public async Task<ImportLearnersOutcome> RunAsync(
        Stream content,
        string? fileName,
        Registrar registrar,
        Action<long, long>? progress,
        Func<ImportRowResult, ValueTask>? onRow,
        CancellationToken ct)
    {
        var started = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(started);
        var sha256 = await HashAsync(content, ct);

        var open = CsvImportReader.Open(content, Columns);
        switch (open)
        {
            case CsvOpenOutcome.Unreadable u:
                return new ImportLearnersOutcome.Unreadable(u.Es, u.En);
            case CsvOpenOutcome.MissingColumns m:
                return new ImportLearnersOutcome.MissingColumns(m.Missing, m.Found);
        }

        using var opened = ((CsvOpenOutcome.Opened)open).Reader;
        var counts = new int[Enum.GetValues<ImportRowStatus>().Length];
        var problems = new List<ImportRowResult>();
        var truncated = false;
        var seen = new HashSet<UInt128>();
        var batch = new List<(int Row, ValidLearner Learner)>(BatchSize);
        // Rejections and duplicates wait for the batch's inserts so the report stays in row order.
        var decided = new List<(ImportRowResult Result, bool Count)>();
        var writer = LearnerBulkWriter.For(db);
        var rows = 0;

        // A row with several bad fields is reported once per field but counted once.
        async ValueTask Report(ImportRowResult result, bool count = true)
        {
            if (count)
            {
                counts[(int)result.Status]++;
            }

            if (result.Status is ImportRowStatus.Rejected or ImportRowStatus.Duplicate or ImportRowStatus.RegisteredByAnother)
            {
                if (problems.Count < MaxProblemsKept)
                {
                    problems.Add(result);
                }
                else
                {
                    truncated = true;
                }
            }

            if (onRow is not null)
            {
                await onRow(result);
            }
        }

        async Task FlushAsync()
        {
            decided.AddRange((await WriteBatchAsync(batch, writer, registrar, ct)).Select(r => (r, true)));
            foreach (var (result, count) in decided.OrderBy(d => d.Result.Row))
            {
                await Report(result, count);
            }

            decided.Clear();
            batch.Clear();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var row in opened.Rows())
        {
            ct.ThrowIfCancellationRequested();
            rows++;
            var input = new LearnerInput(row.Values[0], row.Values[1], row.Values[2], row.Values[3], row.Values[4], row.Values[5], row.Values[6]);
            var (valid, errors) = LearnerRules.Validate(input, today);
            var curpText = row.Values[0]?.Trim().ToUpperInvariant();
            if (valid is null)
            {
                for (var i = 0; i < errors.Count; i++)
                {
                    var e = errors[i];
                    decided.Add((new ImportRowResult(row.RowNumber, curpText, ImportRowStatus.Rejected, e.Field, e.Reason.Es, e.Reason.En), i == 0));
                }

                continue;
            }

            if (!seen.Add(CurpKey(valid.Curp.Value)))
            {
                decided.Add((new ImportRowResult(row.RowNumber, valid.Curp.Value, ImportRowStatus.Duplicate, LearnerRules.Fields.Curp,
                    "La CURP ya apareció en una fila anterior de este archivo; se conservó la primera.",
                    "The CURP already appeared in an earlier row of this file; the first one was kept."), true));
                continue;
            }

            batch.Add((row.RowNumber, valid));
            if (batch.Count == BatchSize || decided.Count >= BatchSize)
            {
                await FlushAsync();
                progress?.Invoke(opened.BytesRead, opened.Length);
            }
        }

        await FlushAsync();
        progress?.Invoke(opened.Length, opened.Length);

        var import = new LearnerImport
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(started, TimeSpan.Zero)),
            FileName = fileName is null ? null : Path.GetFileName(fileName),
            Sha256 = sha256,
            ImportedBy = registrar.RegisteredBy,
            StartedAt = started,
            CompletedAt = clock.GetUtcNow().UtcDateTime,
            Rows = rows,
            Inserted = counts[(int)ImportRowStatus.Inserted],
            Updated = counts[(int)ImportRowStatus.Updated],
            Unchanged = counts[(int)ImportRowStatus.Unchanged],
            Duplicate = counts[(int)ImportRowStatus.Duplicate],
            // REVIEW: the import record has no column of its own for rows refused as another's
            // person; they count as rejected until a migration adds one (the summary and the
            // row report tell them apart).
            Rejected = counts[(int)ImportRowStatus.Rejected] + counts[(int)ImportRowStatus.RegisteredByAnother],
        };
        db.LearnerImports.Add(import);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();

        return new ImportLearnersOutcome.Completed(new ImportSummary(
            import.Id, opened.EncodingName, opened.Delimiter, rows,
            import.Inserted, import.Updated, import.Unchanged, import.Duplicate, import.Rejected,
            counts[(int)ImportRowStatus.RegisteredByAnother], problems, truncated));
    }

    private async Task<List<ImportRowResult>> WriteBatchAsync(
        List<(int Row, ValidLearner Learner)> batch,
        LearnerBulkWriter writer,
        Registrar registrar,
        CancellationToken ct)
    {
        var results = new List<ImportRowResult>(batch.Count);
        if (batch.Count == 0)
        {
            return results;
        }

        // One query per batch finds who exists, who registered them and whether they have an account.
        var curps = batch.Select(b => b.Learner.Curp.Value).ToList();
        var existing = await db.Learners.AsNoTracking()
            .Where(l => curps.Contains(l.Curp))
            .Select(l => new ExistingLearner(l.Id, l.Curp, l.Email, l.StateCode, l.Segment, l.RegisteredBy, db.Users.Any(u => u.LearnerId == l.Id)))
            .ToDictionaryAsync(l => l.Curp, StringComparer.Ordinal, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var inserts = new List<Learner>(batch.Count);
        var updates = new List<LearnerContactUpdate>();
        foreach (var (row, valid) in batch)
        {
            var curp = valid.Curp.Value;
            if (!existing.TryGetValue(curp, out var current))
            {
                inserts.Add(RegisterLearner.NewLearner(valid, registrar.RegisteredBy, now));
                results.Add(new ImportRowResult(row, curp, ImportRowStatus.Inserted, null, null, null));
                continue;
            }

            // Another institution's person, or a person's own (self-registered, or whose account
            // claimed the record: their own words about themselves win over a partner's file):
            // nothing about them changes and the row says nothing about them (no id, not who
            // registered them).
            if (!registrar.MayUpdate(current.RegisteredBy) || (current.HasAccount && !registrar.MayUpdateAnyone))
            {
                results.Add(new ImportRowResult(row, curp, ImportRowStatus.RegisteredByAnother, LearnerRules.Fields.Curp,
                    "Esta CURP ya está en el registro y la registró otra institución o la propia persona; no se modificó nada de ella.",
                    "This CURP is already in the registry, registered by another institution or by the person themself; nothing about them was changed."));
                continue;
            }

            // Contact fields follow the latest file; an empty email in a file never erases one on record.
            var email = valid.Email ?? current.Email;
            var changed = !string.Equals(email, current.Email, StringComparison.Ordinal)
                || !string.Equals(valid.State.Clave, current.StateCode, StringComparison.Ordinal)
                || valid.Segment != current.Segment;
            if (changed)
            {
                updates.Add(new LearnerContactUpdate(current.Id, email, valid.State.Clave, valid.Segment, now));
            }

            results.Add(new ImportRowResult(row, curp, changed ? ImportRowStatus.Updated : ImportRowStatus.Unchanged, null, null, null));
        }

        await writer.InsertAsync(inserts, ct);
        await writer.UpdateContactsAsync(updates, registrar.MayUpdateAnyone ? null : registrar.Owner, ct);
        return results;
    }

    // A valid CURP is 18 characters of [0-9A-Z], a base-36 number below 2^94: packing it into 16
    // bytes keeps the in-file duplicate check at ~32 bytes a row instead of a string per row.
    internal static UInt128 CurpKey(string curp)
    {
        UInt128 key = 0;
        foreach (var c in curp)
        {
            key = key * 36 + (uint)(c <= '9' ? c - '0' : c - 'A' + 10);
        }

        return key;
    }

    private static async Task<string> HashAsync(Stream content, CancellationToken ct)
    {
        content.Position = 0;
        var hash = await SHA256.HashDataAsync(content, ct);
        content.Position = 0;
        return Convert.ToHexStringLower(hash);
    }

    private sealed record ExistingLearner(Guid Id, string Curp, string? Email, string StateCode, Segment Segment, string? RegisteredBy, bool HasAccount);

    public static string StatusName(ImportRowStatus status) => status switch
    {
        ImportRowStatus.Inserted => "insertado",
        ImportRowStatus.Updated => "actualizado",
        ImportRowStatus.Unchanged => "sin_cambios",
        ImportRowStatus.Duplicate => "duplicado",
        ImportRowStatus.Rejected => "rechazado",
        ImportRowStatus.RegisteredByAnother => RegisteredByAnotherCode,
    };
}

internal sealed record LearnerContactUpdate(Guid Id, string? Email, string StateCode, Segment Segment, DateTime UpdatedAt);
