using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Semillero.Matching;

public static class MatchingModule
{
    // The index lives in the process that serves queries (the web host); the CLI does without it
    // (its changes reach the web host's index through the catch-up).
    public static IServiceCollection AddMatching(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CandidateIndex>();
        services.AddSingleton<CandidateIndexUpdater>();
        services.AddHostedService<CandidateIndexer>();
        services.AddScoped<RankCandidates>();
        services.AddScoped<MatchVacancies>();
        services.AddScoped<SaveTalentProfile>();
        services.AddScoped<SkillsGap>();
        services.AddScoped<Demo.SeedDemoTalent>();
        return services;
    }
}
