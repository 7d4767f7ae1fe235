using Microsoft.Extensions.DependencyInjection;

namespace Semillero.LearningRecords.Documents;

public static class DocumentsModule
{
    public static IServiceCollection AddXapiDocuments(this IServiceCollection services)
    {
        services.AddScoped<WriteDocument>();
        services.AddScoped<ReadDocuments>();
        services.AddScoped<DeleteDocuments>();
        services.AddScoped<ReadActivity>();
        services.AddScoped<ReadPerson>();
        return services;
    }
}
