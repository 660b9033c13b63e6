using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.Audit;

[Collection(BrowserCollection.Name)]
public sealed class JournalJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_cle_team_reads_who_consulted_a_record_and_an_ebe_director_is_refused_the_journal()
    {
        var page = await app.NewPageAsync();
        await page.LogInAsync(ValenciennesTeam);

        // Opening a volunteer's record leaves a trace of the reading.
        await page.GetByRole(AriaRole.Link, new() { Name = "Territoires" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Valenciennes", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/territoires/*");
        await page.GoToAsync(new Uri(page.Url).AbsolutePath.TrimEnd('/') + "/volontaires");
        await page.Locator("table tbody tr a").First.ClickAsync();
        await page.WaitForURLAsync("**/volontaires/*");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Journal" }).ClickAsync();
        await page.WaitForURLAsync("**/journal");
        await page.WaitUntilInteractiveAsync();
        await page.GetByPlaceholder("Filtrer par auteur·rice").FillAsync(ValenciennesTeam);
        var consulted = page.Locator("table tbody tr").Filter(new() { HasText = "Consultation" }).First;
        await Expect(consulted).ToContainTextAsync(ValenciennesTeam);
        await Expect(consulted).ToContainTextAsync("Volontaire n°");
        await page.SnapshotAsync("journal");

        var director = await app.NewPageAsync();
        await director.LogInAsync(BarakajobsManagement);
        await director.GoToAsync("/journal");
        await Expect(director.GetByTestId("page-error")).ToContainTextAsync("réservé aux administrateurs");
        await Expect(director.Locator("table")).ToHaveCountAsync(0);
    }
}
