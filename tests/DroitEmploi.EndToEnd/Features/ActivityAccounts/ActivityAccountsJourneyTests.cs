using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.ActivityAccounts;

[Collection(BrowserCollection.Name)]
public sealed class ActivityAccountsJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task The_ebe_manager_reads_which_activities_carry_which_records_a_purchase_and_finds_it()
    {
        var page = await app.NewPageAsync();
        await page.LogInAsync(BarakajobsManagement);
        await page.GetByRole(AriaRole.Link, new() { Name = "Comptes par activité" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Comptes par activité — La Barakajobs");
        await page.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("accounts-equalisation")).ToContainTextAsync("Une activité peut perdre de l'argent à dessein");
        await Expect(page.GetByTestId("accounts-table")).ToContainTextAsync("Légumerie");
        await page.SnapshotAsync("activity-accounts");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Achats" }).ClickAsync();
        await page.Locator("#purchase-supplier").FillAsync("Quincaillerie Vandenbussche (essai)");
        await page.Locator("#purchase-category").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Équipement" }).ClickAsync();
        await page.Locator("#purchase-net").FillAsync("84.50");
        await page.Locator("#purchase-net").BlurAsync();
        await page.Locator("#purchase-save").ClickAsync();
        await Expect(page.GetByText("Achat enregistré : les comptes sont recalculés.", new() { Exact = true })).ToBeVisibleAsync();
        await page.Locator("#purchases-search").FillAsync("Vandenbussche");
        await Expect(page.GetByTestId("purchases-table").Locator("tbody tr").First).ToContainTextAsync("Quincaillerie Vandenbussche (essai)", new() { Timeout = 20_000 });
        await Expect(page.GetByTestId("purchases-total")).ToContainTextAsync("1 achat");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Budget" }).ClickAsync();
        await Expect(page.GetByTestId("budget-comparison")).ToContainTextAsync("Structure (frais de structure)");
    }
}
