using System.Text.RegularExpressions;
using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.Employment;

[Collection(BrowserCollection.Name)]
public sealed partial class EmploymentJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task The_ebe_hires_the_first_person_of_the_waiting_list_at_24_hours_and_sees_the_etp_and_the_funding()
    {
        // The CLE team proposes the first person in order to La Barakajobs.
        var cle = await app.NewPageAsync();
        await cle.LogInAsync(ValenciennesTeam);
        await cle.GetByRole(AriaRole.Link, new() { Name = "Liste d'attente" }).First.ClickAsync();
        await cle.WaitUntilInteractiveAsync();
        var banner = await cle.GetByTestId("first-in-order").InnerTextAsync();
        var name = FirstNameRegex().Match(banner).Groups[1].Value.Trim();
        await cle.ClickAsync("#propose-first");
        await cle.ClickAsync("#proposal-confirm");
        await Expect(cle.GetByText($"{name} est proposé·e à La Barakajobs")).ToBeVisibleAsync();

        // The EBE's director hires her at the hours she chose.
        var ebe = await app.NewPageAsync();
        await ebe.LogInAsync(BarakajobsManagement);
        await ebe.GetByRole(AriaRole.Link, new() { Name = "Emploi et financement" }).ClickAsync();
        await ebe.WaitUntilInteractiveAsync();
        await ebe.GetByRole(AriaRole.Button, new() { Name = $"Embaucher {name}" }).ClickAsync();
        await ebe.Locator("#hire-hours").FillAsync("24");
        await ebe.Locator("#hire-hours").BlurAsync();
        // Her contract names the EBE's activities; one she wishes and the EBE lacks becomes an idea for the CLE.
        var idea = $"Atelier vélo {Guid.NewGuid().ToString("N")[..6]}";
        await ebe.GetByLabel("Nouvelle activité (idée soumise au CLE)").FillAsync(idea);
        await ebe.GetByRole(AriaRole.Button, new() { Name = "Ajouter" }).ClickAsync();
        await Expect(ebe.Locator("#hire-activities")).ToHaveValueAsync(new Regex(Regex.Escape(idea)));
        await ebe.ClickAsync("#hire-confirm");
        await Expect(ebe.GetByText($"{name} est embauché·e à 24 h par semaine.")).ToBeVisibleAsync();
        await ebe.FillAsync("#contracts-search", name);
        await Expect(ebe.GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
        await Expect(ebe.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToContainTextAsync(idea);

        await ebe.GetByRole(AriaRole.Tab, new() { Name = "ETP du mois" }).ClickAsync();
        await Expect(ebe.GetByTestId("etp-total")).ToContainTextAsync("ETP finançables");
        await Expect(ebe.GetByRole(AriaRole.Cell, new() { Name = name })).ToBeVisibleAsync();
        await ebe.SnapshotAsync("etp");

        await ebe.GetByRole(AriaRole.Tab, new() { Name = "Financement" }).ClickAsync();
        await Expect(ebe.GetByTestId("funding-table")).ToContainTextAsync("Total");
        await Expect(ebe.GetByText("Dotation d'amorçage")).ToBeVisibleAsync();
        await ebe.SnapshotAsync("funding");

        await ebe.GoToAsync("/");
        await ebe.GetByRole(AriaRole.Link, new() { Name = "Nos activités" }).ClickAsync();
        await ebe.WaitUntilInteractiveAsync();
        await Expect(ebe.GetByRole(AriaRole.Row).Filter(new() { HasText = idea })).ToContainTextAsync("idée");
    }

    [Fact]
    public async Task The_ebe_declines_one_proposal_with_a_reason_and_hires_another_at_the_hours_she_chose()
    {
        // The CLE team proposes the first two people in order.
        var cle = await app.NewPageAsync();
        await cle.LogInAsync(ValenciennesTeam);
        await cle.GetByRole(AriaRole.Link, new() { Name = "Liste d'attente" }).First.ClickAsync();
        await cle.WaitUntilInteractiveAsync();
        var names = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var banner = await cle.GetByTestId("first-in-order").InnerTextAsync();
            var name = FirstNameRegex().Match(banner).Groups[1].Value.Trim();
            await cle.ClickAsync("#propose-first");
            await cle.ClickAsync("#proposal-confirm");
            await Expect(cle.GetByText($"{name} est proposé·e à La Barakajobs")).ToBeVisibleAsync();
            await Expect(cle.GetByTestId("first-in-order")).Not.ToContainTextAsync(name);
            names.Add(name);
        }

        // The director reads what each person chose before answering.
        var ebe = await app.NewPageAsync();
        await ebe.LogInAsync(BarakajobsManagement);
        await Expect(ebe.GetByTestId("home-organisation")).ToContainTextAsync(names[0]);
        await ebe.GetByRole(AriaRole.Link, new() { Name = "Embaucher ou décliner" }).ClickAsync();
        await ebe.WaitUntilInteractiveAsync();
        var declined = ebe.GetByTestId("proposal").Filter(new() { HasText = names[0] });
        await Expect(declined.GetByTestId("proposal-wishes")).ToContainTextAsync("par semaine");
        await declined.GetByRole(AriaRole.Button, new() { Name = $"Décliner la proposition de {names[0]}" }).ClickAsync();
        await ebe.ClickAsync("#decline-confirm");
        await Expect(ebe.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Écrivez pourquoi");
        await ebe.FillAsync("#decline-reason", "Pas de poste en maraîchage avant l'été");
        await ebe.ClickAsync("#decline-confirm");
        await Expect(ebe.GetByText($"Proposition de {names[0]} déclinée")).ToBeVisibleAsync();

        var hired = ebe.GetByTestId("proposal").Filter(new() { HasText = names[1] });
        var wishes = await hired.GetByTestId("proposal-wishes").InnerTextAsync();
        var chosen = HoursRegex().Match(wishes);
        await hired.GetByRole(AriaRole.Button, new() { Name = $"Embaucher {names[1]}" }).ClickAsync();
        var hours = chosen.Success ? chosen.Groups[1].Value : "24";
        await Expect(ebe.Locator("#hire-hours")).ToHaveValueAsync(hours);
        await ebe.ClickAsync("#hire-confirm");
        await Expect(ebe.GetByText($"{names[1]} est embauché·e à {hours} h par semaine.")).ToBeVisibleAsync();

        // The CLE team reads the reason on its home page; the declined person is back on the list.
        await cle.GoToAsync("/");
        await Expect(cle.GetByTestId("declined-proposal").Filter(new() { HasText = names[0] })).ToContainTextAsync("Pas de poste en maraîchage");
        await cle.SnapshotAsync("cle-home-declined");
    }

    [Fact]
    public async Task On_her_phone_an_employee_sees_her_contract_and_hours()
    {
        var page = await app.NewPageAsync(new ViewportSize { Width = 390, Height = 844 });
        await page.LogInAsync(BarakajobsEmployee);
        await page.GetByRole(AriaRole.Link, new() { Name = "Voir mon travail" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mon travail" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("my-hours")).ToContainTextAsync(" h");
        await Expect(page.GetByText("La Barakajobs")).ToBeVisibleAsync();
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"The page is {scrollWidth}px wide on a 390px screen.");
        await page.SnapshotAsync("employee-phone");

        await page.GotoAsync("/annuaire");
        await page.WaitUntilInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "AGEVAL" })).ToHaveCountAsync(0);

        // Her menu holds what she uses, and nothing of the EBE's management or the CLE's.
        var desk = await app.NewPageAsync();
        await desk.LogInAsync(BarakajobsEmployee);
        await Expect(desk.GetByRole(AriaRole.Link, new() { Name = "Mon planning", Exact = true })).ToBeVisibleAsync();
        await Expect(desk.GetByRole(AriaRole.Link, new() { Name = "Mon compte", Exact = true })).ToBeVisibleAsync();
        foreach (var other in new[] { "Territoires", "Annuaire ESS", "Paramètres datés", "Comptes", "Emploi et financement" })
        {
            await Expect(desk.GetByRole(AriaRole.Link, new() { Name = other, Exact = true })).ToHaveCountAsync(0);
        }
    }

    [GeneratedRegex("Première dans l'ordre :\\s*(.+?) —")]
    private static partial Regex FirstNameRegex();

    [GeneratedRegex("(\\d+) h par semaine souhaitées")]
    private static partial Regex HoursRegex();
}
