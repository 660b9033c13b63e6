using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.Agreements;

[Collection(BrowserCollection.Name)]
public sealed class AgreementJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task The_ebe_manager_sees_a_month_the_departement_has_not_paid_records_its_transfer_and_the_month_is_settled()
    {
        var page = await app.NewPageAsync();
        await page.LogInAsync(BarakajobsManagement);
        await page.GetByRole(AriaRole.Link, new() { Name = "Convention avec le fonds" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Convention avec le fonds — La Barakajobs");
        await page.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("employer-cost")).ToContainTextAsync("coût employeur");
        await Expect(page.GetByTestId("agreement-months")).ToContainTextAsync("reçu");

        // The demo's département has not paid the month before last: it is overdue once the following month has ended.
        var today = DateOnly.FromDateTime(DateTime.Today);
        var unpaid = new DateOnly(today.Year, today.Month, 1).AddMonths(-2);
        if (unpaid.Year == today.Year)
        {
            var monthName = unpaid.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
            var row = page.GetByTestId("agreement-months").Locator("tr").Filter(new() { HasText = monthName });
            await Expect(row).ToContainTextAsync("en retard");

            var due = await page.GetByTestId("reconciliation-department").InnerTextAsync();
            await page.Locator("#payment-payer").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Département" }).ClickAsync();
            await page.Locator("#payment-kind").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Contribution du mois" }).ClickAsync();
            await page.Locator("#payment-month").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = monthName }).ClickAsync();
            // What the statement says is due for that month, as the transfer brought it.
            var owed = await row.Locator("td").Nth(4).InnerTextAsync();
            var amount = owed.Split('·')[0].Replace("€", "", StringComparison.Ordinal).Replace("\u202f", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Trim()
                .Replace(",", ".", StringComparison.Ordinal);   // a number field takes the browser's number, not the French text
            await page.Locator("#payment-amount").FillAsync(amount);
            await page.Locator("#payment-amount").BlurAsync();
            await page.Locator("#payment-save").ClickAsync();
            await Expect(page.GetByText("Versement enregistré.", new() { Exact = true })).ToBeVisibleAsync();
            await Expect(row).ToContainTextAsync("reçu en retard");
            Assert.NotEqual(due, await page.GetByTestId("reconciliation-department").InnerTextAsync());
            await Expect(page.GetByTestId("agreement-payments")).ToContainTextAsync(owed.Split('·')[0].Trim());
        }
        await page.SnapshotAsync("agreement");
    }
}
