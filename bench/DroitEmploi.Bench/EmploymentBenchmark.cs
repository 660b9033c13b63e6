using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Employment;

namespace DroitEmploi.Bench;

/// <summary>ETP and funding for an EBE of many contracts over three years, on each database.</summary>
public static class EmploymentBenchmark
{
    public static async Task RunAsync(BenchOptions options)
    {
        var count = options.Int("contracts", 5_000);
        var repeat = options.Int("repeat", 5);
        var results = new List<Measurement>();
        var system = AccessScope.System;
        Console.WriteLine($"Employment benchmark: {count:N0} contracts from 2024 to 2026 (36 months), {repeat} runs per query.");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}.");

        await BenchDatabase.ForEachAsync(options, async database =>
        {
            var name = database.Name;
            var territory = await database.NewTerritoryAsync("Emploi");
            var organisation = await database.Get<OrganisationService>().CreateAsync(system, new OrganisationInput
            {
                Name = "EBE du banc d'essai",
                Kind = OrganisationKind.EmploymentCompany,
                Territories = [new TerritoryLinkInput { TerritoryId = territory, Role = TerritoryRole.EmploymentCompany }],
            });
            results.Add(await Measure.RunAsync(name, "set-up: insert contracts", count, 1, () => InsertAsync(database, territory, organisation.Id, count)));

            var funding = database.Get<FundingService>();
            var figures = database.Get<EmploymentFiguresService>();
            foreach (var year in new[] { 2024, 2025, 2026 })
            {
                results.Add(await Measure.RunAsync(name, $"funding statement {year} (12 months)", count, repeat,
                    () => funding.StatementAsync(system, organisation.Id, year)));
            }
            results.Add(await Measure.RunAsync(name, "ETP of one month, per contract", count, repeat,
                () => funding.EtpAsync(system, organisation.Id, 2025, 6)));
            results.Add(await Measure.RunAsync(name, "employment figures (12 months)", count, repeat,
                () => figures.ForOrganisationAsync(system, organisation.Id)));
        });
        Measure.Print(results);
    }

    /// <summary>Deterministic contracts: chosen hours, a quarter amended, one in ten suspended, some ended.</summary>
    private static async Task InsertAsync(BenchDatabase database, int territoryId, int organisationId, int count)
    {
        var random = new Random(5000);
        await using var db = await database.ContextAsync();
        for (var i = 0; i < count; i++)
        {
            var start = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 900));
            var contract = new EmploymentContract
            {
                TerritoryId = territoryId,
                OrganisationId = organisationId,
                EmployeeName = $"Salarié·e {i}",
                StartDate = start,
                WeeklyHours = new[] { 20m, 24m, 26m, 28m, 30m, 35m }[random.Next(6)],
                HourlyWage = 11.65m,
                IsSupervisoryNonPpde = i % 40 == 0,
            };
            if (random.NextDouble() < 0.25)
            {
                contract.Amendments.Add(new ContractAmendment { EffectiveFrom = start.AddDays(random.Next(30, 300)), WeeklyHours = 35, HourlyWage = 12.02m, By = "bench" });
            }
            if (random.NextDouble() < 0.10)
            {
                var from = start.AddDays(random.Next(400, 600));
                contract.Suspensions.Add(new ContractSuspension { Start = from, End = from.AddDays(random.Next(30, 120)), Reason = SuspensionReason.TrialJobElsewhere, By = "bench" });
            }
            if (random.NextDouble() < 0.08)
            {
                contract.ExitDate = start.AddDays(random.Next(700, 900));
                contract.ExitReason = ExitReason.JobElsewhereCdi;
            }
            db.EmploymentContracts.Add(contract);
            if (i % 1000 == 999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync();
    }
}
