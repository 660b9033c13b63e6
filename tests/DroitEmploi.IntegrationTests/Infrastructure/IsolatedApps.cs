using Microsoft.AspNetCore.Hosting;

namespace DroitEmploi.IntegrationTests.Infrastructure;

/// <summary>
/// An application of its own for tests that change the demo data at random (the hostile-input test
/// anonymises, withdraws and edits whatever it reaches); no optimiser worker runs there.
/// </summary>
public sealed class IsolatedSqliteApp : SqliteApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Planning:RunWorker", "false");
    }
}

public sealed class IsolatedPostgresApp : PostgresApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Planning:RunWorker", "false");
    }
}

[CollectionDefinition(Name)]
public sealed class IsolatedSqliteCollection : ICollectionFixture<IsolatedSqliteApp>
{
    public const string Name = "Isolated SQLite";
}

[CollectionDefinition(Name)]
public sealed class IsolatedPostgresCollection : ICollectionFixture<IsolatedPostgresApp>
{
    public const string Name = "Isolated PostgreSQL";
}
