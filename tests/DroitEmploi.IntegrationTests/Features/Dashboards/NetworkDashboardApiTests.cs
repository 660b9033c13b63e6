using System.Net;
using DroitEmploi.Core.Features.Dashboards;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Dashboards;

public abstract class NetworkDashboardApiTests(AppFactory app)
{
    [Fact]
    public async Task Funders_compare_every_territory_with_the_figures_each_territory_shows_and_nobody_else_reads_the_network()
    {
        using var funder = await app.ClientForAsync(Funder);
        var dashboard = await FreshAsync(funder);
        var valenciennes = Assert.Single(dashboard.Territories, t => t.Name == Demo.Valenciennes);
        Assert.Contains(dashboard.Territories, t => t.Name == Demo.Lille);
        var figures = await (await funder.GetAsync($"/api/v1/territories/{valenciennes.Id}/employment-figures")).OkAsync<EmploymentFigures>();
        Assert.Equal((figures.JobsCreated, figures.EtpThisMonth, 100), (valenciennes.JobsCreated, valenciennes.EtpThisMonth, valenciennes.AmbitionJobs));
        Assert.Equal(Math.Round((decimal)valenciennes.JobsCreated / 100, 3), valenciennes.AmbitionShare);
        Assert.Equal((1, true), (valenciennes.EmploymentCompanies, valenciennes.Activities > 0));
        Assert.True(valenciennes.TurnoverThisYear > 0);
        var balance = await (await funder.GetAsync($"/api/v1/territories/{valenciennes.Id}/cost-balance")).OkAsync<Core.Features.CostBalance.TerritoryCostBalance>();
        Assert.Equal((balance.Figures.PublicCost.Total, balance.Figures.Views[1].Avoided), (valenciennes.PublicCostThisYear, valenciennes.AvoidedCentralThisYear));
        Assert.True(valenciennes.AvoidedCentralThisYear > 0);
        // The territory's own dashboard is the same line, read by those who read the territory.
        using var member = await app.ClientForAsync(ValenciennesMember);
        Assert.Equal(valenciennes, await (await member.GetAsync($"/api/v1/territories/{valenciennes.Id}/dashboard")).OkAsync<TerritoryLine>());
        using var lille = await app.ClientForAsync(LilleTeam);
        await (await lille.GetAsync($"/api/v1/territories/{valenciennes.Id}/dashboard")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(dashboard.Territories.Sum(t => t.Waiting), dashboard.Waiting);
        var csv = await (await funder.GetAsync("/api/v1/network/dashboard/export")).Content.ReadAsStringAsync();
        Assert.Contains("Territoire;Ambition (emplois en EBE)", csv);
        Assert.Contains($"{Demo.Valenciennes};100;31/12/2026;{valenciennes.JobsCreated};", csv);

        foreach (var reader in new[] { ValenciennesTeam, ValenciennesMember, BarakajobsManagement, BarakajobsEmployee })
        {
            using var client = await app.ClientForAsync(reader);
            await (await client.GetAsync("/api/v1/network/dashboard")).ProblemAsync(HttpStatusCode.Forbidden);
        }
    }

    /// <summary>
    /// Other tests change data all the time: the dashboard then serves its last table while it recomputes, and says so.
    /// This reads until the table is the fresh one.
    /// </summary>
    private static async Task<NetworkDashboard> FreshAsync(HttpClient client)
    {
        for (var attempt = 0; ; attempt++)
        {
            var dashboard = await (await client.GetAsync("/api/v1/network/dashboard")).OkAsync<NetworkDashboard>();
            if (!dashboard.Refreshing || attempt == 150)
            {
                return dashboard;
            }
            await Task.Delay(200);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NetworkDashboardApiOnSqlite(SqliteApp app) : NetworkDashboardApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class NetworkDashboardApiOnPostgres(PostgresApp app) : NetworkDashboardApiTests(app);
