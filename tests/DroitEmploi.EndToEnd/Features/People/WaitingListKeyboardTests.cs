using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.EndToEnd.Features.People;

[Collection(BrowserCollection.Name)]
public sealed class WaitingListKeyboardTests(BrowserApp app)
{
    /// <summary>What has the focus, and whether one sees it (an outline, or a ring drawn as a shadow).</summary>
    private const string FocusedScript = @"() => {
        const e = document.activeElement;
        if (!e || e === document.body) return null;
        const s = getComputedStyle(e);
        const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
        return { id: e.id || '', text: (e.innerText || e.getAttribute('aria-label') || e.tagName).trim().slice(0, 40), visible };
    }";

    [Fact]
    public async Task With_the_keyboard_alone_a_cle_team_reaches_the_proposal_of_the_first_in_order_and_always_sees_where_it_is()
    {
        var page = await app.NewPageAsync();
        await page.LogInAsync(ValenciennesTeam);
        await page.GetByRole(AriaRole.Link, new() { Name = "Liste d'attente" }).First.ClickAsync();
        await page.WaitUntilInteractiveAsync();
        await page.Locator("#propose-first").WaitForAsync();
        await page.Locator("body").FocusAsync();

        var unseen = new List<string>();
        var reached = false;
        for (var press = 0; press < 80 && !reached; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<FocusedElement?>(FocusedScript);
            if (focused is null)
            {
                continue;
            }
            if (!focused.Visible)
            {
                unseen.Add(focused.Text);
            }
            reached = focused.Id == "propose-first";
        }

        Assert.True(reached, "Tab never reached the proposal button of the first in order.");
        Assert.True(unseen.Count == 0, "Focus not visible on: " + string.Join(", ", unseen));
        // Enter opens the proposal dialog, as a click would.
        await page.Keyboard.PressAsync("Enter");
        await Microsoft.Playwright.Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
    }

    private sealed class FocusedElement
    {
        public string Id { get; set; } = "";
        public string Text { get; set; } = "";
        public bool Visible { get; set; }
    }
}
