using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Core.Features.Territories;
using DroitEmploi.IntegrationTests.Infrastructure;
using DroitEmploi.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.IntegrationTests.Features.People;

/// <summary>
/// The server dies in the middle of an import, three times (30 %, 60 % and 90 % of the rows written):
/// each time the registry is as it was before the import, and each restart takes the job up again
/// from the start, until the third interruption ends it with the registry still unchanged.
/// </summary>
public sealed class ImportCrashTests
{
    private const int Rows = 40_000;
    private const string Password = "Crash-test-2026!";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Killing_the_server_during_an_import_leaves_the_registry_unchanged(DatabaseProvider provider)
    {
        var file = Path.Combine(Path.GetTempPath(), $"droitemploi-crash-{Guid.NewGuid():N}.db");
        var database = provider == DatabaseProvider.Postgres
            ? new DatabaseSettings(provider, $"{PostgresApp.Cluster};Database=droitemploi_crash_{Guid.NewGuid():N}", null)
            : new DatabaseSettings(provider, $"Data Source={file};Cache=Private;Pooling=False", file);
        var port = AppProcess.FreePort();
        var settings = new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_HTTP_PORTS"] = null,
            ["Database__Provider"] = provider.ToString(),
            ["Database__SqliteFile"] = file,
            ["ConnectionStrings__Postgres"] = provider == DatabaseProvider.Postgres ? database.ConnectionString : null,
            ["DemoData__Enabled"] = "false",
            ["Bootstrap__AdminEmail"] = "admin@crash.test",
            ["Bootstrap__AdminPassword"] = Password,
            ["DataProtection__CertificatePath"] = TestCertificate.Path,
            ["DataProtection__CertificatePassword"] = TestCertificate.Password,
            // Small chunks so that each kill falls mid-import; a short heartbeat so that a restart takes the job up quickly.
            ["Imports__ChunkRows"] = "1000",
            ["Imports__HeartbeatTimeoutSeconds"] = "3",
            ["Planning__RunWorker"] = "false",
        };
        var app = await StartAsync(settings, port);
        try
        {
            using var client = await LogInAsync(port);
            var territory = await (await client.PostJsonAsync("/api/v1/territories", new TerritoryInput
            {
                Name = "Territoire du crash",
                Ambitions = [new AmbitionInput { TargetDate = new DateOnly(2027, 12, 31), JobsInEmploymentCompanies = 20 }],
            })).OkAsync<TerritoryDetails>(HttpStatusCode.Created);
            await (await client.PostJsonAsync($"/api/v1/territories/{territory.Id}/people", RegistryScenario.Volunteer("Avant", new DateOnly(2024, 1, 1))))
                .OkAsync<PersonDetails>(HttpStatusCode.Created);
            var job = await ImportJobs.QueueAsync(client, territory.Id, ImportJobApiTests.VolunteersFile(Rows), "crash.csv", dryRun: false);

            var current = client;
            // Kills at a quarter, half and three quarters: at 90 % a fast database could finish the last two
            // chunks between two polls (seen on PostgreSQL), and nothing would be killed.
            foreach (var (percent, attempt) in new[] { (25, 1), (50, 2), (75, 3) })
            {
                var running = await WaitForRowsAsync(current, territory.Id, job.Id, attempt, Rows * percent / 100);
                await app.KillAsync();

                var (visible, hidden) = await CountAsync(database, territory.Id);
                Assert.Equal(1, visible);
                Assert.True(hidden >= running.RowsWritten, $"killed after {running.RowsWritten} rows, {hidden} hidden rows left");

                await app.DisposeAsync();
                app = await StartAsync(settings, port);
                current.Dispose();
                current = await LogInAsync(port);
            }

            // The third interruption ends the job: nothing of the file stays, hidden or not.
            var ended = await ImportJobs.WaitAsync(current, territory.Id, job.Id);
            Assert.Equal(ImportJobStatus.Failed, ended.Status);
            Assert.Contains("interrompu 3 fois", ended.Message, StringComparison.Ordinal);
            Assert.Equal((1, 0), await CountAsync(database, territory.Id));
            current.Dispose();
        }
        finally
        {
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(file + suffix);
            }
        }
    }

    private static async Task<AppProcess> StartAsync(Dictionary<string, string?> settings, int port)
    {
        var app = AppProcess.Start(settings);
        Assert.Equal(HttpStatusCode.OK, await app.WaitUntilAnsweringAsync(port));
        return app;
    }

    private static async Task<HttpClient> LogInAsync(int port)
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "admin@crash.test", password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<PeopleImportJobView> WaitForRowsAsync(HttpClient client, int territoryId, int jobId, int attempt, int rows)
    {
        for (var poll = 0; poll < 6000; poll++)
        {
            var job = await ImportJobs.GetAsync(client, territoryId, jobId);
            Assert.False(job.IsOver, $"The import ended before {rows} rows were written: {job.Message}");
            if (job.Status == ImportJobStatus.Running && job.Attempts == attempt && job.RowsWritten >= rows)
            {
                return job;
            }
            await Task.Delay(10);
        }
        throw new TimeoutException($"The import never reached {rows} rows.");
    }

    private static async Task<AppDbContext> ContextAsync(DatabaseSettings database)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        database.Configure(options);
        var db = new AppDbContext(options.Options);
        await db.Database.OpenConnectionAsync();
        return db;
    }

    /// <summary>The registry as everyone sees it, and the rows an import wrote but has not shown.</summary>
    private static async Task<(int Visible, int Hidden)> CountAsync(DatabaseSettings database, int territoryId)
    {
        await using var db = await ContextAsync(database);
        var visible = await db.People.CountAsync(p => p.TerritoryId == territoryId);
        var hidden = await db.People.IgnoreQueryFilters().CountAsync(p => p.TerritoryId == territoryId && p.ImportJobId != null);
        return (visible, hidden);
    }
}
