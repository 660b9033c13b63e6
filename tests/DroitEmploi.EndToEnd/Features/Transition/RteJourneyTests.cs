using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.Transition;

[Collection(BrowserCollection.Name)]
public sealed class RteJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_holder_reads_his_rte_and_its_local_currency_on_his_phone_the_cte_pays_the_month_and_he_asks_to_join_the_ebe()
    {
        var phone = await app.NewPageAsync(new ViewportSize { Width = 390, Height = 844 });
        await phone.LogInAsync(RteHolder);
        await Expect(phone.GetByTestId("home-rte-holder")).ToBeVisibleAsync();
        await Expect(phone.GetByText("Aucun territoire")).ToHaveCountAsync(0);
        await Expect(phone.Locator("a.mud-nav-link[href='/mon-rte']")).ToHaveCountAsync(1);
        await Expect(phone.Locator("a[href='/annuaire']")).ToHaveCountAsync(0);
        await phone.GoToAsync("/mon-rte");
        // Julien's income complement, 85 % of it in the local currency, and the cargo bike's instalment.
        await Expect(phone.Locator("#rte-this-month")).ToContainTextAsync("Ce mois-ci :");
        await Expect(phone.Locator("#rte-local")).ToContainTextAsync("en monnaie locale (le Sou du Hainaut (démo))");
        await Expect(phone.Locator("#rte-months-left")).ToContainTextAsync("mois de RTE");
        await Expect(phone.GetByTestId("my-grant")).ToHaveCountAsync(2);
        await Expect(phone.GetByTestId("my-grant").Filter(new() { HasText = "Investissement" })).ToContainTextAsync("Réparation de vélos en triporteur");
        Assert.True(await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, "The page scrolls sideways at 390 px.");
        await phone.SnapshotAsync("rte-holder-phone");

        // The CTE's coordination pays the month from the pool: two lines for Julien, local currency and euros.
        var desk = await app.NewPageAsync();
        await desk.LogInAsync(CteCoordination);
        await Expect(desk.GetByTestId("home-cte")).ToContainTextAsync("sont à verser");
        await desk.GetByRole(AriaRole.Link, new() { Name = "Notre CTE" }).ClickAsync();
        await Expect(desk.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("CTE du Hainaut (démo)");
        await desk.WaitUntilInteractiveAsync();
        await Expect(desk.GetByTestId("grants")).ToContainTextAsync("85 %");
        await desk.GetByRole(AriaRole.Tab, new() { Name = "Versements" }).ClickAsync();
        await Expect(desk.GetByTestId("payment-summary")).ToContainTextAsync("À verser pour");
        await Expect(desk.GetByTestId("payment-lines")).ToContainTextAsync("le Sou du Hainaut (démo)");
        await desk.Locator("#pay-month").ClickAsync();
        await desk.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Verser" }).ClickAsync();
        await Expect(desk.GetByTestId("payment-summary")).ToContainTextAsync("Versés pour");
        await Expect(desk.Locator("#pay-month")).ToHaveCountAsync(0);
        await desk.GetByRole(AriaRole.Tab, new() { Name = "Mise en commun" }).ClickAsync();
        await Expect(desk.GetByTestId("pool-activities")).ToContainTextAsync("Ressourcerie textile (essaimée le");
        await desk.SnapshotAsync("cte-pool");

        // On his phone the month paid shows in both currencies; then he asks to join the EBE, at his original candidacy date.
        await phone.ReloadAsync();
        await Expect(phone.GetByTestId("my-payment").First).ToContainTextAsync("le Sou du Hainaut (démo)");
        await phone.WaitUntilInteractiveAsync();
        await phone.Locator("#join-waiting-list").ClickAsync();
        await phone.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Oui, je le demande" }).ClickAsync();
        await Expect(phone.GetByText("C'est noté : vous êtes sur la liste d'attente de l'EBE.", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(phone.Locator("#join-waiting-list")).ToHaveCountAsync(0);
    }
}
