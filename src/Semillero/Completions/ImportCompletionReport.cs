using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Semillero.Access;
using Semillero.Catalog;
using Semillero.Data;
using Semillero.Geography;
using Semillero.Importing;
using static Semillero.Completions.CompletionReportRows;

namespace Semillero.Completions;

public sealed record ImportCompletionReportInput(string Provider, string FileName, byte[] Content, string ImportedBy);

// A row that was not imported. Curp is what the row had (as the learner import reports it); an
// email is never echoed back.
public sealed record CompletionReportRejection(int Row, string? Curp, string? ExternalId, string Code, string Column, string ReasonEs, string ReasonEn);

public sealed record CompletionReportSummary(
    Guid ReportId,
    string Provider,
    string Encoding,
    string Delimiter,
    int Rows,
    int Added,
    int AlreadyCompleted,
    int Rejected,
    IReadOnlyList<CompletionReportRejection> Rejections,
    bool RejectionsTruncated);

public abstract record ImportCompletionReportOutcome
{
    public sealed record Imported(CompletionReportSummary Summary) : ImportCompletionReportOutcome;

    // Nothing was written: this provider's file with these exact bytes was imported before.
    public sealed record AlreadyImported(Guid ReportId, string FileName, DateTime ImportedAt) : ImportCompletionReportOutcome;

    // Nothing was written: no course in the catalog is offered by this provider.
    public sealed record UnknownProvider(string Provider, IReadOnlyList<string> Known) : ImportCompletionReportOutcome;

    // Nothing was written: the file could not be read as CSV text.
    public sealed record Unreadable(string Es, string En) : ImportCompletionReportOutcome;

    // Nothing was written: required columns are absent.
    public sealed record MissingColumns(IReadOnlyList<string> Missing, IReadOnlyList<string> Found) : ImportCompletionReportOutcome;
}

// A provider's CSV completion report (docs/completion-reports.md) becomes course completions
// with Report evidence. The same policy as the learner import: rows with problems are rejected and
// reported by row number, the good rows are imported, and all of it is one transaction — a failure
// or a cancellation part way leaves neither the report nor any of its completions. Idempotent: the
// same bytes from the same provider are recognised (unique provider + SHA-256) and write nothing.
public sealed partial class ImportCompletionReport(SemilleroDb db, CompletionSignal signal, IPartnerDirectory partners, TimeProvider clock, ILogger<ImportCompletionReport> log)
{
    public const int BatchSize = 1_000;
    public const int MaxRejectionsKept = 1_000;

    // A report of 100,000 rows is about 6 MB; anything far bigger is not a completion report.
    public const int MaxBytes = 32 * 1024 * 1024;

    // Course providers as the catalog keeps them (partner keys), for the operator's choice.
    public async Task<IReadOnlyList<string>> ProvidersAsync(CancellationToken ct) =>
        (await db.Courses.AsNoTracking().Select(c => c.Provider).Distinct().ToListAsync(ct)).Order(StringComparer.Ordinal).ToList();

    public async Task<ImportCompletionReportOutcome> RunAsync(ImportCompletionReportInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var known = await ProvidersAsync(ct);
        // Typed by a person at a prompt: "moodle" is the catalog's "Moodle".
        // Chosen from the list (a partner key) or typed at a prompt by name: "moodle" is the catalog's "Moodle".
        var provider = known.FirstOrDefault(p => string.Equals(p, partners.KeyFor(input.Provider), StringComparison.Ordinal))
            ?? known.FirstOrDefault(p => string.Equals(Entidades.Fold(partners.NameOf(p)), Entidades.Fold(input.Provider), StringComparison.Ordinal));
        if (provider is null)
        {
            return new ImportCompletionReportOutcome.UnknownProvider(input.Provider, known.Select(partners.NameOf).ToList());
        }

        if (input.Content.Length > MaxBytes)
        {
            return new ImportCompletionReportOutcome.Unreadable(
                Invariant($"El archivo pesa más de {MaxBytes / 1024 / 1024} MB; divídalo en varios reportes."),
                Invariant($"The file is larger than {MaxBytes / 1024 / 1024} MB; split it into several reports."));
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(input.Content));
        if (await EarlierAsync(provider, sha256, ct) is { } earlier)
        {
            return earlier;
        }

        using var content = new MemoryStream(input.Content, writable: false);
        var open = CsvImportReader.Open(content, Columns);
        switch (open)
        {
            case CsvOpenOutcome.Unreadable u:
                return new ImportCompletionReportOutcome.Unreadable(u.Es, u.En);
            case CsvOpenOutcome.MissingColumns m:
                return new ImportCompletionReportOutcome.MissingColumns(m.Missing, m.Found);
        }

        using var reader = ((CsvOpenOutcome.Opened)open).Reader;
        if (!reader.HasColumn(0) && !reader.HasColumn(1))
        {
            return new ImportCompletionReportOutcome.MissingColumns([$"{Fields.Curp}/{Fields.Correo}"], reader.Header);
        }

        var courses = await db.Courses.AsNoTracking().Where(c => c.Provider == provider)
            .Select(c => new { c.Id, c.Code }).ToListAsync(ct);
        var courseByCode = courses.ToDictionary(c => c.Code, c => c.Id, StringComparer.Ordinal);
        // Codes typed in a spreadsheet lose their case; a folded code still names one course unless
        // the provider has two codes that differ only by case.
        var courseByFoldedCode = courses.GroupBy(c => c.Code.ToUpperInvariant(), StringComparer.Ordinal)
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Id, StringComparer.Ordinal);
        var courseIds = courses.Select(c => c.Id).ToList();
        var rules = (await db.CompletionRules.AsNoTracking().Where(r => r.CourseId != null && courseIds.Contains(r.CourseId.Value)).ToListAsync(ct))
            .GroupBy(r => r.CourseId!.Value)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.Version)!);

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var report = new CompletionReport
        {
            Id = Guid.CreateVersion7(now),
            Provider = provider,
            FileName = Truncate(Path.GetFileName(input.FileName), 260),
            Sha256 = sha256,
            ImportedBy = Truncate(input.ImportedBy, 100),
            ImportedAt = now.UtcDateTime,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The report row first: a second import of the same file racing this one waits on the unique
        // index here, and finds this one once it commits.
        db.CompletionReports.Add(report);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return await EarlierAsync(provider, sha256, ct) ?? throw new InvalidOperationException("The completion report could not be recorded.");
        }

        db.ChangeTracker.Clear();
        var state = new ImportState();
        var batch = new List<(int Row, string? RawCurp, ParsedReportRow? Parsed, IReadOnlyList<ReportRowProblem> Problems)>(BatchSize);
        foreach (var row in reader.Rows())
        {
            ct.ThrowIfCancellationRequested();
            state.Rows++;
            var values = row.Values;
            var (parsed, problems) = Parse(new ReportRowInput(values[0], values[1], values[2], values[3], values[4], values[5]), today);
            batch.Add((row.RowNumber, values[0]?.Trim().ToUpperInvariant(), parsed, problems));
            if (batch.Count == BatchSize)
            {
                await WriteBatchAsync(batch, report, courseByCode, courseByFoldedCode, rules, state, ct);
                batch.Clear();
            }
        }

        await WriteBatchAsync(batch, report, courseByCode, courseByFoldedCode, rules, state, ct);
        await db.CompletionReports.Where(r => r.Id == report.Id).ExecuteUpdateAsync(u => u
            .SetProperty(r => r.Rows, state.Rows)
            .SetProperty(r => r.Completions, state.Added)
            .SetProperty(r => r.Rejected, state.Rejected), ct);
        await transaction.CommitAsync(ct);

        // The new completions wait in the path outbox (PathsEvaluatedAt null); wake the evaluator so
        // the people who finished a path become egresados now rather than at its next poll.
        if (state.Added > 0)
        {
            signal.Notify();
        }

        Imported(log, report.Id, state.Rows, state.Added, state.AlreadyCompleted, state.Rejected);
        return new ImportCompletionReportOutcome.Imported(new CompletionReportSummary(
            report.Id, provider, reader.EncodingName, reader.Delimiter, state.Rows, state.Added, state.AlreadyCompleted, state.Rejected,
            state.Rejections, state.Truncated));
    }

    private async Task<ImportCompletionReportOutcome.AlreadyImported?> EarlierAsync(string provider, string sha256, CancellationToken ct) =>
        await db.CompletionReports.AsNoTracking()
            .Where(r => r.Provider == provider && r.Sha256 == sha256)
            .Select(r => new ImportCompletionReportOutcome.AlreadyImported(r.Id, r.FileName, r.ImportedAt))
            .FirstOrDefaultAsync(ct);

    private sealed class ImportState
    {
        public int Rows { get; set; }

        public int Added { get; set; }

        public int AlreadyCompleted { get; set; }

        public int Rejected { get; set; }

        public List<CompletionReportRejection> Rejections { get; } = [];

        public bool Truncated { get; set; }

        // The first accepted row for each person and course, to report repeats as duplicates.
        public Dictionary<(Guid Learner, Guid Course), int> Seen { get; } = [];

        // A row with several problems is listed once per problem but counted once.
        public void Reject(int row, string? curp, string? externalId, IEnumerable<ReportRowProblem> problems)
        {
            Rejected++;
            foreach (var p in problems)
            {
                if (Rejections.Count < MaxRejectionsKept)
                {
                    Rejections.Add(new CompletionReportRejection(row, curp, externalId, p.Code, p.Column, p.Es, p.En));
                }
                else
                {
                    Truncated = true;
                }
            }
        }
    }

    private async Task WriteBatchAsync(
        List<(int Row, string? RawCurp, ParsedReportRow? Parsed, IReadOnlyList<ReportRowProblem> Problems)> batch,
        CompletionReport report,
        Dictionary<string, Guid> courseByCode,
        Dictionary<string, Guid> courseByFoldedCode,
        Dictionary<Guid, CompletionRule> rules,
        ImportState state,
        CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var valid = batch.Where(b => b.Parsed is not null).Select(b => b.Parsed!).ToList();
        var curps = valid.Where(r => r.Curp is not null).Select(r => r.Curp!).Distinct(StringComparer.Ordinal).ToList();
        var emails = valid.Where(r => r.Email is not null).Select(r => r.Email!).Distinct(StringComparer.Ordinal).ToList();
        // Anonymised records have a random non-CURP token and no email, so they never match; the
        // filter says so anyway.
        Dictionary<string, Guid> byCurp = curps.Count == 0 ? [] : await db.Learners.AsNoTracking()
            .Where(l => l.AnonymizedAt == null && curps.Contains(l.Curp))
            .Select(l => new { l.Id, l.Curp })
            .ToDictionaryAsync(l => l.Curp, l => l.Id, StringComparer.Ordinal, ct);
        // Two registered people can share an email (a family address): such a row names no one for
        // sure, and is rejected rather than credited to either (as the LRS's IdentityResolver does).
        Dictionary<string, List<Guid>> byEmail = emails.Count == 0 ? [] : (await db.Learners.AsNoTracking()
                .Where(l => l.AnonymizedAt == null && l.Email != null && emails.Contains(l.Email))
                .Select(l => new { l.Id, Email = l.Email! })
                .ToListAsync(ct))
            .GroupBy(l => l.Email, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(l => l.Id).ToList(), StringComparer.Ordinal);

        var learnerIds = byCurp.Values.Concat(byEmail.Values.Where(ids => ids.Count == 1).Select(ids => ids[0])).Distinct().ToList();
        var batchCourses = rules.Keys.ToList();
        HashSet<(Guid, Guid)> completed = learnerIds.Count == 0 ? [] : (await db.CourseCompletions.AsNoTracking()
                .Where(c => learnerIds.Contains(c.LearnerId) && batchCourses.Contains(c.CourseId))
                .Select(c => new { c.LearnerId, c.CourseId })
                .ToListAsync(ct))
            .Select(c => (c.LearnerId, c.CourseId))
            .ToHashSet();

        var recordedAt = clock.GetUtcNow();
        foreach (var (row, rawCurp, parsed, parseProblems) in batch)
        {
            if (parsed is null)
            {
                state.Reject(row, rawCurp, null, parseProblems);
                continue;
            }

            var problems = new List<ReportRowProblem>(1);
            var courseId = courseByCode.TryGetValue(parsed.Course, out var exact) ? exact
                : courseByFoldedCode.TryGetValue(parsed.Course.ToUpperInvariant(), out var folded) ? folded
                : (Guid?)null;
            CompletionRule? rule = null;
            if (courseId is null)
            {
                problems.Add(new(Codes.UnknownCourse, Fields.Curso,
                    $"El curso «{Shorten(parsed.Course)}» no está en el catálogo de {partners.NameOf(report.Provider)}.",
                    $"Course «{Shorten(parsed.Course)}» is not in {partners.NameOf(report.Provider)}'s catalog."));
            }
            else if (!rules.TryGetValue(courseId.Value, out rule))
            {
                problems.Add(new(Codes.NoRule, Fields.Curso,
                    $"El curso «{Shorten(parsed.Course)}» aún no tiene regla de término.",
                    $"Course «{Shorten(parsed.Course)}» has no completion rule yet."));
            }
            else if (!rule.AcceptsReports)
            {
                problems.Add(new(Codes.RuleRefusesReports, Fields.Curso,
                    Invariant($"La regla vigente del curso «{Shorten(parsed.Course)}» (versión {rule.Version}) no acepta reportes del proveedor como evidencia."),
                    Invariant($"The current rule of course «{Shorten(parsed.Course)}» (version {rule.Version}) does not accept provider reports as evidence.")));
            }
            else if (rule.MinScaledScore is { } min)
            {
                // The same test as for a statement (CourseRule.Accepts): a minimum needs a score.
                if (parsed.ScaledScore is not { } score)
                {
                    problems.Add(new(Codes.ScoreRequired, Fields.Calificacion,
                        Invariant($"El curso exige una calificación mínima de {min * 100:0.##} y la fila no trae calificación."),
                        Invariant($"The course requires a minimum score of {min * 100:0.##} and the row has no score.")));
                }
                else if (score < min)
                {
                    problems.Add(new(Codes.ScoreBelowMinimum, Fields.Calificacion,
                        Invariant($"La calificación {score * 100:0.##} es menor que la mínima del curso ({min * 100:0.##})."),
                        Invariant($"Score {score * 100:0.##} is below the course's minimum ({min * 100:0.##}).")));
                }
            }

            Guid? learnerId = null;
            if (parsed.Curp is { } curp)
            {
                if (byCurp.TryGetValue(curp, out var id))
                {
                    learnerId = id;
                }
                else
                {
                    problems.Add(new(Codes.UnknownLearner, Fields.Curp,
                        "La CURP no corresponde a ninguna persona registrada.", "The CURP matches no registered person."));
                }
            }
            else if (byEmail.TryGetValue(parsed.Email!, out var ids) && ids.Count == 1)
            {
                learnerId = ids[0];
            }
            else if (ids is { Count: > 1 })
            {
                problems.Add(new(Codes.AmbiguousEmail, Fields.Correo,
                    "El correo corresponde a más de una persona registrada; identifíquela con su CURP.",
                    "The email matches more than one registered person; identify them by CURP."));
            }
            else
            {
                problems.Add(new(Codes.UnknownLearner, Fields.Correo,
                    "El correo no corresponde a ninguna persona registrada; identifíquela con su CURP.",
                    "The email matches no registered person; identify them by CURP."));
            }

            if (problems.Count > 0)
            {
                state.Reject(row, rawCurp, parsed.ExternalId, problems);
                continue;
            }

            var key = (learnerId!.Value, courseId!.Value);
            if (state.Seen.TryGetValue(key, out var first))
            {
                state.Reject(row, rawCurp, parsed.ExternalId, [new(Codes.Duplicate, Fields.Curso,
                    Invariant($"La persona y el curso ya aparecieron en la fila {first} de este archivo; se conservó aquella."),
                    Invariant($"This person and course already appeared on row {first} of this file; that row was kept."))]);
                continue;
            }

            state.Seen[key] = row;
            if (completed.Contains(key))
            {
                state.AlreadyCompleted++;
                continue;
            }

            var completion = new CourseCompletion
            {
                Id = Guid.CreateVersion7(recordedAt),
                LearnerId = key.Item1,
                CourseId = key.Item2,
                RuleId = rule!.Id,
                Evidence = EvidenceKind.Report,
                ReportId = report.Id,
                ReportRow = row,
                ScaledScore = parsed.ScaledScore,
                CompletedAt = parsed.CompletedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                RecordedAt = recordedAt.UtcDateTime,
            };
            // Zero when statements or another import recorded it since the check above.
            if (await CompletionWriter.InsertAsync(db, [completion], ct) == 1)
            {
                state.Added++;
            }
            else
            {
                state.AlreadyCompleted++;
            }
        }
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    private static string Truncate(string s, int length) => s.Length <= length ? s : s[..length];

    private static string Shorten(string s) => s.Length <= 40 ? s : string.Concat(s.AsSpan(0, 40), "…");

    [LoggerMessage(Level = LogLevel.Information, Message = "Completion report {ReportId} imported: {Rows} rows, {Added} added, {AlreadyCompleted} already completed, {Rejected} rejected")]
    private static partial void Imported(ILogger logger, Guid reportId, int rows, int added, int alreadyCompleted, int rejected);
}
