using DroitEmploi.Core;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Parameters;
using DroitEmploi.Core.Features.Territories;
using DroitEmploi.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DroitEmploi.Bench;

/// <summary>A fresh, migrated database of one provider, with the feature services wired as in the application.</summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string? _sqliteFile;
    private readonly ThrowawayPostgres? _postgres;

    private BenchDatabase(string name, ServiceProvider services, string? sqliteFile, ThrowawayPostgres? postgres)
    {
        Name = name;
        _services = services;
        _sqliteFile = sqliteFile;
        _postgres = postgres;
    }

    public string Name { get; }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <param name="withAccounts">Identity's stores too, for the demo data's accounts.</param>
    public static async Task<BenchDatabase?> CreateAsync(string provider, bool withAccounts = false)
    {
        DatabaseSettings settings;
        string? file = null;
        ThrowawayPostgres? postgres = null;
        if (provider.Equals("postgres", StringComparison.OrdinalIgnoreCase))
        {
            postgres = await ThrowawayPostgres.StartAsync();
            if (postgres is null)
            {
                return null;
            }
            settings = new DatabaseSettings(DatabaseProvider.Postgres, $"{postgres.Server};Database=droitemploi_bench_{Guid.NewGuid():N}", null);
        }
        else
        {
            file = Path.Combine(Path.GetTempPath(), $"droitemploi-bench-{Guid.NewGuid():N}.db");
            settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={file};Cache=Private;Pooling=True", file);
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDroitEmploiCore();
        settings.AddTo(services);
        if (withAccounts)
        {
            services.AddIdentityCore<AppUser>().AddEntityFrameworkStores<AppDbContext>();
        }
        var built = services.BuildServiceProvider();
        await using (var db = await built.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }
        await built.GetRequiredService<ParameterService>().SeedMissingAsync();
        return new BenchDatabase(provider.Equals("postgres", StringComparison.OrdinalIgnoreCase) ? "PostgreSQL" : "SQLite", built, file, postgres);
    }

    /// <summary>Runs a benchmark on each database asked for (--databases), skipping one that cannot start.</summary>
    public static async Task ForEachAsync(BenchOptions options, Func<BenchDatabase, Task> run)
    {
        foreach (var provider in options.List("databases", "sqlite", "postgres"))
        {
            await using var database = await CreateAsync(provider);
            if (database is not null)
            {
                await run(database);
            }
        }
    }

    public async Task<int> NewTerritoryAsync(string name) =>
        (await Get<TerritoryService>().CreateAsync(Core.Features.Access.AccessScope.System, new TerritoryInput
        {
            Name = name,
            Ambitions = [new AmbitionInput { TargetDate = new DateOnly(2030, 12, 31), JobsInEmploymentCompanies = 5000 }],
        })).Id;

    public async Task<AppDbContext> ContextAsync() => await Get<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }
        }
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
