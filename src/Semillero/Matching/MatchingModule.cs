using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Semillero.Privacy;

namespace Semillero.Matching;

public static class MatchingModule
{
    // The index lives in every process; only the web host loads and serves it (CandidateIndexer).
    // A change made in another process (the CLI) reaches the web host's index through its catch-up.
    public static IServiceCollection AddMatching(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CandidateIndex>();
        services.AddSingleton<ILearnerChangeListener>(sp => sp.GetRequiredService<CandidateIndex>());
        services.AddSingleton<CandidateIndexUpdater>();
        services.AddHostedService<CandidateIndexer>();
        services.AddScoped<RankCandidates>();
        services.AddScoped<MatchVacancies>();
        services.AddScoped<SaveTalentProfile>();
        return services;
    }
}
