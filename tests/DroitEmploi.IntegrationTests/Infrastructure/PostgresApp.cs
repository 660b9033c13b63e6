namespace DroitEmploi.IntegrationTests.Infrastructure;

/// <summary>
/// The application on a fresh PostgreSQL database of the cluster that ./test.sh starts; the variable
/// DROITEMPLOI_TEST_POSTGRES gives that cluster ("Host=127.0.0.1;Port=…;Username=postgres").
/// </summary>
public class PostgresApp : AppFactory
{
    public const string ServerVariable = "DROITEMPLOI_TEST_POSTGRES";

    private readonly string _database = $"droitemploi_test_{Guid.NewGuid():N}";

    public override string ProviderName => "PostgreSQL";

    public static string Cluster => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException(
            $"{ServerVariable} is not set: run the tests with ./test.sh, which starts a throwaway PostgreSQL cluster, " +
            $"or set {ServerVariable}=\"Host=127.0.0.1;Port=5432;Username=postgres\".");

    protected override IReadOnlyDictionary<string, string> DatabaseSettings() => new Dictionary<string, string>
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Postgres"] = $"{Cluster};Database={_database}",
    };
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp>
{
    public const string Name = "PostgreSQL";
}
