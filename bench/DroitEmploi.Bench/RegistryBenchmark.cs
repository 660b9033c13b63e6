using System.Globalization;
using System.Text;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.People;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Bench;

/// <summary>
/// The registry at scale: importing a large file, then the waiting list and the figures of a territory
/// of many people, on each database.
/// </summary>
public static class RegistryBenchmark
{
    public static async Task RunAsync(BenchOptions options)
    {
        var importRows = options.Int("import", 50_000);
        var territoryPeople = options.Int("people", 100_000);
        var repeat = options.Int("repeat", 5);
        var results = new List<Measurement>();
        var system = AccessScope.System;
        Console.WriteLine($"Registry benchmark: import of {importRows:N0} rows, territory of {territoryPeople:N0} people, {repeat} runs per query.");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}.");

        await BenchDatabase.ForEachAsync(options, async database =>
        {
            var name = database.Name;
            var imports = database.Get<PeopleImportService>();
            var runner = database.Get<PeopleImportRunner>();
            // The upload queues the file and the worker runs it: measured from upload to the end of the job.
            async Task<PeopleImportJobView> ImportAsync(AccessScope scope, int territoryId, byte[] content, string fileName, bool dryRun)
            {
                var job = await imports.QueueAsync(scope, territoryId, content, fileName, dryRun);
                await runner.RunNextAsync(CancellationToken.None);
                var ended = await imports.GetAsync(scope, territoryId, job.Id);
                return ended.Status == ImportJobStatus.Succeeded ? ended : throw new InvalidOperationException(ended.Message);
            }

            var importTerritory = await database.NewTerritoryAsync("Import");
            var file = VolunteersFile(importRows, seed: 1);
            results.Add(await Measure.RunAsync(name, "import CSV, dry run", importRows, 1,
                () => ImportAsync(system, importTerritory, file, "bench.csv", dryRun: true)));
            results.Add(await Measure.RunAsync(name, "import CSV", importRows, 1,
                () => ImportAsync(system, importTerritory, file, "bench.csv", dryRun: false)));
            results.Add(await Measure.RunAsync(name, "import CSV again (all known)", importRows, 1,
                () => ImportAsync(system, importTerritory, file, "bench.csv", dryRun: false)));

            var big = await database.NewTerritoryAsync("Grand territoire");
            results.Add(await Measure.RunAsync(name, "set-up: import the territory's people", territoryPeople, 1,
                () => ImportAsync(system, big, VolunteersFile(territoryPeople, seed: 2), "big.csv", dryRun: false)));
            await SpreadStatesAsync(database, big);

            var waiting = database.Get<WaitingListService>();
            var people = database.Get<PersonService>();
            var figures = database.Get<PeopleFiguresService>();
            results.Add(await Measure.RunAsync(name, "waiting list, first page", territoryPeople, repeat,
                () => waiting.GetAsync(system, big, new WaitingListQuery(PageSize: 25))));
            results.Add(await Measure.RunAsync(name, "waiting list, page 1000", territoryPeople, repeat,
                () => waiting.GetAsync(system, big, new WaitingListQuery(Page: 1000, PageSize: 25))));
            results.Add(await Measure.RunAsync(name, "waiting list, searched", territoryPeople, repeat,
                () => waiting.GetAsync(system, big, new WaitingListQuery(Search: "friperie", MinHours: 24, PageSize: 25))));
            results.Add(await Measure.RunAsync(name, "registry, sorted by name", territoryPeople, repeat,
                () => people.ListAsync(system, big, new PeopleQuery(PageSize: 25))));
            // Computed by the database each run (the kept figures are dropped first), then served again while nothing changed.
            var kept = (Microsoft.Extensions.Caching.Memory.MemoryCache)database.Get<Microsoft.Extensions.Caching.Memory.IMemoryCache>();
            results.Add(await Measure.RunAsync(name, "figures, computed", territoryPeople, repeat,
                () => { kept.Clear(); return figures.ForTerritoryAsync(system, big); }));
            results.Add(await Measure.RunAsync(name, "figures, unchanged since last read", territoryPeople, repeat,
                () => figures.ForTerritoryAsync(system, big)));
            // What the database's own maintenance does shortly after such a mass change (autovacuum on PostgreSQL,
            // whose threshold the People table lowers; the query planner's statistics on SQLite): the usual state.
            await TidyAsync(database);
            results.Add(await Measure.RunAsync(name, "figures, computed, after autovacuum", territoryPeople, repeat,
                () => { kept.Clear(); return figures.ForTerritoryAsync(system, big); }));
            results.Add(await Measure.RunAsync(name, "figures, unchanged, after autovacuum", territoryPeople, repeat,
                () => figures.ForTerritoryAsync(system, big)));
        });
        Measure.Print(results);
    }

    private static async Task TidyAsync(BenchDatabase database)
    {
        await using var db = await database.Get<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "VACUUM (ANALYZE) \"People\"" : "ANALYZE");
    }

    /// <summary>About 60 % waiting, 25 % hired, the rest candidates: the shape of a territory after a few years.</summary>
    private static async Task SpreadStatesAsync(BenchDatabase database, int territoryId)
    {
        await using var db = await database.ContextAsync();
        await db.People.Where(p => p.TerritoryId == territoryId && p.Id % 20 < 12).ExecuteUpdateAsync(s => s.SetProperty(p => p.State, PathState.Eligible));
        await db.People.Where(p => p.TerritoryId == territoryId && p.Id % 20 >= 12 && p.Id % 20 < 17).ExecuteUpdateAsync(s => s.SetProperty(p => p.State, PathState.Hired));
    }

    private static readonly string[] FirstNames = ["Nadia", "Sylvie", "Malik", "Karim", "Hélène", "Jean-Luc", "Fatima", "Ludovic"];
    private static readonly string[] Activities = ["friperie", "cuisine", "repair café", "maraîchage", "conciergerie", "couture"];

    /// <summary>A deterministic file of distinct volunteers, as a social centre would send it.</summary>
    public static byte[] VolunteersFile(int rows, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder("Nom;Prénom;Date de naissance;Sexe;Commune;Habite le territoire depuis;Dans le périmètre;Privé·e d'emploi depuis;Minima sociaux;Heures souhaitées;Activités souhaitées;Date de candidature\r\n");
        for (var i = 0; i < rows; i++)
        {
            var birth = new DateOnly(1960, 1, 1).AddDays(random.Next(0, 365 * 40));
            var candidacy = new DateOnly(2018, 1, 1).AddDays(random.Next(0, 365 * 8));
            text.Append(CultureInfo.InvariantCulture, $"Volontaire{seed}x{i};{FirstNames[random.Next(FirstNames.Length)]};{birth:dd/MM/yyyy};{(random.Next(2) == 0 ? "F" : "H")};Valenciennes;")
                .Append(CultureInfo.InvariantCulture, $"01/01/2010;oui;01/01/2016;RSA;{random.Next(20, 36)};{Activities[random.Next(Activities.Length)]};{candidacy:dd/MM/yyyy}\r\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
