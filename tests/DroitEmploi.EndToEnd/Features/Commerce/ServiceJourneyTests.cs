using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.Commerce;

[Collection(BrowserCollection.Name)]
public sealed class ServiceJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task An_employee_records_a_mowing_on_her_phone_and_the_accounting_finds_it_in_the_clients_draft()
    {
        var phone = await app.NewPageAsync(new ViewportSize { Width = 390, Height = 844 });
        await phone.LogInAsync(BarakajobsEmployee);
        var services = await phone.Locator("a[href$='/prestations']").First.GetAttributeAsync("href");
        Assert.NotNull(services);
        await phone.GoToAsync(services);
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Déclarer une prestation");
        await phone.WaitUntilInteractiveAsync();

        var note = $"massif {Guid.NewGuid().ToString("N")[..6]}";
        await phone.Locator("#service-client").FillAsync("Lemaire");
        await phone.GetByRole(AriaRole.Option).Filter(new() { HasText = "Mme Josiane Lemaire (démo)" }).ClickAsync();
        await phone.Locator("#service-item").ClickAsync();
        await phone.GetByRole(AriaRole.Option).Filter(new() { HasText = "Tonte de pelouse (locataires)" }).ClickAsync();
        await phone.Locator("#service-quantity").FillAsync("2");
        await phone.Locator("#service-note").FillAsync(note);
        await phone.Locator("#service-note").BlurAsync();
        var record = phone.Locator("#service-record");
        Assert.True((await record.BoundingBoxAsync())!.Height >= 44, "The button is too small to tap.");
        await record.ClickAsync();
        await Expect(phone.GetByText("Prestation enregistrée")).ToBeVisibleAsync();
        await Expect(phone.GetByTestId("service-record").Filter(new() { HasText = note })).ToContainTextAsync("Facture en préparation");
        Assert.True(await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, "The page scrolls sideways at 390 px.");
        await phone.SnapshotAsync("service-phone");

        // The accounting sees who recorded it and opens the client's draft, where it is a line.
        var desk = await app.NewPageAsync();
        await desk.LogInAsync(BarakajobsAccounting);
        await desk.GetByRole(AriaRole.Link, new() { Name = "Ventes et factures" }).ClickAsync();
        await desk.WaitUntilInteractiveAsync();
        await desk.Locator("#services-link").ClickAsync();
        var recorded = desk.GetByTestId("service-record").Filter(new() { HasText = note });
        await Expect(recorded).ToContainTextAsync("déclarée par");
        await recorded.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(desk.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Facture en brouillon");
        await Expect(desk.GetByText(note, new() { Exact = false }).First).ToBeVisibleAsync();
    }
}
