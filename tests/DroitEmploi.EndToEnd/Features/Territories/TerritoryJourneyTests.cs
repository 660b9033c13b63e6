using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.Territories;

[Collection(BrowserCollection.Name)]
public sealed class TerritoryJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task An_administrator_opens_a_territory_and_its_cle_team_describes_it_while_another_team_cannot_see_it()
    {
        var name = $"Territoire de démonstration {Guid.NewGuid().ToString("N")[..6]}";
        var admin = await app.NewPageAsync();
        await admin.LogInAsync(Administrator);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Territoires" }).ClickAsync();
        await admin.WaitUntilInteractiveAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Nouveau territoire" }).ClickAsync();
        await admin.WaitUntilInteractiveAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(admin.GetByText("Le nom du territoire est obligatoire.").First).ToBeVisibleAsync();
        await admin.GetByLabel("Nom", new() { Exact = false }).First.FillAsync(name);
        await admin.GetByLabel("Département").FillAsync("Nord (59)");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();

        // The Valenciennes team describes its own territory…
        var team = await app.NewPageAsync();
        await team.LogInAsync(ValenciennesTeam);
        await team.GetByRole(AriaRole.Link, new() { Name = "Territoires" }).ClickAsync();
        await team.GetByRole(AriaRole.Link, new() { Name = "Valenciennes", Exact = true }).ClickAsync();
        await team.WaitUntilInteractiveAsync();
        await team.GetByRole(AriaRole.Link, new() { Name = "Modifier" }).ClickAsync();
        await team.WaitUntilInteractiveAsync();
        var description = $"Quartiers Faubourg de Lille et Acacias — mise à jour {DateTime.Now:HHmmss}";
        await team.GetByLabel("Description").FillAsync(description);
        await team.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(team.GetByText("Territoire enregistré.")).ToBeVisibleAsync();
        await Expect(team.GetByText(description)).ToBeVisibleAsync();

        // …and sees neither the new territory nor Lille.
        await team.GoToAsync("/territoires");
        await Expect(team.GetByRole(AriaRole.Link, new() { Name = name })).ToHaveCountAsync(0);
        await Expect(team.GetByText("Métropole européenne de Lille")).ToHaveCountAsync(0);
        await team.SnapshotAsync("territory-edited");
    }
}
