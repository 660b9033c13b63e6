using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.Home;

[Collection(BrowserCollection.Name)]
public sealed class HomeJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Each_home_page_says_what_to_do_the_cle_teams_the_ebes_and_the_employees()
    {
        var team = await app.NewPageAsync();
        await team.LogInAsync(ValenciennesTeam);
        var territory = team.GetByTestId("home-territory");
        await Expect(territory).ToContainTextAsync("À faire — Valenciennes");
        await Expect(territory).ToContainTextAsync("proposition");
        // The supplementarity side: the Garage solidaire's objection has waited more than 30 days.
        await Expect(territory).ToContainTextAsync("1 signalement de concurrence ouvert depuis plus de 30 jours");
        // Other journeys may leave an activity of their own waiting too: one or more, said in French.
        await Expect(territory).ToContainTextAsync(new System.Text.RegularExpressions.Regex("(1 activité attend|\\d+ activités attendent) la décision du comité"));
        await territory.GetByText("candidature", new() { Exact = false }).First.ClickAsync();
        await team.WaitForURLAsync("**/volontaires");

        var director = await app.NewPageAsync();
        await director.LogInAsync(BarakajobsManagement);
        await Expect(director.GetByTestId("home-organisation")).ToContainTextAsync("À faire — La Barakajobs");
        await Expect(director.GetByTestId("next-week")).ToContainTextAsync("du lundi");

        var employee = await app.NewPageAsync(new ViewportSize { Width = 390, Height = 844 });
        await employee.LogInAsync(BarakajobsEmployee);
        await Expect(employee.GetByTestId("home-my-week")).ToContainTextAsync("Ma semaine, du lundi");
        await employee.GetByRole(AriaRole.Link, new() { Name = "Mon planning et mes disponibilités" }).ClickAsync();
        await employee.WaitForURLAsync("**/mon-planning");
        await employee.SnapshotAsync("employee-home-phone");
    }
}
