using Microsoft.Extensions.DependencyInjection;

namespace Semillero.LearningRecords;

public static class LearningRecordsModule
{
    public static IServiceCollection AddLearningRecords(this IServiceCollection services)
    {
        services.AddScoped<IdentityResolver>();
        services.AddScoped<StoreStatements>();
        services.AddSingleton<StatementCommitter>();
        services.AddScoped<QueryStatements>();
        Documents.DocumentsModule.AddXapiDocuments(services);
        services.AddMemoryCache();
        services.AddScoped<Linking.LinkActor>();
        services.AddScoped<Linking.DecideClaim>();
        services.AddScoped<Linking.ClaimActor>();
        services.AddScoped<Linking.ListUnresolvedActors>();
        services.AddScoped<Linking.ListClaims>();
        services.AddScoped<Linking.LearnerAccounts>();
        services.AddScoped<Linking.ForgetLearnerRecords>();
        services.AddScoped<Ingestion.SummarizeIngestion>();
        services.AddScoped<Ingestion.RecordRejection>();
        services.AddScoped<Timeline.ReadLearningTimeline>();
        return services;
    }
}
