using System.Text.RegularExpressions;
using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.Commerce;

[Collection(BrowserCollection.Name)]
public sealed partial class InvoiceJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task The_accounting_puts_the_issuers_logo_on_its_documents_and_takes_it_off_after_confirming()
    {
        var page = await app.NewPageAsync();
        await page.LogInAsync(BarakajobsAccounting);
        await page.GetByRole(AriaRole.Link, new() { Name = "Ventes et factures" }).ClickAsync();
        await page.WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Émetteur" }).ClickAsync();
        var file = Path.Combine(Path.GetTempPath(), $"logo-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        // The tab's file picker is wired once the tab is shown; a busy server takes its time to store the file.
        await Expect(page.GetByText("Déposer un logo")).ToBeVisibleAsync();
        await page.WaitUntilInteractiveAsync();
        await page.Locator("#logo-file").SetInputFilesAsync(file);
        await Expect(page.GetByTestId("issuer-logo")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(page.GetByText("Logo enregistré")).ToBeVisibleAsync();

        await page.Locator("#logo-remove").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Retirer", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("issuer-logo")).ToHaveCountAsync(0);
        File.Delete(file);
    }

    [Fact]
    public async Task An_ebe_director_quotes_a_tenant_invoices_the_accepted_quote_validates_downloads_the_pdf_and_records_two_payments()
    {
        var page = await app.NewPageAsync();
        await page.LogInAsync(BarakajobsManagement);
        await page.GetByRole(AriaRole.Link, new() { Name = "Ventes et factures" }).ClickAsync();
        await page.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("overdue")).ToContainTextAsync("en retard de paiement");
        await Expect(page.GetByTestId("invoices")).ToContainTextAsync("FA-");
        await page.SnapshotAsync("sales");

        await page.ChooseAsync("#new-invoice-client", "M. Ahmed Benali (démo) (Valenciennes)");
        await page.ClickAsync("#new-quote");
        // A busy server takes its time to draft: wait for the quote's page itself, not for a page load.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Devis en brouillon", new() { Timeout = 20_000 });
        await page.WaitUntilInteractiveAsync();

        await page.Locator("#line-item-0").ClickAsync();
        await page.GetByRole(AriaRole.Option).Filter(new() { HasText = "Tonte de pelouse (locataires)" }).ClickAsync();
        await page.Locator("#line-quantity-0").FillAsync("3");
        await page.Locator("#line-quantity-0").BlurAsync();
        await page.ClickAsync("#quote-send");
        // 3 h × 12,50 € = 37,50 € HT, 10 % de TVA : 41,25 € TTC.
        await Expect(page.GetByTestId("invoice-totals")).ToContainTextAsync("41,25");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(QuoteRegex());
        await Expect(page.GetByTestId("quote-answer")).ToContainTextAsync("Valable jusqu'au");

        await page.ClickAsync("#quote-accept");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Facture en brouillon");
        await page.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("invoice-totals")).ToContainTextAsync("41,25");
        await page.Locator("#invoice-service-date").FillAsync(DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#invoice-service-date").BlurAsync();
        await page.ClickAsync("#invoice-validate");
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(NumberRegex());
        await Expect(page.Locator("#draft-form")).ToHaveCountAsync(0);
        var pdf = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#invoice-pdf"));
        Assert.Matches(@"^facture-FA-\d{4}-\d{5}\.pdf$", pdf.SuggestedFilename);
        // The electronic forms the client's platform reads: Factur-X and UBL.
        var facturX = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#invoice-facturx"));
        Assert.Matches(@"^facture-FA-\d{4}-\d{5}-facturx\.pdf$", facturX.SuggestedFilename);
        var ubl = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#invoice-ubl"));
        Assert.Contains("<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>", await File.ReadAllTextAsync(await ubl.PathAsync()), StringComparison.Ordinal);

        await page.Locator("#payment-amount").FillAsync("20");
        await page.Locator("#payment-amount").BlurAsync();
        await page.ClickAsync("#payment-add");
        await Expect(page.GetByTestId("invoice-balance")).ToContainTextAsync("21,25");
        await Expect(page.GetByTestId("invoice-status")).ToContainTextAsync("payée en partie");
        // The form offers what remains.
        await Expect(page.Locator("#payment-amount")).ToHaveValueAsync(new Regex("21[,.]25"));
        await page.ClickAsync("#payment-add");
        await Expect(page.GetByTestId("invoice-status")).ToHaveTextAsync("payée");
        await Expect(page.GetByTestId("payments").GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await page.SnapshotAsync("invoice-paid");
    }

    [GeneratedRegex(@"Facture n° FA-\d{4}-\d{5}")]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"Devis n° DE-\d{4}-\d{4}")]
    private static partial Regex QuoteRegex();
}
