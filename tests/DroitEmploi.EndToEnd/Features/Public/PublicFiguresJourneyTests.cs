using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.Public;

[Collection(BrowserCollection.Name)]
public sealed class PublicFiguresJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_visitor_without_an_account_opens_a_territorys_public_figures_from_the_login_page_on_a_phone()
    {
        var phone = await app.NewPageAsync(new ViewportSize { Width = 390, Height = 844 });
        await phone.GotoAsync("/connexion");
        await phone.Locator("#public-figures-link").ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Chiffres publics des territoires");
        await phone.GetByTestId("public-territories").GetByText("Valenciennes", new() { Exact = true }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Valenciennes");
        await Expect(phone.GetByTestId("public-jobs")).ToContainTextAsync("sur 100 visés");
        // One EBE on the territory: its turnover would be about one organisation, so it is secret.
        await Expect(phone.GetByTestId("public-turnover")).ToContainTextAsync("secret");
        await Expect(phone.GetByTestId("public-movements")).ToContainTextAsync("Embauches");
        await Expect(phone.GetByTestId("public-activities")).ToContainTextAsync("Friperie");
        // No count under the threshold shows anywhere on the page.
        var numbers = await phone.Locator("[data-testid=public-movements] td, [data-testid=public-waiting-table] td").AllInnerTextsAsync();
        Assert.All(numbers.Where(n => n != "secret"), n => Assert.True(int.Parse(n.Replace("\u202f", "").Replace("\u00a0", "")) is 0 or >= 11, $"{n} is shown."));
        Assert.True(await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, "The page scrolls sideways at 390 px.");
        await phone.SnapshotAsync("public-figures-phone");
    }
}
