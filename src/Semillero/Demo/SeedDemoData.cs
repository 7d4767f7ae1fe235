using Microsoft.Extensions.Logging;

namespace Semillero.Demo;

// The whole demo, as the run command shows it: synthetic learners and the demo accounts in an empty
// registry, then each part that is still empty (a demo database seeded before a feature existed
// gets that feature's part on the next start).
public sealed partial class SeedDemoData(
    SeedDemoLearners learners,
    SeedDemoAccounts accounts,
    SeedDemoLearning learning,
    SeedDemoTalent talent,
    SeedDemoCompanies companies,
    SeedDemoOrganizations organizations,
    SeedDemoCohorts cohorts,
    SeedDemoProgress progress,
    SeedDemoActivity activity,
    SeedDemoDiagnostics diagnostics,
    ILogger<SeedDemoData> log)
{
    public async Task RunAsync(int demoLearners, CancellationToken ct)
    {
        // Partner organisations first: the demo aliado account is made as the provider's administrator.
        await organizations.RunAsync(ct);

        if (await learners.IsRegistryEmptyAsync(ct))
        {
            var outcome = await learners.RunAsync(demoLearners, seed: 2025, progress: null, ct);
            if (outcome is SeedDemoLearnersOutcome.Seeded s)
            {
                LogSeeded(log, s.Summary.Inserted);
            }

            await accounts.RunAsync(ct);
        }

        // The learning demo (catalog, rules, statements) goes into an empty catalog.
        if (await learning.IsCatalogEmptyAsync(ct))
        {
            var statements = await learning.RunAsync(learners: 600, seed: 2026, ct);
            LogLearningSeeded(log, statements);
        }

        // Matching: talent profiles and consents for demo learners; their badges, issued in the
        // background, become verified skills.
        if (await talent.IsEmptyAsync(ct))
        {
            await talent.RunAsync(seed: 2027, ct);
        }

        // Demo companies and vacancies, and the demo empresa account bound to one.
        await companies.RunAsync(ct);

        // Cohorts of the verified organisations that teach (seeded first), on the published paths
        // and with demo learners enrolled.
        await cohorts.RunAsync(ct);

        // Targets and a registry history for the progress dashboards.
        if (await progress.IsEmptyAsync(ct))
        {
            await progress.RunAsync(seed: 2028, ct);
        }

        // An application, a name-correction request and a record claim, so the queues and the
        // hiring pages have one of each.
        if (await activity.IsEmptyAsync(ct))
        {
            await activity.RunAsync(ct);
        }

        // Pymes assessed at every level, some re-assessed after training, and the demo company's T0.
        if (await diagnostics.IsEmptyAsync(ct))
        {
            await diagnostics.RunAsync(seed: 2029, ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: catalog, rules and {Count} xAPI statements seeded; completions and badges follow in the background")]
    private static partial void LogLearningSeeded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Count} synthetic learners seeded into an empty registry")]
    private static partial void LogSeeded(ILogger logger, int count);
}
