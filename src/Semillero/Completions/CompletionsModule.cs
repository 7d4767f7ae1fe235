using Microsoft.Extensions.DependencyInjection;
using Semillero.LearningRecords;

namespace Semillero.Completions;

public static class CompletionsModule
{
    public static IServiceCollection AddCompletions(this IServiceCollection services)
    {
        services.AddSingleton<RuleBook>();
        services.AddSingleton<CompletionSignal>();
        services.AddSingleton<PathCompletionSignal>();
        services.AddScoped<EvaluatePaths>();
        services.AddScoped<PublishRule>();
        services.AddScoped<AwardCourse>();
        services.AddScoped<ImportCompletionReport>();
        services.AddScoped<RecordCompletions>();
        services.AddScoped<IStatementCompletions>(sp => sp.GetRequiredService<RecordCompletions>());
        services.AddHostedService<PathEvaluator>();
        return services;
    }
}
