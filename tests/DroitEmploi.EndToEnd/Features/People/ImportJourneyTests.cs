using System.Text;
using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.People;

[Collection(BrowserCollection.Name)]
public sealed class ImportJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Cle_team_tries_a_file_then_imports_it_following_the_job_to_its_report()
    {
        var page = await app.NewPageAsync();
        await page.LogInAsync(ValenciennesTeam);
        await page.GetByRole(AriaRole.Link, new() { Name = "Volontaires" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Importer" }).ClickAsync();
        await page.WaitForURLAsync("**/import");
        await page.WaitUntilInteractiveAsync();

        var suffix = Guid.NewGuid().ToString("N")[..6];
        var csv = "Nom;Prénom;Date de naissance;Date de candidature\r\n" +
            $"Import{suffix};Aline;03/04/1971;12/01/2026\r\n" +
            $"Import{suffix};Bruno;05/06/1980;13/01/2026\r\n" +
            $"Import{suffix};Date;31/02/1980;13/01/2026\r\n";
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload
        {
            Name = "centre-social.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(csv),
        });
        await Expect(page.GetByText("centre-social.csv").First).ToBeVisibleAsync();

        await page.ClickAsync("#import-dry-run");
        await Expect(page.GetByTestId("import-summary")).ToContainTextAsync("Essai à blanc, rien n'a été enregistré");
        await Expect(page.GetByTestId("import-summary")).ToContainTextAsync("2 seraient importées");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "31/02/1980" })).ToBeVisibleAsync();

        await page.ClickAsync("#import-run");
        await Expect(page.GetByTestId("import-summary")).ToContainTextAsync("Import terminé");
        await Expect(page.GetByTestId("import-summary")).ToContainTextAsync("2 importée(s)");
        var history = page.GetByTestId("import-history");
        await Expect(history.GetByRole(AriaRole.Row).Filter(new() { HasText = "Essai à blanc" })).ToContainTextAsync("Terminé");
        await Expect(history.GetByRole(AriaRole.Row).Filter(new() { HasText = "Import" }).First).ToContainTextAsync("Terminé");
        await page.SnapshotAsync("import-report");

        // The people are in the registry at once.
        await page.GetByRole(AriaRole.Link, new() { Name = "Volontaires" }).ClickAsync();
        await page.WaitUntilInteractiveAsync();
        // The registry's first page is shown before searching, so that the search is the last load.
        await Expect(page.GetByRole(AriaRole.Row).Nth(1)).ToBeVisibleAsync();
        await page.FillAsync("#registry-search", $"Import{suffix}");
        await Expect(page.Locator("#registry-search")).ToHaveValueAsync($"Import{suffix}");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = $"Import{suffix}" })).ToHaveCountAsync(2, new() { Timeout = 15_000 });
    }
}
