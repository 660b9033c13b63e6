using System.Text.RegularExpressions;
using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.People;

[Collection(BrowserCollection.Name)]
public sealed partial class RegistryJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Cle_team_registers_a_volunteer_decides_eligibility_finds_the_position_and_proposes_the_first_person()
    {
        var page = await app.NewPageAsync();
        await page.LogInAsync(ValenciennesTeam);

        await page.GetByRole(AriaRole.Link, new() { Name = "Volontaires" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Inscrire" }).ClickAsync();
        await page.WaitForURLAsync("**/volontaires/nouveau");
        await page.WaitUntilInteractiveAsync();
        var lastName = $"Essai{Guid.NewGuid().ToString("N")[..6]}";
        await page.FillAsync("#person-last-name", lastName);
        await page.FillAsync("#person-first-name", "Blandine");
        await FillDateAsync(page, "Date de naissance", "1972-06-14");
        await FillDateAsync(page, "Habite le territoire depuis", "2015-09-01");
        await FillDateAsync(page, "Privé·e d'emploi depuis", "2021-02-01");
        await page.FillAsync("#person-wishes", "friperie, repair café");
        await page.SnapshotAsync("person-form");
        await page.ClickAsync("#person-save");
        await page.WaitForURLAsync(PersonUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Blandine {lastName}", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("eligibility-proposal")).ToContainTextAsync("Proposition du système aujourd'hui : éligible");

        // Nothing is chosen in advance, and a decision needs what was seen.
        await Expect(page.Locator("#decision-save")).ToBeDisabledAsync();
        await page.ClickAsync("#decision-eligible");
        await Expect(page.Locator("#decision-save")).ToBeDisabledAsync();
        await page.GetByLabel("Historique France Travail").CheckAsync();
        await page.ClickAsync("#decision-save");
        await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("éligible");
        await page.ClickAsync("#decision-confirm");
        await Expect(page.GetByTestId("person-state")).ToHaveTextAsync("Éligible, en attente");
        await Expect(page.GetByTestId("waiting-position")).ToContainTextAsync("Position");
        var positionText = await page.GetByTestId("waiting-position").InnerTextAsync();
        var position = int.Parse(DigitsRegex().Match(positionText).Value, System.Globalization.CultureInfo.InvariantCulture);
        await page.SnapshotAsync("person-eligible");

        // Her right of access: everything stored about her, as a PDF she can read.
        await page.Locator("#export-menu").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("PDF lisible, à lui remettre").ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        var file = await download.PathAsync();
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(file).AsSpan(0, 4)), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Liste d'attente" }).First.ClickAsync();
        await page.WaitUntilInteractiveAsync();
        await page.FillAsync("#waiting-search", lastName);
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = lastName });
        // The search waits for typing to pause, then pages the list on the server: slower than a click when the machine is busy.
        await Expect(row).ToContainTextAsync(position.ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = 20_000 });

        var first = await page.GetByTestId("first-in-order").InnerTextAsync();
        await page.ClickAsync("#propose-first");
        await page.ClickAsync("#proposal-confirm");
        await Expect(page.GetByText("est proposé·e à La Barakajobs")).ToBeVisibleAsync();
        var firstName = FirstNameRegex().Match(first).Groups[1].Value.Trim();
        await Expect(page.GetByText("Propositions en attente de réponse")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = firstName })).ToBeVisibleAsync();
        await page.SnapshotAsync("waiting-list");
    }

    [Fact]
    public async Task Proposing_out_of_order_asks_for_a_reason()
    {
        var page = await app.NewPageAsync();
        await page.LogInAsync(ValenciennesTeam);
        await page.GetByRole(AriaRole.Link, new() { Name = "Liste d'attente" }).First.ClickAsync();
        await page.WaitUntilInteractiveAsync();
        var secondRow = page.GetByRole(AriaRole.Row).Nth(2);
        await secondRow.GetByRole(AriaRole.Button, new() { Name = "Proposer" }).ClickAsync();
        await Expect(page.GetByText("personne(s) la précèdent")).ToBeVisibleAsync();
        await page.ClickAsync("#proposal-confirm");
        await Expect(page.GetByText("écrivez pourquoi").First).ToBeVisibleAsync();
    }

    private static async Task FillDateAsync(IPage page, string label, string value)
    {
        // A date input takes its value as yyyy-mm-dd whatever the language it shows.
        var input = page.GetByLabel(label);
        await input.FillAsync(value);
        await input.BlurAsync();
    }

    private static Regex PersonUrl() => new("/volontaires/\\d+$");

    [GeneratedRegex("\\d+")]
    private static partial Regex DigitsRegex();

    [GeneratedRegex("Première dans l'ordre :\\s*(.+?) —")]
    private static partial Regex FirstNameRegex();
}
