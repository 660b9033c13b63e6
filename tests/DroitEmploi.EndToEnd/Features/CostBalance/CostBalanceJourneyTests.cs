using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.CostBalance;

[Collection(BrowserCollection.Name)]
public sealed class CostBalanceJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task The_cle_team_reads_the_three_views_with_their_sources_and_puts_in_the_territorys_own_amount()
    {
        var page = await app.NewPageAsync();
        await page.LogInAsync(ValenciennesTeam);
        await page.GetByRole(AriaRole.Link, new() { Name = "Bilan des coûts évités" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Bilan des coûts évités");
        await page.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("balance-summary")).ToContainTextAsync("ont travaillé dans les EBE du territoire");
        await Expect(page.GetByTestId("balance-view-basse")).ToContainTextAsync("Comité scientifique");
        await Expect(page.GetByTestId("balance-view-centrale")).ToContainTextAsync("Coûts évités");
        await Expect(page.GetByTestId("balance-components")).ToContainTextAsync("ATD Quart Monde");

        // An amount without its source is refused in French; with it, the component cites the team.
        await page.Locator("#balance-health").FillAsync("900");
        await page.Locator("#balance-health").BlurAsync();
        await page.Locator("#balance-save").ClickAsync();
        await Expect(page.GetByText("chaque chiffre du bilan cite sa source").First).ToBeVisibleAsync();
        await page.Locator("#balance-source").FillAsync("Observatoire régional de la santé des Hauts-de-France, 2025");
        await page.Locator("#balance-source").BlurAsync();
        await page.Locator("#balance-save").ClickAsync();
        await Expect(page.GetByText("Hypothèses enregistrées : le bilan est recalculé.", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("balance-components").Locator("tr").Filter(new() { HasText = "santé" }))
            .ToContainTextAsync("Hypothèse de l'équipe projet du CLE : Observatoire régional de la santé");
        await page.SnapshotAsync("cost-balance");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "CSV" }).ClickAsync());
        Assert.StartsWith("bilan-", download.SuggestedFilename, StringComparison.Ordinal);

        // The territory's page opens on its dashboard, the balance's line linking back to it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Territoires" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Valenciennes", Exact = true }).First.ClickAsync();
        await Expect(page.GetByTestId("territory-dashboard")).ToContainTextAsync("Bilan de l'année (vue centrale)");
        await Expect(page.GetByTestId("territory-dashboard")).ToContainTextAsync("Emplois créés en EBE");
    }
}
