using System.Text.RegularExpressions;
using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.Activities;

[Collection(BrowserCollection.Name)]
public sealed partial class ActivityJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task An_ebe_proposes_an_activity_the_cle_reviews_and_decides_it_and_the_public_register_shows_it()
    {
        var name = $"Réparation de vélos {Guid.NewGuid().ToString("N")[..5]}";

        // The EBE director proposes it.
        var ebe = await app.NewPageAsync();
        await ebe.LogInAsync(BarakajobsManagement);
        await ebe.GetByRole(AriaRole.Link, new() { Name = "Nos activités" }).ClickAsync();
        await ebe.WaitUntilInteractiveAsync();
        await ebe.FillAsync("#activity-name", name);
        await ebe.FillAsync("#activity-division", "Réemploi");
        await ebe.FillAsync("#activity-naf", "95.29Z");
        await ebe.FillAsync("#activity-tags", "vélo, réparation");
        await ebe.FillAsync("#activity-description", "Réparer les vélos des habitant·es avec des pièces de récupération.");
        await ebe.ClickAsync("#activity-propose");
        await ebe.WaitForURLAsync(ActivityUrl());
        var activityUrl = new Uri(ebe.Url).AbsolutePath;
        await Expect(ebe.GetByTestId("activity-status")).ToContainTextAsync("idée");
        // The director sees the review but does not conduct it.
        await Expect(ebe.Locator("#consultation-form")).ToHaveCountAsync(0);

        // The CLE team sees who may be affected, consults them and submits the activity to the committee.
        var team = await app.NewPageAsync();
        await team.LogInAsync(ValenciennesTeam);
        await team.GotoAsync(activityUrl);
        await team.WaitUntilInteractiveAsync();
        await Expect(team.GetByTestId("overlaps")).ToContainTextAsync("Pharmacyclo");
        await Expect(team.GetByTestId("overlaps")).ToContainTextAsync("mot-clé commun : « vélo »");
        await team.SnapshotAsync("activity-review");
        await team.ClickAsync("#activity-to-Consultation");
        await Expect(team.GetByTestId("activity-status")).ToContainTextAsync("en consultation");
        await team.GetByTestId("overlaps").GetByRole(AriaRole.Row, new() { Name = "Pharmacyclo" }).GetByRole(AriaRole.Button, new() { Name = "Consulter" }).ClickAsync();
        await Expect(team.Locator("#consultation-name")).ToHaveValueAsync("Pharmacyclo");
        await team.ClickAsync("#consultation-add");
        await Expect(team.GetByTestId("consultations").GetByRole(AriaRole.Row, new() { Name = "Pharmacyclo" })).ToContainTextAsync("en attente");
        await team.ClickAsync("#activity-to-CleReview");
        await Expect(team.GetByTestId("activity-status")).ToContainTextAsync("en examen au CLE");

        // A meeting with quorum decides.
        await team.GetByRole(AriaRole.Link, new() { Name = "ouvrir le comité" }).ClickAsync();
        await team.WaitUntilInteractiveAsync();
        await Expect(team.GetByTestId("agenda-suggestions")).ToContainTextAsync(name);
        await team.GetByLabel($"Examen de l'activité « {name} »").CheckAsync();
        await team.ClickAsync("#meeting-create");
        await team.WaitForURLAsync(new Regex("/reunions/\\d+$"));
        await team.WaitUntilInteractiveAsync();
        await Expect(team.GetByTestId("quorum")).ToContainTextAsync("n'est pas atteint");
        var voting = team.GetByTestId("attendance").GetByRole(AriaRole.Checkbox, new() { Name = "voix délibérative" });
        for (var i = 0; i < 5; i++)
        {
            await voting.Nth(i).CheckAsync();
        }
        await team.ClickAsync("#attendance-save");
        await Expect(team.GetByTestId("quorum")).ToContainTextAsync("le quorum est atteint");
        await team.ChooseAsync("#decision-subject", $"Examen de l'activité « {name} »");
        // Choosing the point re-renders the form: on a busy machine the text typed meanwhile can be lost, so it is typed
        // once the form has settled, and left so that it reaches the page before the click.
        const string text = "Le comité constate qu'aucun réparateur de vélos ne travaille dans le quartier et valide l'activité.";
        await Expect(team.Locator("#decision-form")).ToContainTextAsync("Effet sur l'activité");
        await team.FillAsync("#decision-text", text);
        await team.Locator("#decision-text").BlurAsync();
        await Expect(team.Locator("#decision-text")).ToHaveValueAsync(text);
        await team.ClickAsync("#decision-save");
        await team.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(team.GetByTestId("decisions")).ToContainTextAsync("aucun réparateur de vélos");
        await team.SnapshotAsync("meeting-decision");

        await team.GotoAsync(activityUrl);
        await team.WaitUntilInteractiveAsync();
        await Expect(team.GetByTestId("activity-status")).ToContainTextAsync("active");

        // Anyone, without an account, reads it on the public register.
        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync(team.Url.Replace(activityUrl, "", StringComparison.Ordinal) + $"/registre/{await TerritoryIdAsync(team)}");
        await Expect(visitor.GetByTestId("public-register")).ToContainTextAsync(name);
        await Expect(visitor.GetByTestId("public-register")).Not.ToContainTextAsync("Nettoyage de voitures");
        await visitor.SnapshotAsync("public-register");
    }

    [Fact]
    public async Task An_employee_reports_a_need_of_the_territory_on_her_phone()
    {
        var phone = await app.NewPageAsync(new ViewportSize { Width = 390, Height = 844 });
        await phone.LogInAsync(BarakajobsEmployee);
        await phone.GotoAsync(new Uri(new Uri(phone.Url), "/besoins").ToString());
        await phone.WaitUntilInteractiveAsync();
        var what = $"Ramasser les feuilles du square {Guid.NewGuid().ToString("N")[..4]}";
        await phone.FillAsync("#need-what", what);
        await phone.FillAsync("#need-where", "Square des Acacias");
        await phone.FillAsync("#need-for-whom", "Les enfants du quartier");
        var send = phone.Locator("#need-send");
        Assert.True((await send.BoundingBoxAsync())!.Height >= 44, "The button is too small to tap.");
        await send.ClickAsync();
        await Expect(phone.GetByText("Merci, c'est noté")).ToBeVisibleAsync();
        await Expect(phone.GetByTestId("need").Filter(new() { HasText = what })).ToContainTextAsync("nouveau");
        Assert.True(await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, "The page scrolls sideways at 390 px.");
        await phone.SnapshotAsync("need-phone");
    }

    private static async Task<string> TerritoryIdAsync(IPage page) =>
        TerritoryRegex().Match(await page.GetByRole(AriaRole.Link, new() { Name = "Comité (CLE)" }).GetAttributeAsync("href") ?? "").Groups[1].Value;

    private static Regex ActivityUrl() => new("/activites/\\d+$");

    [GeneratedRegex("/territoires/(\\d+)/")]
    private static partial Regex TerritoryRegex();
}
