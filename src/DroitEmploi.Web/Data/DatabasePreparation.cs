using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Demo;
using DroitEmploi.Core.Features.Parameters;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Web.Data;

/// <summary>Migrates, creates the first administrator and, on an empty database, the demo data.</summary>
public sealed class DatabasePreparation(IServiceProvider services, DatabaseSettings settings, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        settings.EnsureSqliteFolder();
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging lets readers go on while one writer writes; the mode stays with the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        await provider.GetRequiredService<ParameterService>().SeedMissingAsync(cancellationToken);

        await provider.GetRequiredService<AdministratorBootstrap>()
            .EnsureAsync(configuration["Bootstrap:AdminEmail"], configuration["Bootstrap:AdminPassword"], cancellationToken);
        if (configuration.GetValue("DemoData:Enabled", false))
        {
            await provider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
