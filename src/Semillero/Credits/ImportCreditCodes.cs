using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Semillero.Access;
using Semillero.Companies;
using Semillero.Data;
using Semillero.Importing;

namespace Semillero.Credits;

// One problem of one row, as the operator sees it: the line in Excel (the header is row 1), the
// column, and why in both languages. Never the code itself: the report may be pasted anywhere.
public sealed record CodeRowError(int Row, string Column, string Es, string En);

public abstract record ImportCreditCodesOutcome
{
    public sealed record Imported(Guid BatchId, int Codes, long TotalCents, DeliverPendingResult Delivery) : ImportCreditCodesOutcome;

    // Nothing was written: every problem of every row, in file order.
    public sealed record Refused(IReadOnlyList<CodeRowError> Errors) : ImportCreditCodesOutcome;

    public sealed record Unreadable(string Es, string En) : ImportCreditCodesOutcome;

    public sealed record MissingColumns(IReadOnlyList<string> Missing, IReadOnlyList<string> Found) : ImportCreditCodesOutcome;
}

// An operator imports a batch of credit codes the cloud provider supplied (docs/credits.md,
// "Delivery of credit codes"): a CSV with codigo, valor_usd and optionally vence (or code, value_usd,
// expires), read like every other import (Importing/CsvImportReader). Every row is checked and the
// batch is all-or-nothing: one bad row and nothing is stored, with a report of every problem by row
// number. Codes are stored encrypted (CreditCodeVault) with their SHA-256, which refuses a code
// already imported. Awards waiting for codes are delivered right after.
public sealed class ImportCreditCodes(SemilleroDb db, CreditCodeVault vault, DeliverCredits deliver, TimeProvider clock)
{
    public const int MaxRows = 10_000;
    public const int MaxCodeLength = 200;
    public const int MaxNameLength = 120;

    public static class Fields
    {
        public const string Code = "codigo";
        public const string Value = "valor_usd";
        public const string Expires = "vence";
        public const string Batch = "lote";
    }

    public static IReadOnlyList<CsvColumn> Columns { get; } =
    [
        new(Fields.Code, true, "code", "credit_code", "codigo_credito"),
        new(Fields.Value, true, "value_usd", "valor", "value", "monto_usd", "amount_usd"),
        new(Fields.Expires, false, "expires", "expires_on", "vencimiento", "expiry"),
    ];

    public async Task<ImportCreditCodesOutcome> RunAsync(Stream content, string? batchName, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var name = batchName?.Trim();
        var errors = new List<CodeRowError>();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
        {
            errors.Add(new(0, Fields.Batch,
                $"Escriba el nombre del lote (hasta {MaxNameLength} caracteres), por ejemplo el del envío del proveedor.",
                $"Type the batch's name (up to {MaxNameLength} characters), for instance the provider's shipment."));
        }

        var open = CsvImportReader.Open(content, Columns);
        switch (open)
        {
            case CsvOpenOutcome.Unreadable u:
                return new ImportCreditCodesOutcome.Unreadable(u.Es, u.En);
            case CsvOpenOutcome.MissingColumns m:
                return new ImportCreditCodesOutcome.MissingColumns(m.Missing, m.Found);
        }

        using var reader = ((CsvOpenOutcome.Opened)open).Reader;
        var rows = reader.Rows().Take(MaxRows + 1).ToList();
        if (rows.Count > MaxRows)
        {
            errors.Add(new(0, Fields.Code, "El archivo tiene más de 10,000 filas; divídalo en lotes.", "The file has more than 10,000 rows; split it into batches."));
            return new ImportCreditCodesOutcome.Refused(errors);
        }

        if (rows.Count == 0)
        {
            errors.Add(new(0, Fields.Code, "El archivo no tiene códigos.", "The file has no codes."));
            return new ImportCreditCodesOutcome.Refused(errors);
        }

        var valid = new List<(int Row, string Code, string Hash, long Cents, DateOnly? Expires)>(rows.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var n = row.RowNumber;
            var rowOk = true;
            var code = row.Values[0]?.Trim();
            string? hash = null;
            if (string.IsNullOrEmpty(code) || CreditRules.NormalizeCode(code).Length == 0)
            {
                errors.Add(new(n, Fields.Code, "Falta el código.", "The code is missing."));
                rowOk = false;
            }
            else if (code.Length > MaxCodeLength)
            {
                errors.Add(new(n, Fields.Code, $"El código tiene más de {MaxCodeLength} caracteres.", $"The code is longer than {MaxCodeLength} characters."));
                rowOk = false;
            }
            else
            {
                hash = CreditRules.HashCode(code);
                if (seen.TryGetValue(hash, out var first))
                {
                    errors.Add(new(n, Fields.Code,
                        string.Create(CultureInfo.InvariantCulture, $"El código ya aparece en la fila {first}."),
                        string.Create(CultureInfo.InvariantCulture, $"The code already appears on row {first}.")));
                    rowOk = false;
                }
                else
                {
                    seen[hash] = n;
                }
            }

            if (!CreditRules.TryParseUsd(row.Values[1], out var cents) || cents <= 0)
            {
                errors.Add(new(n, Fields.Value, "El valor debe ser un monto positivo en dólares (por ejemplo 5000 o 1,000.50).",
                    "The value must be a positive amount in dollars (for instance 5000 or 1,000.50)."));
                rowOk = false;
            }

            DateOnly? expires = null;
            var expiresText = row.Values[2]?.Trim();
            if (!string.IsNullOrEmpty(expiresText))
            {
                if (DateOnly.TryParseExact(expiresText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    expires = day;
                }
                else
                {
                    errors.Add(new(n, Fields.Expires, "La fecha de vencimiento debe escribirse AAAA-MM-DD.", "The expiry date must be written YYYY-MM-DD."));
                    rowOk = false;
                }
            }

            if (rowOk)
            {
                valid.Add((n, code!, hash!, cents, expires));
            }
        }

        // Codes imported before: compared by hash, the only form in which they are searchable.
        var hashes = valid.Select(v => v.Hash).ToList();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in hashes.Chunk(500))
        {
            known.UnionWith(await db.CreditCodes.AsNoTracking().Where(c => chunk.Contains(c.CodeHash)).Select(c => c.CodeHash).ToListAsync(ct));
        }

        foreach (var v in valid.Where(v => known.Contains(v.Hash)))
        {
            errors.Add(new(v.Row, Fields.Code, "Este código ya se importó en otro lote.", "This code was already imported in another batch."));
        }

        if (errors.Count > 0)
        {
            return new ImportCreditCodesOutcome.Refused([.. errors.OrderBy(e => e.Row)]);
        }

        var now = clock.GetUtcNow();
        var batch = new CreditCodeBatch
        {
            Id = Guid.CreateVersion7(now),
            Name = name!,
            ImportedAt = now.UtcDateTime,
            ImportedBy = actor.Id.Length <= 100 ? actor.Id : actor.Id[..100],
            Codes = valid.Count,
            TotalCents = valid.Sum(v => v.Cents),
        };
        db.CreditCodeBatches.Add(batch);
        foreach (var v in valid)
        {
            db.CreditCodes.Add(new CreditCode
            {
                Id = Guid.CreateVersion7(now),
                BatchId = batch.Id,
                Encrypted = vault.Protect(v.Code),
                CodeHash = v.Hash,
                ValueCents = v.Cents,
                ProviderExpiresOn = v.Expires,
            });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (RegisterCompany.IsUniqueViolation(e))
        {
            // Another import stored one of these codes between the check and the write.
            db.ChangeTracker.Clear();
            return new ImportCreditCodesOutcome.Refused([new(0, Fields.Code, "Otro lote importó uno de estos códigos al mismo tiempo; vuelva a importar el archivo para ver cuál.",
                "Another batch imported one of these codes at the same time; import the file again to see which.")]);
        }

        db.ChangeTracker.Clear();
        var delivery = await deliver.DeliverPendingAsync(ct);
        return new ImportCreditCodesOutcome.Imported(batch.Id, batch.Codes, batch.TotalCents, delivery);
    }
}
