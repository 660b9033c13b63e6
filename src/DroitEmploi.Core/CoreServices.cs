using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Audit;
using DroitEmploi.Core.Features.Demo;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Core.Features.Parameters;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Core.Features.Planning;
using DroitEmploi.Core.Features.Territories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DroitEmploi.Core;

public static class CoreServices
{
    /// <summary>
    /// The Core's services, registered by the Core itself: a host (the web app, a test, a command)
    /// adds the database and gets every rule with it.
    /// </summary>
    public static IServiceCollection AddDroitEmploiCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddSingleton<Common.FiguresCache>();
        services.AddSingleton<SaveProcess>();
        services.AddSingleton<ReadJournal>();
        services.AddSingleton<JournalRetention>();
        services.AddScoped<AccessScopeLoader>();
        services.AddScoped<TerritoryService>();
        services.AddScoped<OrganisationService>();
        services.AddScoped<AuditService>();
        services.AddScoped<ParameterService>();
        services.AddScoped<PersonService>();
        services.AddScoped<PersonalDataService>();
        services.AddScoped<WaitingListService>();
        services.AddScoped<PeopleFiguresService>();
        services.AddScoped<PeopleImportService>();
        services.AddSingleton<PeopleImportRunner>();
        services.TryAddSingleton(new ImportSettings());
        services.AddScoped<PeopleExportService>();
        services.AddScoped<EmploymentService>();
        services.AddScoped<FundingService>();
        services.AddScoped<EmploymentFiguresService>();
        services.AddScoped<ScheduleService>();
        services.AddScoped<EmployeeWeekService>();
        services.AddSingleton<ScheduleRunner>();
        services.AddScoped<AdministratorBootstrap>();
        services.AddScoped<AccountService>();
        services.AddScoped<Features.Home.HomeService>();
        services.AddScoped<AccountPasswords>();
        services.AddScoped<AccountRevocation>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<Features.Activities.ActivityService>();
        services.AddScoped<Features.Activities.NeedService>();
        services.AddScoped<Features.Committee.CommitteeService>();
        services.AddScoped<Features.Cooperatives.KpaService>();
        services.AddScoped<Features.Transition.CteService>();
        services.AddScoped<Features.Transition.RteGrantService>();
        services.AddScoped<Features.Transition.CtePoolService>();
        services.AddScoped<Features.Cooperatives.CooperativeFiguresService>();
        services.AddScoped<Features.Public.PublicFiguresService>();
        services.AddScoped<Features.Public.OpenDataService>();
        services.AddScoped<Features.Projection.ProjectionService>();
        services.AddScoped<Features.CostBalance.CostBalanceService>();
        services.AddScoped<Features.Agreements.AgreementService>();
        services.AddScoped<Features.ActivityAccounts.ActivityAccountService>();
        services.AddScoped<Features.ActivityAccounts.PurchaseService>();
        services.AddScoped<Features.SharedCosts.SharedCostService>();
        services.AddScoped<Features.Dashboards.NetworkDashboardService>();
        services.AddScoped<Features.Cooperatives.KpaMoneyService>();
        services.AddScoped<Features.Cooperatives.AccompanimentService>();
        services.AddScoped<Features.Cooperatives.NetworkService>();
        services.AddScoped<Features.Commerce.CommerceService>();
        services.AddScoped<Features.Commerce.InvoiceService>();
        services.AddScoped<Features.Commerce.SalesReportService>();
        services.AddScoped<Features.Commerce.ServiceRecordService>();
        services.TryAddSingleton(new Features.Activities.ActivitySettings());
        return services;
    }

    /// <summary>
    /// The database, through a factory whose every context saves through <see cref="SaveProcess"/>:
    /// no context of the application can save around the versions, the audit stamps or the journal.
    /// </summary>
    public static IServiceCollection AddDroitEmploiDatabase(this IServiceCollection services, Action<DbContextOptionsBuilder> configure)
    {
        services.AddDbContextFactory<AppDbContext>((provider, options) =>
        {
            configure(options);
            options.AddInterceptors(provider.GetRequiredService<SaveProcess>());
            // People an import is still writing are hidden by a filter; none of them has a proposal yet,
            // so a proposal never points to a hidden person and the warning does not apply.
            options.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
        });
        return services;
    }
}
