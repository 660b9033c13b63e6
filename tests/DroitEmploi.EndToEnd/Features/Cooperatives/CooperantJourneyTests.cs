using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.Cooperatives;

[Collection(BrowserCollection.Name)]
public sealed class CooperantJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_cooperant_reads_the_months_left_on_his_cape_on_his_phone_and_sees_the_stage_his_coordinator_records()
    {
        var phone = await app.NewPageAsync(new ViewportSize { Width = 390, Height = 844 });
        await phone.LogInAsync(ServicesPourTousCooperant);
        // His home page sends him to his journey, not to territories he has nothing to do with.
        await Expect(phone.GetByTestId("home-cooperant")).ToBeVisibleAsync();
        await Expect(phone.GetByText("Aucun territoire")).ToHaveCountAsync(0);
        // The phone's menu is folded away: it holds the link, and the page opens from it.
        await Expect(phone.Locator("a.mud-nav-link[href='/mon-parcours']")).ToHaveCountAsync(1);
        await phone.GoToAsync("/mon-parcours");
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bonjour Malik");
        // Two twelve-month CAPE signed of the thirty-six the law allows.
        await Expect(phone.GetByTestId("my-contract")).ToContainTextAsync("Votre CAPE finit le");
        await Expect(phone.GetByTestId("my-contract")).ToContainTextAsync("Il peut être renouvelé encore une fois.");
        await Expect(phone.GetByTestId("my-contract")).ToContainTextAsync("vous pouvez encore avoir 12 mois de CAPE");
        await Expect(phone.GetByTestId("my-stage")).ToContainTextAsync("Votre étape : Tester");
        Assert.True(await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, "The page scrolls sideways at 390 px.");
        // A cooperant's menu holds what he uses, not the directory nor the territories.
        await Expect(phone.Locator("a[href='/annuaire']")).ToHaveCountAsync(0);
        await phone.SnapshotAsync("cooperant-phone");

        // He logs the mowing he did: it goes into the client's draft invoice, issued under the CAE's identity.
        await phone.WaitUntilInteractiveAsync();
        await phone.Locator("#service-link").ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Déclarer une prestation");
        await phone.WaitUntilInteractiveAsync();
        var note = $"haie {Guid.NewGuid().ToString("N")[..6]}";
        await phone.Locator("#service-client").FillAsync("Dufour");
        await phone.GetByRole(AriaRole.Option).Filter(new() { HasText = "M. Jean-Paul Dufour (démo)" }).ClickAsync();
        await phone.Locator("#service-item").ClickAsync();
        await phone.GetByRole(AriaRole.Option).Filter(new() { HasText = "Tonte et petits travaux (locataires)" }).ClickAsync();
        await phone.Locator("#service-quantity").FillAsync("2");
        await phone.Locator("#service-note").FillAsync(note);
        await phone.Locator("#service-note").BlurAsync();
        await phone.Locator("#service-record").ClickAsync();
        await Expect(phone.GetByText("Prestation enregistrée")).ToBeVisibleAsync();
        await Expect(phone.GetByTestId("service-record").Filter(new() { HasText = note })).ToContainTextAsync("Facture en préparation");
        Assert.True(await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, "The page scrolls sideways at 390 px.");
        await phone.GoToAsync("/mon-parcours");

        var desk = await app.NewPageAsync();
        await desk.LogInAsync(KpaCoordination);
        await desk.GetByRole(AriaRole.Link, new() { Name = "Notre KPA" }).ClickAsync();
        await Expect(desk.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("KPA Services pour tous");
        await desk.WaitUntilInteractiveAsync();
        await Expect(desk.GetByTestId("contract-endings")).ToContainTextAsync("Jordan Petit (démo)");
        await desk.Locator("#cooperant-search").FillAsync("benali");
        await Expect(desk.GetByTestId("cooperants").Locator("tbody tr")).ToHaveCountAsync(1);
        await desk.GetByRole(AriaRole.Link, new() { Name = "Malik Benali (démo)" }).ClickAsync();
        await Expect(desk.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Malik Benali (démo)");
        await desk.WaitUntilInteractiveAsync();
        await Expect(desk.GetByTestId("situation")).ToContainTextAsync("renouvellement n° 1");

        // A select holding a value hides its input: the click goes to its field.
        await desk.Locator("div.mud-select:has(#step-kind)").Last.ClickAsync();
        await desk.GetByRole(AriaRole.Option).Filter(new() { HasText = "Étape du parcours" }).ClickAsync();
        await desk.Locator("div.mud-select:has(#step-stage)").Last.ClickAsync();
        await desk.GetByRole(AriaRole.Option).Filter(new() { HasText = "S'ouvrir vers l'extérieur" }).ClickAsync();
        await desk.Locator("#step-record").ClickAsync();
        await desk.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(desk.GetByText("Étape enregistrée.", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(desk.GetByTestId("steps")).ToContainTextAsync("Étape « S'ouvrir vers l'extérieur »");

        await phone.ReloadAsync();
        await Expect(phone.GetByTestId("my-stage")).ToContainTextAsync("Votre étape : S'ouvrir vers l'extérieur");
    }

    [Fact]
    public async Task The_cae_sees_the_kpa_it_carries_and_the_contracts_ending_soon_without_changing_a_journey()
    {
        var desk = await app.NewPageAsync();
        await desk.LogInAsync(OpteosPortage);
        await Expect(desk.GetByTestId("home-portage")).ToContainTextAsync("attendent votre réponse");
        await Expect(desk.GetByTestId("contract-endings")).ToContainTextAsync("Jordan Petit (démo)");
        await desk.GetByRole(AriaRole.Link, new() { Name = "KPA portés" }).ClickAsync();
        await Expect(desk.GetByTestId("kpa-card")).ToHaveCountAsync(3);
        await Expect(desk.GetByTestId("contract-endings")).ToContainTextAsync("Jordan Petit (démo)");
        await desk.GetByRole(AriaRole.Link, new() { Name = "KPA La Cape (démo)" }).ClickAsync();
        await Expect(desk.GetByTestId("cooperants")).ToContainTextAsync("Amina Kaci (démo)");
        await desk.GetByRole(AriaRole.Link, new() { Name = "Amina Kaci (démo)" }).ClickAsync();
        await Expect(desk.GetByTestId("situation")).ToContainTextAsync("CAPE");
        await Expect(desk.Locator("#step-record")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_cooperant_asks_for_pay_the_coordinator_shares_the_month_and_transmits_it_and_the_cae_validates_and_exports_it()
    {
        var phone = await app.NewPageAsync(new ViewportSize { Width = 390, Height = 844 });
        await phone.LogInAsync(ServicesPourTousCooperant);
        await phone.GoToAsync("/mon-parcours");
        await phone.WaitUntilInteractiveAsync();
        await Expect(phone.GetByTestId("my-money")).ToContainTextAsync("Votre solde");
        await phone.Locator("#pay-amount").FillAsync("10");
        await phone.Locator("#pay-amount").BlurAsync();
        var ask = phone.Locator("#pay-ask");
        Assert.True((await ask.BoundingBoxAsync())!.Height >= 44, "The button is too small to tap.");
        await ask.ClickAsync();
        await Expect(phone.GetByText("Demande envoyée")).ToBeVisibleAsync();
        await Expect(phone.GetByTestId("my-request").First).ToContainTextAsync("Demandée");

        // Early in the month the coordinator shares last month, then sends the request on.
        var desk = await app.NewPageAsync();
        await desk.LogInAsync(KpaCoordination);
        await desk.GetByRole(AriaRole.Link, new() { Name = "Notre KPA" }).ClickAsync();
        await desk.WaitUntilInteractiveAsync();
        await Expect(desk.GetByTestId("sharing")).ToContainTextAsync("(à faire)");
        await desk.Locator("#sharing-apply").ClickAsync();
        await desk.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Faire le partage" }).ClickAsync();
        await Expect(desk.GetByTestId("sharing")).ToContainTextAsync("(fait)");
        var row = desk.GetByTestId("pay-requests").Locator("tr").Filter(new() { HasText = "Malik Benali (démo)" }).Filter(new() { HasText = "Demandée" });
        await Expect(row).ToContainTextAsync("10,00 €");
        await row.GetByRole(AriaRole.Button, new() { Name = "Transmettre à la CAE" }).ClickAsync();
        await Expect(desk.GetByText("transmise à la structure de portage")).ToBeVisibleAsync();

        var cae = await app.NewPageAsync();
        await cae.LogInAsync(OpteosPortage);
        await cae.GetByRole(AriaRole.Link, new() { Name = "Demandes de rémunération" }).ClickAsync();
        await cae.WaitUntilInteractiveAsync();
        // Past the cut-off day (the 20th at Optéos) a request goes with the next month's pay.
        var payMonth = Core.Features.Cooperatives.PayRequest.MonthFor(DateOnly.FromDateTime(DateTime.Today), 20);
        await cae.Locator("div.mud-select:has(#portage-month)").Last.ClickAsync();
        await cae.GetByRole(AriaRole.Option).Filter(new() { HasText = payMonth.ToDateTime(TimeOnly.MinValue).ToString("MMMM yyyy", Core.Common.French.Culture) }).ClickAsync();
        var request = cae.GetByTestId("portage-requests").Locator("tr").Filter(new() { HasText = "Malik Benali (démo)" }).Filter(new() { HasText = "10,00 €" });
        await request.GetByRole(AriaRole.Button, new() { Name = "Valider la demande de Malik Benali (démo)" }).ClickAsync();
        await cae.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
        await Expect(request).ToContainTextAsync("Validée");
        await Expect(cae.GetByTestId("contributions")).ToContainTextAsync("KPA Services pour tous");
        var download = await cae.RunAndWaitForDownloadAsync(() => cae.Locator("#pay-export").ClickAsync());
        Assert.StartsWith("remunerations-", download.SuggestedFilename, StringComparison.Ordinal);
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("Malik Benali (démo)", csv, StringComparison.Ordinal);

        await phone.ReloadAsync();
        await Expect(phone.GetByTestId("my-request").First).ToContainTextAsync("Validée");
    }

    [Fact]
    public async Task The_coordinator_writes_an_accompaniment_note_and_shares_a_resource_with_the_network()
    {
        var desk = await app.NewPageAsync();
        await desk.LogInAsync(KpaCoordination);
        await desk.GetByRole(AriaRole.Link, new() { Name = "Notre KPA" }).ClickAsync();
        await desk.WaitUntilInteractiveAsync();
        await Expect(desk.GetByTestId("contributors")).ToContainTextAsync("Michèle Roussel");
        await desk.GetByRole(AriaRole.Link, new() { Name = "Nadia Haddad (démo)" }).ClickAsync();
        await Expect(desk.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nadia Haddad (démo)");
        await desk.WaitUntilInteractiveAsync();
        await Expect(desk.GetByTestId("note").First).ToBeVisibleAsync();
        var text = $"Point logement {Guid.NewGuid().ToString("N")[..6]}";
        await desk.Locator("#note-text").FillAsync(text);
        await desk.Locator("#note-text").BlurAsync();
        await desk.Locator("#note-write").ClickAsync();
        await Expect(desk.GetByTestId("note").First).ToContainTextAsync(text);

        await desk.GoBackAsync();
        await desk.WaitUntilInteractiveAsync();
        await desk.Locator("#network-link").ClickAsync();
        await Expect(desk.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Réseau KPA-cité");
        await desk.WaitUntilInteractiveAsync();
        var title = $"Fiche devis {Guid.NewGuid().ToString("N")[..6]}";
        await desk.Locator("#resource-title").FillAsync(title);
        await desk.Locator("#resource-link").FillAsync("javascript:alert(1)");
        await desk.Locator("#resource-link").BlurAsync();
        await desk.Locator("#resource-share").ClickAsync();
        await Expect(desk.GetByText("commence par https://").First).ToBeVisibleAsync();
        await desk.Locator("#resource-link").FillAsync("https://exemple.fr/devis");
        await desk.Locator("#resource-tags").FillAsync("devis, prix");
        await desk.Locator("#resource-tags").BlurAsync();
        await desk.Locator("#resource-share").ClickAsync();
        await Expect(desk.GetByTestId("resource").First).ToContainTextAsync(title);
        await Expect(desk.GetByTestId("resource").Filter(new() { HasText = "Grille de prix d'un atelier vélo solidaire" })).ToContainTextAsync("KPA Les Coopains à bord (démo)");
    }
}
