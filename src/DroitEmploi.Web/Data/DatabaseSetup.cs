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

namespace DroitEmploi.Web.Data;

public static class DatabaseSetup
{
    /// <summary>SQLite (a file, no set-up) unless Database:Provider says Postgres.</summary>
    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        var settings = DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AuditInterceptor>();
        builder.Services.AddDbContextFactory<AppDbContext>((services, options) =>
        {
            settings.Configure(options);
            options.AddInterceptors(services.GetRequiredService<AuditInterceptor>());
        });
        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");

        builder.Services.AddScoped<AccessScopeLoader>();
        builder.Services.AddScoped<TerritoryService>();
        builder.Services.AddScoped<OrganisationService>();
        builder.Services.AddScoped<AuditService>();
        builder.Services.AddScoped<ParameterService>();
        builder.Services.AddScoped<PersonService>();
        builder.Services.AddScoped<WaitingListService>();
        builder.Services.AddScoped<PeopleFiguresService>();
        builder.Services.AddScoped<PeopleImportService>();
        builder.Services.AddScoped<PeopleExportService>();
        builder.Services.AddScoped<EmploymentService>();
        builder.Services.AddScoped<FundingService>();
        builder.Services.AddScoped<EmploymentFiguresService>();
        builder.Services.AddScoped<ScheduleService>();
        builder.Services.AddSingleton<ScheduleRunner>();
        builder.Services.AddScoped<AdministratorBootstrap>();
        builder.Services.AddScoped<DemoDataSeeder>();
        // Registered before the web server, so migrations and seeding finish before the first request.
        builder.Services.AddHostedService<DatabasePreparation>();
        if (builder.Configuration.GetValue("Planning:RunWorker", true))
        {
            builder.Services.AddHostedService<Features.Planning.ScheduleWorker>();
        }
        return builder;
    }
}
