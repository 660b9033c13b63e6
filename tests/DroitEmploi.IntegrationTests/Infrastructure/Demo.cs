using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Territories;

namespace DroitEmploi.IntegrationTests.Infrastructure;

/// <summary>Finds the demo records by name, as a user would, instead of assuming their ids.</summary>
public static class Demo
{
    public const string Valenciennes = "Valenciennes";
    public const string Lille = "Métropole européenne de Lille";

    public static async Task<int> TerritoryIdAsync(AppFactory app, string name)
    {
        using var admin = await app.ClientForAsync(Core.Features.Demo.DemoAccounts.Administrator);
        var page = await (await admin.GetAsync("/api/v1/territories?pageSize=200")).OkAsync<PagedResult<TerritorySummary>>();
        return page.Items.Single(t => t.Name == name).Id;
    }

    public static async Task<int> OrganisationIdAsync(AppFactory app, string name)
    {
        using var admin = await app.ClientForAsync(Core.Features.Demo.DemoAccounts.Administrator);
        var page = await (await admin.GetAsync($"/api/v1/organisations?search={Uri.EscapeDataString(name)}")).OkAsync<PagedResult<OrganisationSummary>>();
        return page.Items.First(o => o.Name == name).Id;
    }
}
