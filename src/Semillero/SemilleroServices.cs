using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Semillero.Access;
using Semillero.Accounts;
using Semillero.Arco;
using Semillero.Badges;
using Semillero.Catalog;
using Semillero.CohortResults;
using Semillero.Cohorts;
using Semillero.Companies;
using Semillero.Completions;
using Semillero.Dashboards;
using Semillero.Data;
using Semillero.Demo;
using Semillero.Credits;
using Semillero.Diagnostics;
using Semillero.Email;
using Semillero.FollowUp;
using Semillero.Hiring;
using Semillero.Learners;
using Semillero.LearningRecords;
using Semillero.Matching;
using Semillero.Organizations;
using Semillero.Privacy;
using Semillero.Vacancies;

namespace Semillero;

// The one composition of the product, used by the web host, the CLI and the tests alike, so a use
// case behaves the same wherever it runs. Each feature registers only its own folder; the order
// follows the dependencies (docs/architecture.md), lowest first.
public static class SemilleroServices
{
    public static IServiceCollection AddSemillero(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddSemilleroData(configuration)
            .AddEmail(configuration)
            .AddAccess()
            .AddLearners()
            .AddPrivacy()
            .AddAccounts(configuration)
            .AddCompanies()
            .AddOrganizations()
            .AddPartnerDirectory()
            .AddVacancies()
            .AddLearningRecords()
            .AddCatalog()
            .AddCompletions()
            .AddBadges(configuration)
            .AddMatching()
            .AddHiring()
            .AddCohorts()
            .AddCohortResults()
            .AddDiagnostics()
            .AddCredits()
            .AddFollowUp(configuration)
            .AddDashboards(configuration)
            .AddArco()
            .AddDemo();
}
