using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.Directory;

[Collection(BrowserCollection.Name)]
public sealed class DirectoryJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Cle_team_opens_its_territory_adds_a_structure_and_finds_it_by_search()
    {
        var page = await app.NewPageAsync();
        await page.LogInAsync(ValenciennesTeam);

        await page.GetByRole(AriaRole.Link, new() { Name = "Territoires" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Valenciennes", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Valenciennes", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("Faubourg de Lille").First).ToBeVisibleAsync();
        await Expect(page.GetByText("150 emplois", new() { Exact = true })).ToBeVisibleAsync();
        await page.SnapshotAsync("territory");

        var name = $"Friperie solidaire Étoile {Guid.NewGuid().ToString("N")[..6]}";
        await page.GetByRole(AriaRole.Link, new() { Name = "Annuaire ESS" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle structure" }).ClickAsync();
        await page.WaitForURLAsync("**/annuaire/nouvelle");
        await page.FillAsync("#organisation-name", name);
        await page.FillAsync("#organisation-tags", "friperie, réemploi");
        await page.FillAsync("#organisation-city", "Valenciennes");
        await page.SnapshotAsync("organisation-form");
        await page.ClickAsync("#organisation-save");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/annuaire/\\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Annuaire ESS" }).ClickAsync();
        var ageval = page.GetByRole(AriaRole.Link, new() { Name = "AGEVAL" });
        await Expect(ageval).ToBeVisibleAsync();
        await page.FillAsync("#directory-search", "friperie etoile");
        var row = page.GetByRole(AriaRole.Link, new() { Name = name });
        await Expect(row).ToBeVisibleAsync();
        await page.SnapshotAsync("directory-search");
        await Expect(ageval).ToHaveCountAsync(0);
    }
}
