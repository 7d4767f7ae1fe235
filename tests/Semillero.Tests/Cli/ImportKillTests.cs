using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Tests.Infrastructure;

namespace Semillero.Tests.Cli;

// The real `semillero` process, killed with SIGKILL in the middle of a large import: the
// transaction never commits, so the registry holds none of the file's rows, and the next import of
// the same file works from a clean state.
public abstract class ImportKillTests(DatabaseProvider provider) : DatabaseTest(provider)
{
    public sealed class OnSqlite() : ImportKillTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ImportKillTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task Import_ProcessKilledMidway_LeavesNoRows()
    {
        var file = Path.Combine(Path.GetTempPath(), $"semillero-kill-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, CsvFiles.Text(CsvFiles.People(150_000, seed: 11)));
        try
        {
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Semillero.Cli.dll"), "learners", "import", file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["Database__Provider"] = Provider.ToString();
            start.Environment["ConnectionStrings__Semillero"] = Database.ConnectionString;
            using var process = Process.Start(start)!;

            // Wait until the import has written rows inside its transaction (PostgreSQL shows the
            // table growing on disk; SQLite's WAL file grows), then kill it.
            var deadline = Stopwatch.StartNew();
            while (!await WritingAsync() && deadline.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
                await Task.Delay(20);
            }

            Assert.False(process.HasExited, "the import finished before it could be interrupted; use a larger file");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();

            await using var db = Database.NewDb();
            Assert.Equal(0, await db.Learners.CountAsync());
            Assert.Equal(0, await db.LearnerImports.CountAsync());
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<bool> WritingAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var wal = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Database.ConnectionString).DataSource + "-wal";
            return File.Exists(wal) && new FileInfo(wal).Length > 2 * 1024 * 1024;
        }

        await using var db = Database.NewDb();
        var size = await db.Database.SqlQueryRaw<long>("SELECT pg_total_relation_size('learners') AS \"Value\"").SingleAsync();
        return size > 2 * 1024 * 1024;
    }
}
