using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Audit;
using DroitEmploi.Core.Features.Demo;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Territories;
using Microsoft.EntityFrameworkCore;

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
        builder.Services.AddScoped<AdministratorBootstrap>();
        builder.Services.AddScoped<DemoDataSeeder>();
        return builder;
    }

    /// <summary>Migrates, creates the first administrator and, on an empty database, the demo data.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        settings.EnsureSqliteFolder();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();

        var configuration = app.Configuration;
        await services.GetRequiredService<AdministratorBootstrap>()
            .EnsureAsync(configuration["Bootstrap:AdminEmail"], configuration["Bootstrap:AdminPassword"]);
        if (configuration.GetValue("DemoData:Enabled", false))
        {
            await services.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync();
        }
    }
}
