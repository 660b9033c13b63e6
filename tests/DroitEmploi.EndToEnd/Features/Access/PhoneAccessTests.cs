using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.Access;

[Collection(BrowserCollection.Name)]
public sealed class PhoneAccessTests(BrowserApp app)
{
    [Fact]
    public async Task On_a_phone_a_cle_team_sees_its_territory_and_not_the_other_one()
    {
        var page = await app.NewPageAsync(new ViewportSize { Width = 390, Height = 844 });
        await page.GotoAsync("/territoires");
        await page.WaitForURLAsync("**/connexion**");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" })).ToBeVisibleAsync();

        await page.FillAsync("#email", ValenciennesTeam);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync("**/territoires");
        await page.WaitUntilInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Valenciennes", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("Métropole européenne de Lille")).ToHaveCountAsync(0);
        await page.SnapshotAsync("phone-territories");

        // The login page's own layout fits a phone: no horizontal scrolling.
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"The page is {scrollWidth}px wide on a 390px screen.");

        await page.GoToAsync("/territoires/2");
        await Expect(page.GetByTestId("page-error")).ToContainTextAsync("n'existe pas ou ne vous est pas accessible");
    }

    [Fact]
    public async Task Wrong_password_shows_a_french_message()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/connexion");
        await page.FillAsync("#email", ValenciennesMember);
        await page.FillAsync("#password", "pas-le-bon");
        await page.ClickAsync("#login-submit");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Adresse ou mot de passe incorrect.");
    }
}
