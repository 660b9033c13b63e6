using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.Projection;

[Collection(BrowserCollection.Name)]
public sealed class ProjectionJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task The_cle_team_reads_when_nobody_would_wait_and_sees_the_projection_follow_its_assumption()
    {
        var page = await app.NewPageAsync();
        await page.LogInAsync(LilleTeam);
        await page.GetByRole(AriaRole.Link, new() { Name = "Projection vers l'exhaustivité" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Projection vers l'exhaustivité");
        await page.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("projection-needed")).ToContainTextAsync("embauches par mois");

        // Forty hires a month: the list empties, and the pace retained says so beside the measured one.
        await page.Locator("#assumption-hires").FillAsync("40");
        await page.Locator("#assumption-hires").BlurAsync();
        await page.Locator("#assumptions-save").ClickAsync();
        await Expect(page.GetByText("Hypothèses enregistrées : la projection est recalculée.", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("projection-empty")).ToContainTextAsync("plus personne n'attendrait en");
        await Expect(page.GetByTestId("projection-pace").Locator("tr").Filter(new() { HasText = "Embauches en EBE" })).ToContainTextAsync("40");
        await page.SnapshotAsync("projection");
    }
}
