using System.Globalization;
using System.Net;
using System.Text;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Audit;
using DroitEmploi.Core.Features.People;
using DroitEmploi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.People;

/// <summary>
/// An import runs as a job: the upload answers at once, others keep working while it runs, and it
/// changes the registry all at once or not at all.
/// </summary>
public abstract class ImportJobApiTests(AppFactory app)
{
    [Fact]
    public async Task Others_read_and_write_while_a_50000_row_import_runs_and_the_people_appear_all_at_once_at_its_end()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var known = await scenario.RegisterAsync(RegistryScenario.Volunteer("Connue", new DateOnly(2024, 1, 1)));

        var job = await ImportJobs.QueueAsync(scenario.Admin, scenario.TerritoryId, VolunteersFile(50_000), "grand-fichier.csv", dryRun: false);
        Assert.Equal(ImportJobStatus.Queued, job.Status);
        var running = await WaitForWrittenRowsAsync(scenario, job.Id);
        // Halfway through, the registry still shows only what was there before.
        Assert.Equal(1, await RegistryTotalAsync(scenario));

        var read = await scenario.Admin.GetAsync($"/api/v1/people/{known.Id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        // The journaled read answered while the import was still writing: it did not wait for it.
        Assert.False((await ImportJobs.GetAsync(scenario.Admin, scenario.TerritoryId, job.Id)).IsOver, "the journaled read waited for the import");
        var written = await scenario.RegisterAsync(RegistryScenario.Volunteer("Inscrite-pendant-l-import", new DateOnly(2024, 2, 1)));

        var ended = await ImportJobs.WaitAsync(scenario.Admin, scenario.TerritoryId, job.Id);
        Assert.True(ended.Status == ImportJobStatus.Succeeded, ended.Message);
        Assert.True(running.RowsWritten < 50_000);
        Assert.Equal(50_000, ended.Report!.Imported);
        Assert.Equal(50_002, await RegistryTotalAsync(scenario));

        // The registration was journaled before the import's own entry: it did not wait for it either.
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var journal = await db.AuditEntries.Where(e => e.TerritoryId == scenario.TerritoryId).ToListAsync();
        var importEnded = journal.Single(e => e.Action == AuditActions.Imported && e.EntityId == job.Id.ToString(CultureInfo.InvariantCulture)).Id;
        var writtenAt = journal.Single(e => e.Action == AuditActions.Created && e.EntityType == nameof(Person) && e.EntityId == written.Id.ToString(CultureInfo.InvariantCulture)).Id;
        Assert.Contains(journal, e => e.Action == AuditActions.Read && e.EntityType == nameof(Person) && e.EntityId == known.Id.ToString(CultureInfo.InvariantCulture));
        Assert.True(writtenAt < importEnded, "the registration waited for the import");
        // Each imported person is journaled and has the first step of her path.
        Assert.Equal(50_000, journal.Count(e => e.Action == AuditActions.Created && e.EntityType == nameof(Person) && e.Actor == Administrator && e.Changes != null && e.Changes.Contains("grand-fichier.csv")));
        var firstSteps = await db.PathTransitions.CountAsync(t => t.Reason == "Import" && db.People.Any(p => p.Id == t.PersonId && p.TerritoryId == scenario.TerritoryId));
        Assert.Equal(50_000, firstSteps);
    }

    [Fact]
    public async Task A_cancelled_import_leaves_the_registry_as_it_was()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        await scenario.RegisterAsync(RegistryScenario.Volunteer("Avant", new DateOnly(2024, 1, 1)));

        var job = await ImportJobs.QueueAsync(scenario.Admin, scenario.TerritoryId, VolunteersFile(30_000), "a-annuler.csv", dryRun: false);
        var cancelled = await (await scenario.Admin.PostAsync($"/api/v1/territories/{scenario.TerritoryId}/people/imports/{job.Id}/cancel", null))
            .OkAsync<PeopleImportJobView>();
        Assert.Equal(ImportJobStatus.Cancelled, cancelled.Status);
        var again = await (await scenario.Admin.PostAsync($"/api/v1/territories/{scenario.TerritoryId}/people/imports/{job.Id}/cancel", null))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("déjà annulé", again.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Whatever the worker had written goes: nothing of the file stays, hidden or not.
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        for (var attempt = 0; attempt < 100 && await db.People.IgnoreQueryFilters().AnyAsync(p => p.ImportJobId == job.Id); attempt++)
        {
            await Task.Delay(100);
        }
        Assert.False(await db.People.IgnoreQueryFilters().AnyAsync(p => p.ImportJobId == job.Id));
        Assert.Equal(1, await RegistryTotalAsync(scenario));
        var ended = await ImportJobs.GetAsync(scenario.Admin, scenario.TerritoryId, job.Id);
        Assert.Equal(ImportJobStatus.Cancelled, ended.Status);
        Assert.Contains("le registre n'a pas changé", ended.Message, StringComparison.Ordinal);
        var history = await (await scenario.Admin.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/people/imports")).OkAsync<List<PeopleImportJobView>>();
        Assert.Equal(job.Id, Assert.Single(history).Id);
    }

    [Fact]
    public async Task Another_territory_cannot_follow_or_cancel_an_import_and_a_wrong_file_is_refused_at_once()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var job = await ImportJobs.QueueAsync(scenario.Admin, scenario.TerritoryId, VolunteersFile(3), "petit.csv", dryRun: true);
        // Another territory's team is told the territory is not there for it, as for any of its records.
        var lille = await app.ClientForAsync(LilleTeam);
        await (await lille.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/people/imports/{job.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await lille.PostAsync($"/api/v1/territories/{scenario.TerritoryId}/people/imports/{job.Id}/cancel", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await lille.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/people/imports")).ProblemAsync(HttpStatusCode.NotFound);
        var member = await app.ClientForAsync(ValenciennesMember);
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        await (await member.GetAsync($"/api/v1/territories/{valenciennes}/people/imports")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await scenario.Admin.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/people/imports/{job.Id + 100_000}")).ProblemAsync(HttpStatusCode.NotFound);
        // An administrator reads every territory, but cannot import into one that does not exist.
        await (await ImportJobs.UploadAsync(scenario.Admin, int.MaxValue, VolunteersFile(1), "nulle-part.csv", dryRun: true)).ProblemAsync(HttpStatusCode.NotFound);

        var report = (await ImportJobs.WaitAsync(scenario.Admin, scenario.TerritoryId, job.Id)).Report!;
        Assert.Equal((3, 3, true), (report.Rows, report.Imported, report.DryRun));
        Assert.Equal(0, await RegistryTotalAsync(scenario));

        var problem = await (await ImportJobs.UploadAsync(scenario.Admin, scenario.TerritoryId, Encoding.UTF8.GetBytes("Nom;Ville\nDupont;Loos\n"), "mauvais.csv", dryRun: false))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Date de naissance", problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
    }

    private static async Task<PeopleImportJobView> WaitForWrittenRowsAsync(RegistryScenario scenario, int jobId)
    {
        for (var attempt = 0; attempt < 6000; attempt++)
        {
            var job = await ImportJobs.GetAsync(scenario.Admin, scenario.TerritoryId, jobId);
            if (job.RowsWritten > 0 || job.IsOver)
            {
                Assert.Equal(ImportJobStatus.Running, job.Status);
                return job;
            }
            await Task.Delay(10);
        }
        throw new TimeoutException("The import never started writing.");
    }

    private static async Task<int> RegistryTotalAsync(RegistryScenario scenario) =>
        (await (await scenario.Admin.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/people?pageSize=1"))
            .OkAsync<Core.Common.PagedResult<PersonSummary>>()).Total;

    /// <summary>Distinct volunteers, as a social centre would send them.</summary>
    public static byte[] VolunteersFile(int rows)
    {
        var text = new StringBuilder("Nom;Prénom;Date de naissance;Sexe;Commune;Heures souhaitées;Activités souhaitées;Date de candidature\r\n");
        for (var i = 0; i < rows; i++)
        {
            var birth = new DateOnly(1960, 1, 1).AddDays(i % 15_000);
            var candidacy = new DateOnly(2022, 1, 1).AddDays(i % 1_000);
            text.Append(CultureInfo.InvariantCulture, $"Volontaire{i};Camille;{birth:dd/MM/yyyy};F;Valenciennes;24;friperie;{candidacy:dd/MM/yyyy}\r\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ImportJobApiOnSqlite(SqliteApp app) : ImportJobApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ImportJobApiOnPostgres(PostgresApp app) : ImportJobApiTests(app);
