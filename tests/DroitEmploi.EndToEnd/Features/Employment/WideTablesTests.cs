using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.Employment;

[Collection(BrowserCollection.Name)]
public sealed class WideTablesTests(BrowserApp app)
{
    /// <summary>How much wider than the window the page is: zero when nothing scrolls sideways.</summary>
    private const string OverflowScript = "() => document.documentElement.scrollWidth - window.innerWidth";

    [Fact]
    public async Task At_1280_pixels_the_funding_statement_fits_without_scrolling_sideways()
    {
        var page = await app.NewPageAsync(new ViewportSize { Width = 1280, Height = 900 });
        await page.LogInAsync(BarakajobsManagement);
        await page.GetByRole(AriaRole.Link, new() { Name = "Emploi et financement" }).ClickAsync();
        await page.WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Financement" }).ClickAsync();
        var table = page.GetByTestId("funding-table");
        await Expect(table).ToContainTextAsync("Total");
        var tableOverflow = await table.EvaluateAsync<int>("t => t.scrollWidth - t.clientWidth");
        Assert.True(tableOverflow <= 0, $"The funding statement is {tableOverflow}px too wide at 1280px.");
        Assert.True(await page.EvaluateAsync<int>(OverflowScript) <= 0, "The page scrolls sideways at 1280px.");
        await page.SnapshotAsync("funding-1280");
    }
}
