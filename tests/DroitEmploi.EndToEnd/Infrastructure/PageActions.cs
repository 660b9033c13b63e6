using Microsoft.Playwright;

namespace DroitEmploi.EndToEnd.Infrastructure;

public static class PageActions
{
    public static async Task LogInAsync(this IPage page, string email, string password = Core.Features.Demo.DemoAccounts.Password)
    {
        await page.GotoAsync("/connexion");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal));
        await page.WaitUntilInteractiveAsync();
    }

    /// <summary>Waits for the Blazor circuit, so that what the test types is not lost to the prerendered page.</summary>
    public static Task WaitUntilInteractiveAsync(this IPage page) =>
        page.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>With DROITEMPLOI_SCREENSHOTS=folder, keeps a picture of the page for a person to look at.</summary>
    public static async Task SnapshotAsync(this IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("DROITEMPLOI_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    public static async Task GoToAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitUntilInteractiveAsync();
    }
}
