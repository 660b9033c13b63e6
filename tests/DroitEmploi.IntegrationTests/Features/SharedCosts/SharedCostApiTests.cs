using System.Net;
using DroitEmploi.Core.Features.SharedCosts;
using DroitEmploi.IntegrationTests.Features.People;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.SharedCosts;

public abstract class SharedCostApiTests(AppFactory app)
{
    [Fact]
    public async Task The_demo_van_and_premises_are_shared_by_the_ebe_and_the_kpa_and_each_month_adds_up_to_the_cent()
    {
        using var kpa = await app.ClientForAsync(KpaCoordination);
        var costs = await (await kpa.GetAsync("/api/v1/shared-resources")).OkAsync<List<SharedCostView>>();
        var van = Assert.Single(costs, c => c.Key == AllocationKey.Kilometres);
        Assert.Contains(costs, c => c.Key == AllocationKey.SquareMetres);
        Assert.False(van.CanEdit);

        var february = await (await kpa.GetAsync($"/api/v1/shared-resources/{van.Id}/allocation?month=2026-02")).OkAsync<SharedCostAllocation>();
        Assert.Equal(240m + Math.Round(28_000m / 60, 2), february.Total);
        Assert.Equal(february.Total, february.Shares.Sum(s => s.Amount));
        Assert.All(february.Shares, s => Assert.True(s.Weight > 0));
        var all = await (await kpa.GetAsync("/api/v1/shared-resources/allocations?month=2026-02")).OkAsync<List<SharedCostAllocation>>();
        Assert.Equal(february.Shares.Select(s => s.Amount), all.Single(a => a.SharedCostId == van.Id).Shares.Select(s => s.Amount));

        using var management = await app.ClientForAsync(BarakajobsManagement);
        Assert.True((await (await management.GetAsync($"/api/v1/shared-resources/{van.Id}")).OkAsync<SharedCostView>()).CanEdit);
        await (await kpa.PutJsonAsync($"/api/v1/shared-resources/{van.Id}/usage?month=2026-03", new UsageInput())).ProblemAsync(HttpStatusCode.Forbidden);
        foreach (var outsider in new[] { LilleTeam, BarakajobsEmployee })
        {
            using var client = await app.ClientForAsync(outsider);
            Assert.Empty(await (await client.GetAsync("/api/v1/shared-resources")).OkAsync<List<SharedCostView>>());
            Assert.Empty(await (await client.GetAsync("/api/v1/shared-resources/allocations?month=2026-02")).OkAsync<List<SharedCostAllocation>>());
            await (await client.GetAsync($"/api/v1/shared-resources/{van.Id}/allocation?month=2026-02")).ProblemAsync(HttpStatusCode.NotFound);
        }
        await (await kpa.GetAsync($"/api/v1/shared-resources/{van.Id}/allocation?month=2026-13")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_owner_declares_a_cost_records_the_months_use_and_the_shares_follow()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var kpa = await Demo.OrganisationIdAsync(app, "KPA Services pour tous");
        var input = new SharedCostInput
        {
            OwnerOrganisationId = scenario.EmploymentCompanyId,
            Name = "Atelier partagé",
            Kind = SharedCostKind.Tools,
            Key = AllocationKey.HoursOfUse,
            MonthlyCost = 100m,
            StartsOn = new DateOnly(2026, 1, 1),
            Parties = [new() { OrganisationId = scenario.EmploymentCompanyId }, new() { OrganisationId = kpa }],
        };
        var created = await (await scenario.Admin.PostJsonAsync("/api/v1/shared-resources", input)).OkAsync<SharedCostView>(HttpStatusCode.Created);
        var untouched = await (await scenario.Admin.GetAsync($"/api/v1/shared-resources/{created.Id}/allocation?month=2026-02")).OkAsync<SharedCostAllocation>();
        Assert.Equal([100m, 0m], untouched.Shares.Select(s => s.Amount));
        Assert.NotNull(untouched.Note);

        var used = await (await scenario.Admin.PutJsonAsync($"/api/v1/shared-resources/{created.Id}/usage?month=2026-02", new UsageInput
        {
            Lines = [new() { OrganisationId = scenario.EmploymentCompanyId, Quantity = 1 }, new() { OrganisationId = kpa, Quantity = 2 }],
        })).OkAsync<SharedCostAllocation>();
        Assert.Equal([33.33m, 66.67m], used.Shares.Select(s => s.Amount));
        var accounts = await (await scenario.Admin.GetAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/activity-accounts?year=2026"))
            .OkAsync<Core.Features.ActivityAccounts.ActivityAccounts>();
        Assert.Equal(33.33m + 100m + 100m, accounts.Totals.Sum(t => t.Overheads));

        var alone = await (await scenario.Admin.PostJsonAsync("/api/v1/shared-resources", new SharedCostInput
        {
            OwnerOrganisationId = scenario.EmploymentCompanyId,
            Name = "Seul",
            Kind = SharedCostKind.Other,
            Key = AllocationKey.FixedShares,
            MonthlyCost = 10m,
            StartsOn = new DateOnly(2026, 1, 1),
            Parties = [new() { OrganisationId = scenario.EmploymentCompanyId, Weight = 1 }],
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(alone.GetProperty("errors").TryGetProperty("parties", out _));
        var current = await (await scenario.Admin.GetAsync($"/api/v1/shared-resources/{created.Id}")).OkAsync<SharedCostView>();
        input.Version = current.Version - 1;
        await (await scenario.Admin.PutJsonAsync($"/api/v1/shared-resources/{created.Id}", input)).ProblemAsync(HttpStatusCode.Conflict);

        using var kpaCoordination = await app.ClientForAsync(KpaCoordination);
        input.Version = null;
        await (await kpaCoordination.PostJsonAsync("/api/v1/shared-resources", input)).ProblemAsync(HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SharedCostApiOnSqlite(SqliteApp app) : SharedCostApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SharedCostApiOnPostgres(PostgresApp app) : SharedCostApiTests(app);
