using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.Access;

[Collection(BrowserCollection.Name)]
public sealed class AccountJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task An_administrator_invites_a_cle_member_who_sets_her_password_and_sees_only_her_territory()
    {
        var email = $"sylvie-{Guid.NewGuid():N}@exemple.fr";
        var admin = await app.NewPageAsync();
        await admin.LogInAsync(Administrator);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Comptes" }).ClickAsync();
        await admin.WaitForURLAsync("**/comptes");
        await admin.WaitUntilInteractiveAsync();

        await admin.GetByRole(AriaRole.Button, new() { Name = "Inviter une personne" }).ClickAsync();
        await admin.FillAsync("#invitation-email", email);
        await admin.FillAsync("#invitation-name", "Sylvie Membre");
        await admin.ChooseAsync("#invitation-role", "Membre du CLE — Valenciennes");
        await admin.ClickAsync("#invitation-submit");
        await Expect(admin.GetByTestId("account-link")).ToContainTextAsync(email, new() { Timeout = 20_000 });
        var link = await admin.Locator("#account-link-url").InputValueAsync();
        await Expect(admin.Locator("table tbody tr").Filter(new() { HasText = email })).ToContainTextAsync("Invitation en attente");
        await admin.SnapshotAsync("account-invited");

        var member = await app.NewPageAsync();
        await member.GotoAsync(link);
        await Expect(member.GetByRole(AriaRole.Heading, new() { Name = "Bienvenue sur DroitEmploi" })).ToBeVisibleAsync();
        await member.FillAsync("#password", "Sylvie-choisit-2026");
        await member.FillAsync("#confirmation", "Sylvie-choisit-2026");
        await member.ClickAsync("#password-submit");
        await Expect(member.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre mot de passe est enregistré");

        await member.LogInAsync(email, "Sylvie-choisit-2026");
        await member.GoToAsync("/territoires");
        await Expect(member.GetByRole(AriaRole.Link, new() { Name = "Valenciennes", Exact = true })).ToBeVisibleAsync();
        await Expect(member.GetByText("Métropole européenne de Lille")).ToHaveCountAsync(0);
        await member.GetByRole(AriaRole.Link, new() { Name = "Mon compte" }).ClickAsync();
        await Expect(member.GetByTestId("my-memberships")).ToContainTextAsync("Membre du CLE — Valenciennes");
        // A CLE member reads; she manages no account.
        await Expect(member.GetByRole(AriaRole.Link, new() { Name = "Comptes", Exact = true })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_cle_team_deactivates_an_account_after_confirming_and_the_login_page_offers_a_forgotten_password()
    {
        var team = await app.NewPageAsync();
        await team.LogInAsync(ValenciennesTeam);
        await team.GoToAsync("/comptes");
        await team.GetByRole(AriaRole.Button, new() { Name = "Inviter une personne" }).ClickAsync();
        var email = $"stagiaire-{Guid.NewGuid():N}@exemple.fr";
        await team.FillAsync("#invitation-email", email);
        await team.ChooseAsync("#invitation-role", "Membre du CLE — Valenciennes");
        await team.ClickAsync("#invitation-submit");
        // Hashing and signing the invitation can take a few seconds on a busy server.
        await Expect(team.GetByTestId("account-link")).ToContainTextAsync(email, new() { Timeout = 20_000 });

        await team.Locator("table tbody tr").Filter(new() { HasText = email }).GetByRole(AriaRole.Link).ClickAsync();
        await team.WaitForURLAsync("**/comptes/*");
        await team.ClickAsync("#deactivate");
        await team.GetByRole(AriaRole.Button, new() { Name = "Désactiver", Exact = true }).ClickAsync();
        await Expect(team.GetByText("Désactivé", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(team.Locator("#reactivate")).ToBeVisibleAsync();

        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync("/connexion");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Mot de passe oublié ?" }).ClickAsync();
        // The login page has its own #email: type only once the new page has replaced it.
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Mot de passe oublié" })).ToBeVisibleAsync();
        await visitor.FillAsync("#email", email);
        await visitor.ClickAsync("#forgotten-submit");
        await Expect(visitor.GetByRole(AriaRole.Status)).ToContainTextAsync("Si un compte actif existe pour cette adresse");
    }

    [Fact]
    public async Task Status_chips_are_readable_at_a_contrast_of_at_least_4_5_to_1()
    {
        var page = await app.NewPageAsync();
        await page.LogInAsync(Administrator);
        await page.GoToAsync("/comptes");
        await Expect(page.Locator(".mud-chip").First).ToBeVisibleAsync();
        var ratios = await page.EvaluateAsync<double[]>(@"() => {
            const lum = c => { const [r, g, b] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map(v => v / 255)
                .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
            return [...document.querySelectorAll('.mud-chip')].map(chip => {
                const s = getComputedStyle(chip);
                const [a, b] = [lum(s.color), lum(s.backgroundColor)];
                return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            });
        }");
        Assert.NotEmpty(ratios);
        Assert.All(ratios, ratio => Assert.True(ratio >= 4.5, $"A chip's contrast is {ratio:0.0}:1."));
    }
}
