namespace DroitEmploi.IntegrationTests.Infrastructure;

public class SqliteApp : AppFactory
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"droitemploi-test-{Guid.NewGuid():N}.db");

    public override string ProviderName => "SQLite";

    protected override IReadOnlyDictionary<string, string> DatabaseSettings() => new Dictionary<string, string>
    {
        ["Database:Provider"] = "Sqlite",
        ["Database:SqliteFile"] = _file,
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>
{
    public const string Name = "SQLite";
}
