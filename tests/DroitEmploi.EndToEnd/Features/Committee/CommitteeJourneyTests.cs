using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.Committee;

[Collection(BrowserCollection.Name)]
public sealed class CommitteeJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_cle_member_reads_her_committee_its_meetings_and_decisions_and_can_change_nothing()
    {
        var member = await app.NewPageAsync();
        await member.LogInAsync(ValenciennesMember);
        await member.GetByRole(AriaRole.Link, new() { Name = "Comité (CLE)" }).ClickAsync();
        await member.WaitUntilInteractiveAsync();
        await Expect(member.GetByTestId("members")).ToContainTextAsync("Françoise Delattre (adjointe au maire, démo) (présidence)");
        await Expect(member.GetByTestId("agenda-suggestions")).ToContainTextAsync("Garage solidaire du Hainaut");
        await Expect(member.Locator("#meeting-form")).ToHaveCountAsync(0);
        await Expect(member.Locator("#member-form")).ToHaveCountAsync(0);

        // Her seat is linked to her account: she reads her own attendance, and goes from it to the meeting.
        var mine = member.GetByTestId("my-attendance");
        await Expect(mine).ToContainTextAsync("Ma présence");
        await Expect(mine.GetByRole(AriaRole.Row).Filter(new() { HasText = "12 juin 2023" })).ToContainTextAsync("présent·e");
        await Expect(mine).ToContainTextAsync("absent·e");
        await mine.GetByRole(AriaRole.Link, new() { Name = "12 juin 2023" }).ClickAsync();
        await member.WaitUntilInteractiveAsync();
        await Expect(member.GetByTestId("quorum")).ToContainTextAsync("le quorum est atteint");
        await Expect(member.GetByTestId("decisions")).ToContainTextAsync("Décision n° 2023-01");
        await Expect(member.Locator("#decision-form")).ToHaveCountAsync(0);
        await Expect(member.Locator("#attendance-save")).ToHaveCountAsync(0);
        var minutes = await member.RunAndWaitForDownloadAsync(() => member.ClickAsync("#minutes-pdf"));
        Assert.EndsWith(".pdf", minutes.SuggestedFilename, StringComparison.Ordinal);
        await member.SnapshotAsync("meeting-member");
    }
}
