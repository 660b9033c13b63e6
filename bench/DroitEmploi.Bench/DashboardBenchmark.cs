using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.CostBalance;
using DroitEmploi.Core.Features.Dashboards;
using DroitEmploi.Core.Features.Demo;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Core.Features.Public;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace DroitEmploi.Bench;

/// <summary>
/// The network dashboard and a territory's public figures over many territories and people (issue #18: 100
/// territories, 100,000 people), each computed afresh and served again while nothing changed.
/// </summary>
public static class DashboardBenchmark
{
    public static async Task RunAsync(BenchOptions options)
    {
        var territories = options.Int("territories", 100);
        var people = options.Int("people", 100_000);
        var repeat = options.Int("repeat", 5);
        var results = new List<Measurement>();
        var system = AccessScope.System;
        Console.WriteLine($"Dashboard benchmark: {territories:N0} territories, {people:N0} people with their hires and contracts, {repeat} runs per query.");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}.");

        await BenchDatabase.ForEachAsync(options, async database =>
        {
            var name = database.Name;
            var ids = new List<int>();
            results.Add(await Measure.RunAsync(name, "set-up: territories, EBE, people, contracts", people, 1, async () =>
            {
                for (var t = 0; t < territories; t++)
                {
                    ids.Add(await SeedTerritoryAsync(database, t, people / territories));
                }
            }));
            await using (var db = await database.ContextAsync())
            {
                await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "VACUUM (ANALYZE)" : "ANALYZE");
            }

            var kept = (MemoryCache)database.Get<IMemoryCache>();
            var network = database.Get<NetworkDashboardService>();
            var publicFigures = database.Get<PublicFiguresService>();
            var balances = database.Get<CostBalanceService>();
            var one = ids[ids.Count / 2];
            results.Add(await Measure.RunAsync(name, "network dashboard, computed", people, repeat, () => { kept.Clear(); return network.GetAsync(system); }));
            results.Add(await Measure.RunAsync(name, "network dashboard, unchanged since last read", people, repeat, () => network.GetAsync(system)));
            // A person's record changes somewhere: the reader gets the last table at once while it is recomputed behind.
            results.Add(await Measure.RunAsync(name, "network dashboard, just after a change (last table, refreshed behind)", people, repeat, async () =>
            {
                await TouchAsync(database, ids[0]);
                var served = await network.GetAsync(system);
                if (!served.Refreshing)
                {
                    throw new InvalidOperationException("The change was not seen.");
                }
            }, between: async () =>
            {
                while ((await network.GetAsync(system)).Refreshing)
                {
                    await Task.Delay(100);
                }
            }));
            while ((await network.GetAsync(system)).Refreshing)
            {
                await Task.Delay(100);
            }
            results.Add(await Measure.RunAsync(name, "public figures of a territory, computed", people / territories, repeat,
                () => { kept.Clear(); return publicFigures.ForTerritoryAsync(one); }));
            results.Add(await Measure.RunAsync(name, "public figures of a territory, unchanged", people / territories, repeat, () => publicFigures.ForTerritoryAsync(one)));
            results.Add(await Measure.RunAsync(name, "cost balance of a territory, computed", people / territories, repeat,
                () => { kept.Clear(); return balances.GetAsync(system, one, null); }));
        });
        Measure.Print(results);
    }

    private static async Task TouchAsync(BenchDatabase database, int territoryId)
    {
        await using var db = await database.ContextAsync();
        var person = await db.People.Where(p => p.TerritoryId == territoryId).OrderBy(p => p.Id).FirstAsync();
        person.Mobility = $"Modifié {DateTime.UtcNow:O}";
        await db.SaveChangesAsync();
    }

    /// <summary>A territory as the demo's generator makes them: candidacies over years, proposals, hires and their contracts in one EBE.</summary>
    private static async Task<int> SeedTerritoryAsync(BenchDatabase database, int index, int count)
    {
        var territory = await database.NewTerritoryAsync($"Territoire {index + 1:000}");
        var ebe = await database.Get<OrganisationService>().CreateAsync(AccessScope.System, new OrganisationInput
        {
            Name = $"EBE {index + 1:000}",
            Kind = OrganisationKind.EmploymentCompany,
            Territories = [new TerritoryLinkInput { TerritoryId = territory, Role = TerritoryRole.EmploymentCompany }],
        });
        var today = DateOnly.FromDateTime(DateTime.Today);
        await using var db = await database.ContextAsync();
        var (generated, proposals) = DemoPeopleGenerator.Generate(new DemoPeopleGenerator.Options(territory, count, new DateOnly(2019, 1, 1), new DateOnly(2020, 1, 1),
            [ebe.Id], ["Valenciennes", "Anzin", "Denain"], "59300", 100 + index), today);
        db.People.AddRange(generated);
        db.Proposals.AddRange(proposals);
        await db.SaveChangesAsync();
        var hires = await db.Proposals.Include(p => p.Person!).ThenInclude(p => p.Transitions)
            .Where(p => p.TerritoryId == territory && p.Outcome == ProposalOutcome.Hired).OrderBy(p => p.Id).ToListAsync();
        db.EmploymentContracts.AddRange(DemoEmploymentGenerator.Generate(hires.Select(h => new DemoEmploymentGenerator.Hire(h.Person!, h)), ebe.Id, territory,
            new DateOnly(2020, 1, 1), ["Encadrant·e (banc d'essai)"], today, seed: index));
        await db.SaveChangesAsync();
        return territory;
    }
}
