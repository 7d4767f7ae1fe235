using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Semillero.Data;
using Semillero.Demo;
using Semillero.Learners;

namespace Semillero.Bench.Learners;

// The learner import benchmark (BENCHMARKS.md, "Learner CSV import"): a 100k-row learner CSV through the real import (encoding scan, parsing,
// full CURP/name/email/state validation, duplicate detection, existence check, write) against the
// raw floor for the same rows: Npgsql binary COPY on PostgreSQL, one prepared-insert transaction on
// SQLite. Each run starts from an empty migrated database.
public static class LearnerImportBench
{
    public static async Task RunAsync(int rows, int runs)
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var people = DemoLearners.Generate(rows, seed: 99, today).ToList();
        var csv = Path.Combine(Path.GetTempPath(), $"semillero-bench-{rows}.csv");
        await using (var w = new StreamWriter(csv, false, new UTF8Encoding(false)))
        {
            await w.WriteLineAsync("curp,nombre,primer_apellido,segundo_apellido,correo,entidad,segmento");
            foreach (var p in people)
            {
                await w.WriteLineAsync($"{p.Curp},{p.Nombre},{p.PrimerApellido},{p.SegundoApellido},{p.Correo},{p.EntidadClave},{p.Segmento}");
            }
        }

        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var learners = people.Select(p => RegisterLearner.NewLearner(
            LearnerRules.Validate(new LearnerInput(p.Curp, p.Nombre, p.PrimerApellido, p.SegundoApellido, p.Correo, p.EntidadClave, p.Segmento), today).Learner!,
            "bench", now)).ToList();

        Console.WriteLine($"# Learner CSV import: {rows:N0} rows ({new FileInfo(csv).Length / 1024.0 / 1024.0:F1} MB), {runs} runs each, medians");
        Console.WriteLine($"# {Environment.ProcessorCount} cores, .NET {Environment.Version}, {TimeProvider.System.GetUtcNow():yyyy-MM-dd}");
        Console.WriteLine();
        Console.WriteLine("| Database | Raw baseline (median) | Import (median) | Import rows/s | Ratio import/raw | Peak managed heap during import |");
        Console.WriteLine("|---|---|---|---|---|---|");

        var providers = new List<DatabaseProvider> { DatabaseProvider.Sqlite };
        if (Environment.GetEnvironmentVariable("SEMILLERO_BENCH_POSTGRES") is { Length: > 0 })
        {
            providers.Add(DatabaseProvider.Postgres);
        }
        else
        {
            Console.Error.WriteLine("SEMILLERO_BENCH_POSTGRES not set: PostgreSQL skipped (run through scripts/bench.sh).");
        }

        foreach (var provider in providers)
        {
            var raw = new List<double>();
            var import = new List<double>();
            var heaps = new List<long>();
            for (var run = 0; run < runs + 1; run++)
            {
                // Alternate order so neither side always runs on a warmer machine.
                double r, i;
                if (run % 2 == 0)
                {
                    r = await RawAsync(provider, learners);
                    i = await ImportAsync(provider, csv);
                }
                else
                {
                    i = await ImportAsync(provider, csv);
                    r = await RawAsync(provider, learners);
                }

                var heap = LastHeap;

                if (run == 0)
                {
                    continue; // warm-up: JIT, page cache, connection pools
                }

                raw.Add(r);
                import.Add(i);
                heaps.Add(heap);
            }

            var rawMedian = Median(raw);
            var importMedian = Median(import);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {provider} | {rawMedian:F2} s | {importMedian:F2} s | {rows / importMedian:N0} | {importMedian / rawMedian:F2}× | {Median(heaps.Select(h => (double)h)) / 1024 / 1024:F0} MB |"));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{provider}: raw runs [{string.Join(", ", raw.Select(x => x.ToString("F2", CultureInfo.InvariantCulture)))}] import runs [{string.Join(", ", import.Select(x => x.ToString("F2", CultureInfo.InvariantCulture)))}]"));
        }

        File.Delete(csv);
    }

    private static long LastHeap;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static async Task<double> ImportAsync(DatabaseProvider provider, string csv)
    {
        await using var database = await BenchDatabase.CreateAsync(provider);
        await using var db = DataModule.CreateDb(database.Options);
        await using var file = new FileStream(csv, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        GC.Collect();
        var baseline = GC.GetTotalMemory(true);
        long peak = 0;
        using var sampler = new Timer(_ => peak = Math.Max(peak, GC.GetTotalMemory(false)), null, 0, 5);
        var sw = Stopwatch.StartNew();
        var outcome = await new ImportLearners(db, TimeProvider.System).RunAsync(file, "bench.csv", Registrar.Operator("bench"), null, null, default);
        sw.Stop();
        LastHeap = Math.Max(0, peak - baseline);
        if (outcome is not ImportLearnersOutcome.Completed { Summary.Rejected: 0 } c || c.Summary.Inserted == 0)
        {
            throw new InvalidOperationException($"benchmark import did not insert cleanly: {outcome}");
        }

        return sw.Elapsed.TotalSeconds;
    }

    private static async Task<double> RawAsync(DatabaseProvider provider, IReadOnlyList<Learner> learners)
    {
        await using var database = await BenchDatabase.CreateAsync(provider);
        var sw = Stopwatch.StartNew();
        if (provider == DatabaseProvider.Postgres)
        {
            await using var connection = new NpgsqlConnection(database.Options.ConnectionString);
            await connection.OpenAsync();
            await using var tx = await connection.BeginTransactionAsync();
            await using (var importer = await connection.BeginBinaryImportAsync(
                "COPY learners (id, curp, given_names, first_surname, second_surname, birth_date, sex, email, state_code, segment, registered_by, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var l in learners)
                {
                    await importer.StartRowAsync();
                    await importer.WriteAsync(l.Id, NpgsqlDbType.Uuid);
                    await importer.WriteAsync(l.Curp, NpgsqlDbType.Varchar);
                    await importer.WriteAsync(l.GivenNames, NpgsqlDbType.Varchar);
                    await importer.WriteAsync(l.FirstSurname, NpgsqlDbType.Varchar);
                    await (l.SecondSurname is null ? importer.WriteNullAsync() : importer.WriteAsync(l.SecondSurname, NpgsqlDbType.Varchar));
                    await importer.WriteAsync(l.BirthDate, NpgsqlDbType.Date);
                    await importer.WriteAsync(l.Sex.ToString(), NpgsqlDbType.Varchar);
                    await (l.Email is null ? importer.WriteNullAsync() : importer.WriteAsync(l.Email, NpgsqlDbType.Varchar));
                    await importer.WriteAsync(l.StateCode, NpgsqlDbType.Varchar);
                    await importer.WriteAsync(SegmentNames.ToWire(l.Segment), NpgsqlDbType.Varchar);
                    await importer.WriteAsync(l.RegisteredBy!, NpgsqlDbType.Varchar);
                    await importer.WriteAsync(l.CreatedAt, NpgsqlDbType.TimestampTz);
                    await importer.WriteAsync(l.UpdatedAt, NpgsqlDbType.TimestampTz);
                }

                await importer.CompleteAsync();
            }

            await tx.CommitAsync();
        }
        else
        {
            await using var connection = new SqliteConnection(database.Options.ConnectionString);
            await connection.OpenAsync();
            await using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = SqliteDurability.Pragmas;
                await pragmas.ExecuteNonQueryAsync();
            }

            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var insert = connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = "INSERT INTO learners (id, curp, given_names, first_surname, second_surname, birth_date, sex, email, state_code, segment, registered_by, created_at, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)";
            var ps = Enumerable.Range(1, 13).Select(i => insert.Parameters.Add(new SqliteParameter { ParameterName = $"${i}", SqliteType = SqliteType.Text })).ToArray();
            insert.Prepare();
            foreach (var l in learners)
            {
                ps[0].Value = l.Id;
                ps[1].Value = l.Curp;
                ps[2].Value = l.GivenNames;
                ps[3].Value = l.FirstSurname;
                ps[4].Value = (object?)l.SecondSurname ?? DBNull.Value;
                ps[5].Value = l.BirthDate;
                ps[6].Value = l.Sex.ToString();
                ps[7].Value = (object?)l.Email ?? DBNull.Value;
                ps[8].Value = l.StateCode;
                ps[9].Value = SegmentNames.ToWire(l.Segment);
                ps[10].Value = l.RegisteredBy;
                ps[11].Value = l.CreatedAt;
                ps[12].Value = l.UpdatedAt;
                await insert.ExecuteNonQueryAsync();
            }

            await tx.CommitAsync();
        }

        sw.Stop();
        return sw.Elapsed.TotalSeconds;
    }
}
