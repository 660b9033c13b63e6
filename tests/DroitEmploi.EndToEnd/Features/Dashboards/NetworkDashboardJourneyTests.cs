using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.Dashboards;

[Collection(BrowserCollection.Name)]
public sealed class NetworkDashboardJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_funder_sorts_the_territories_and_compares_two_of_them()
    {
        var page = await app.NewPageAsync();
        await page.LogInAsync(Funder);
        await page.GetByRole(AriaRole.Link, new() { Name = "Tableau de bord du réseau" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tableau de bord du réseau");
        await page.WaitUntilInteractiveAsync();
        var rows = page.GetByTestId("network-table").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(2);

        // Sorted by people waiting, the territory with fewer comes first; twice, the order turns.
        // The header's sort label (the table's phone sort menu repeats its name once sorted).
        var waitingHeader = page.GetByTestId("network-table").Locator("th .mud-table-sort-label", new() { HasText = "En attente" });
        await waitingHeader.ClickAsync();
        var first = await rows.First.Locator("td[data-label='Territoire']").InnerTextAsync();
        await waitingHeader.ClickAsync();
        await Expect(rows.First.Locator("td[data-label='Territoire']")).Not.ToHaveTextAsync(first);

        // Both ticked: the chart compares them, with its table for those who read rather than look.
        await rows.Nth(0).Locator("input[type=checkbox]").CheckAsync();
        await rows.Nth(1).Locator("input[type=checkbox]").CheckAsync();
        var comparison = page.GetByTestId("network-comparison");
        await Expect(comparison).ToContainTextAsync("Territoires comparés");
        await comparison.GetByText("Voir les données du graphique").ClickAsync();
        await Expect(comparison.Locator("table")).ToContainTextAsync("Valenciennes");
        await Expect(comparison.Locator("table")).ToContainTextAsync("Métropole européenne de Lille");
        await page.SnapshotAsync("network-dashboard");
    }
}
