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
        // Signing in hashes the password and writes the session: the first step to wait when the machine is busy.
        await page.WaitForURLAsync(url => !url.Contains("/connexion", StringComparison.Ordinal), new() { Timeout = 60_000 });
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

    /// <summary>
    /// Chooses an option of a MudBlazor select and checks the select took it: on a busy machine a click
    /// on an option still opening can be lost, and the form would then be sent without the choice.
    /// </summary>
    public static async Task ChooseAsync(this IPage page, string selectSelector, string option)
    {
        var select = page.Locator(selectSelector);
        for (var attempt = 1; ; attempt++)
        {
            await select.ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
            try
            {
                await Assertions.Expect(select).Not.ToHaveValueAsync("", new() { Timeout = 3_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                await page.Keyboard.PressAsync("Escape");
            }
        }
    }

    public static async Task GoToAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitUntilInteractiveAsync();
    }
}
