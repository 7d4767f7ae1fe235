using Microsoft.Extensions.DependencyInjection;

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
        services.AddScoped<ReadLearnerAchievements>();
        services.AddScoped<RecordCompletions>();
        services.AddScoped<Demo.SeedDemoLearning>();
        services.AddHostedService<PathEvaluator>();
        // The catalog's writes invalidate this module's RuleBook; every host that evaluates rules
        // manages the catalog they read.
        Catalog.CatalogModule.AddCatalog(services);
        return services;
    }
}
