using DroitEmploi.Core;
using DroitEmploi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Web.Data;

/// <summary>Which database, where; each provider has its own migrations project (docs/decisions/0001).</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string? SqliteFile)
{
    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        if (provider == DatabaseProvider.Postgres)
        {
            var connectionString = configuration.GetConnectionString("Postgres");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Postgres is empty. " +
                    "Set it, e.g. ConnectionStrings__Postgres=\"Host=…;Database=…;Username=…;Password=…\".");
            }
            return new(provider, connectionString, null);
        }
        var configured = configuration.GetConnectionString("Sqlite");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new(provider, configured, null);
        }
        var file = configuration.GetValue("Database:SqliteFile", "data/droitemploi.db")!;
        // Relative to where the app is started from (the repository root with the README's command).
        // A private cache per connection: a shared cache turns WAL's concurrent readers into table locks.
        var path = Path.GetFullPath(file, Directory.GetCurrentDirectory());
        return new(provider, $"Data Source={path};Cache=Private;Pooling=True", path);
    }

    public void Configure(DbContextOptionsBuilder options)
    {
        switch (Provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(ConnectionString, o => o.MigrationsAssembly("DroitEmploi.Migrations.Postgres"));
                break;
            default:
                options.UseSqlite(ConnectionString, o => o.MigrationsAssembly("DroitEmploi.Migrations.Sqlite"));
                break;
        }
    }

    /// <summary>The database and what depends on its provider (its bulk write path).</summary>
    public IServiceCollection AddTo(IServiceCollection services)
    {
        services.AddDroitEmploiDatabase(Configure);
        if (Provider == DatabaseProvider.Postgres)
        {
            services.AddSingleton<IBulkInserter, PostgresCopyInserter>();
        }
        else
        {
            services.AddSingleton<IBulkInserter, SqliteBulkInserter>();
        }
        return services;
    }

    public void EnsureSqliteFolder()
    {
        if (SqliteFile is not null && Path.GetDirectoryName(SqliteFile) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }
    }

    public string Describe() => Provider == DatabaseProvider.Postgres ? "PostgreSQL" : $"SQLite ({SqliteFile ?? ConnectionString})";
}
