using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.SharedCosts;

[Collection(BrowserCollection.Name)]
public sealed class SharedCostsJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task The_ebe_records_the_kilometres_each_drove_and_the_kpa_sees_its_share_of_the_van()
    {
        var page = await app.NewPageAsync();
        await page.LogInAsync(BarakajobsManagement);
        await page.GetByRole(AriaRole.Link, new() { Name = "Ressources partagées" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ressources partagées");
        await page.WaitUntilInteractiveAsync();
        var van = page.Locator("[data-testid^='shared-']").Filter(new() { HasText = "Camion benne partagé" });
        // This month's kilometres are not recorded yet: the van stays with La Barakajobs, which pays it.
        await Expect(van).ToContainTextAsync("Aucun usage relevé ce mois-ci");

        await van.GetByLabel("Usage de La Barakajobs").FillAsync("600");
        await van.GetByLabel("Usage de KPA Services pour tous").FillAsync("200");
        await van.GetByLabel("Usage de KPA Services pour tous").BlurAsync();
        await van.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'usage du mois" }).ClickAsync();
        await Expect(page.GetByText("Usage du mois enregistré : la part de chacun est recalculée.", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(van).Not.ToContainTextAsync("Aucun usage relevé ce mois-ci");
        await page.SnapshotAsync("shared-resources");

        var kpa = await app.NewPageAsync();
        await kpa.LogInAsync(KpaCoordination);
        await kpa.GetByRole(AriaRole.Link, new() { Name = "Ressources partagées" }).ClickAsync();
        await kpa.WaitUntilInteractiveAsync();
        var seen = kpa.Locator("[data-testid^='shared-']").Filter(new() { HasText = "Camion benne partagé" });
        var row = seen.Locator("tr").Filter(new() { HasText = "KPA Services pour tous" });
        await Expect(row).ToContainTextAsync("200");
        await Expect(seen.GetByRole(AriaRole.Button, new() { Name = "Modifier" })).ToHaveCountAsync(0);
    }
}
