using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.Parameters;

[Collection(BrowserCollection.Name)]
public sealed class ParameterJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task An_administrator_sees_what_a_past_value_rewrites_confirms_it_with_a_reason_then_withdraws_it()
    {
        var page = await app.NewPageAsync();
        await page.LogInAsync(Administrator);
        await page.GetByRole(AriaRole.Link, new() { Name = "Paramètres datés" }).ClickAsync();
        await page.WaitForURLAsync("**/parametres");
        await page.WaitUntilInteractiveAsync();
        // Values read as people write them, and sources without internal notes.
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "15 %", Exact = true }).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "12,02 €", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("DOMAIN.md")).ToHaveCountAsync(0);

        await page.GetByLabel("Paramètre").First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Durée minimale de résidence sur le territoire" }).ClickAsync();
        await page.GetByLabel("En vigueur à partir du").FillAsync("2024-01-01");
        await page.GetByLabel("Valeur (mois)").FillAsync("9");
        await page.GetByLabel("Source (texte, arrêté)").FillAsync("Essai de saisie");
        await page.ClickAsync("#parameter-check");
        await Expect(page.GetByTestId("parameter-preview")).ToContainTextAsync("mois changent");
        await page.ClickAsync("#parameter-confirm");
        await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("écrivez pourquoi");
        await page.FillAsync("#parameter-reason", "Démonstration");
        await page.ClickAsync("#parameter-confirm");
        await Expect(page.GetByText("Valeur enregistrée.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "9 mois", Exact = true })).ToBeVisibleAsync();
        await page.SnapshotAsync("parameters");

        await page.GetByRole(AriaRole.Button, new() { Name = "Retirer la valeur du 01/01/2024 de Durée minimale de résidence sur le territoire" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Pourquoi (obligatoire)").FillAsync("Saisie de démonstration");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Retirer" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Confirmer" }).ClickAsync();
        await Expect(page.GetByText("Valeur retirée.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "9 mois", Exact = true })).ToHaveCountAsync(0);
        await page.GetByLabel("Voir aussi les valeurs corrigées ou retirées").CheckAsync();
        await Expect(page.GetByText("Saisie de démonstration")).ToBeVisibleAsync();
    }
}
