using Microsoft.Extensions.DependencyInjection;

namespace Semillero.Diagnostics;

public static class DiagnosticsModule
{
    public static IServiceCollection AddDiagnostics(this IServiceCollection services)
    {
        services.AddScoped<BankVersions>();
        services.AddScoped<PublishBankVersion>();
        services.AddScoped<StartAssessment>();
        services.AddScoped<SaveAnswers>();
        services.AddScoped<InviteRespondent>();
        services.AddScoped<SubmitAssessment>();
        services.AddScoped<ReadAssessments>();
        services.AddScoped<InviteToTraining>();
        services.AddScoped<ReadTrainingFunnel>();
        services.AddScoped<ReadDiagnosticFigures>();
        services.AddSingleton<RespondentLinks>();
        services.AddSingleton<DiagnosticFiguresCache>();
        return services;
    }
}
