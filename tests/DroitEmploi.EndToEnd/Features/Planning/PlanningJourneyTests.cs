using DroitEmploi.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;
using static Microsoft.Playwright.Assertions;

namespace DroitEmploi.EndToEnd.Features.Planning;

[Collection(BrowserCollection.Name)]
public sealed class PlanningJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task The_director_gives_a_slot_a_new_start_time_for_the_weeks_to_come()
    {
        var desk = await app.NewPageAsync();
        await desk.LogInAsync(BarakajobsManagement);
        await desk.GetByRole(AriaRole.Link, new() { Name = "Planning", Exact = true }).ClickAsync();
        await desk.WaitUntilInteractiveAsync();
        await desk.GetByText(new System.Text.RegularExpressions.Regex("^Créneaux d'activité")).ClickAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Modifier Traiteur, matin" }).ClickAsync();
        var form = desk.Locator("#slot-form");
        await Expect(form).ToContainTextAsync("Modifier « Traiteur, matin »");
        await form.GetByLabel("Début").FillAsync("07:45");
        await form.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(desk.GetByText("Créneau modifié pour les semaines à venir.")).ToBeVisibleAsync();
        await Expect(desk.GetByTestId("slots").GetByRole(AriaRole.Row, new() { Name = "Traiteur, matin" })).ToContainTextAsync("de 7 h 45 à 11 h 45");
        await desk.SnapshotAsync("slot-revised");
    }

    [Fact]
    public async Task An_employee_gives_her_availability_the_manager_proposes_adjusts_and_publishes_and_she_sees_her_week()
    {
        // On her phone, she cannot come on Monday next week.
        var phone = await app.NewPageAsync(new ViewportSize { Width = 390, Height = 844 });
        await phone.LogInAsync(BarakajobsEmployee);
        await phone.GetByRole(AriaRole.Link, new() { Name = "Mon planning" }).ClickAsync();
        await phone.WaitUntilInteractiveAsync();
        await Expect(phone.GetByTestId("my-week")).ToContainTextAsync("pas encore publié");
        await phone.GetByLabel(new System.Text.RegularExpressions.Regex("^Je ne peux pas venir le lundi")).CheckAsync();
        await phone.ClickAsync("#availability-save");
        await Expect(phone.GetByText("C'est noté.")).ToBeVisibleAsync();
        await phone.SnapshotAsync("availability-phone");

        // The director asks the optimiser for next week, moves one shift, publishes.
        var desk = await app.NewPageAsync();
        await desk.LogInAsync(BarakajobsManagement);
        await desk.GetByRole(AriaRole.Link, new() { Name = "Planning", Exact = true }).ClickAsync();
        await desk.WaitUntilInteractiveAsync();
        await desk.ClickAsync("#propose-schedule");
        await Expect(desk.GetByTestId("schedule-status")).ToContainTextAsync("proposé", new() { Timeout = 120_000 });
        await Expect(desk.GetByTestId("violations")).ToBeEmptyAsync();

        var moved = await desk.EvaluateAsync<string[]>(@"() => {
            for (const select of document.querySelectorAll('[data-testid=planning-board] select')) {
                const current = select.options[select.selectedIndex];
                if (!current || !current.text.includes('journée')) continue;
                const other = [...select.options].find(o => o.text.includes('journée') && o.value !== current.value);
                if (other) return [select.getAttribute('aria-label'), other.value, select.dataset.date];
            }
            return null;
        }");
        Assert.NotNull(moved);
        await desk.GetByLabel(moved[0], new() { Exact = true }).SelectOptionAsync(moved[1]);
        await desk.ClickAsync("#schedule-save");
        await Expect(desk.GetByText("Modifications enregistrées.")).ToBeVisibleAsync();
        await desk.SnapshotAsync("planning-board");

        // The whole week fits a 1280 px screen; a 768 px tablet shows one day at a time, chosen above the board.
        const string boardOverflow = "b => b.parentElement.scrollWidth - b.parentElement.clientWidth";
        const string shownDays = "() => [...document.querySelectorAll('[data-testid=planning-board] thead th.day-col')].filter(th => getComputedStyle(th).display !== 'none').length";
        await desk.SetViewportSizeAsync(1280, 900);
        Assert.True(await desk.GetByTestId("planning-board").EvaluateAsync<int>(boardOverflow) <= 0, "The week does not fit at 1280 px.");
        Assert.Equal(7, await desk.EvaluateAsync<int>(shownDays));
        await desk.SetViewportSizeAsync(768, 1024);
        Assert.Equal(1, await desk.EvaluateAsync<int>(shownDays));
        await desk.ClickAsync("#board-day-2");
        var days = desk.Locator("[data-testid=planning-board] thead th.day-col");
        await Expect(days.Nth(2)).ToBeVisibleAsync();
        await Expect(days.Nth(0)).ToBeHiddenAsync();
        Assert.True(await desk.GetByTestId("planning-board").EvaluateAsync<int>(boardOverflow) <= 0, "The day does not fit at 768 px.");
        await desk.SnapshotAsync("planning-board-768");
        await desk.SetViewportSizeAsync(1366, 900);

        // Grouped by activity, the moved person appears on her new slot that day.
        await desk.ClickAsync("#board-by-activity");
        var person = moved[0].Split(" (contrat")[0];
        await Expect(desk.GetByTestId($"coverage-{moved[1]}-{moved[2]}")).ToContainTextAsync(person);
        await desk.SnapshotAsync("planning-by-activity");
        await desk.ClickAsync("#board-by-person");
        await desk.ClickAsync("#schedule-publish");
        await desk.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Publier" }).ClickAsync();
        await Expect(desk.GetByTestId("schedule-status")).ToContainTextAsync("publié");

        // Back on her phone: her week, and no work on the Monday she cannot come.
        await phone.ReloadAsync();
        await phone.WaitUntilInteractiveAsync();
        await Expect(phone.GetByTestId("my-week")).Not.ToContainTextAsync("pas encore publié");
        await Expect(phone.GetByTestId("my-week")).Not.ToContainTextAsync("lundi");
        // …and she does work that week: a published week with no shift at all would also have no Monday.
        await Expect(phone.GetByTestId("my-week")).Not.ToContainTextAsync("Pas de travail prévu");
        await Expect(phone.GetByTestId("my-week").GetByRole(AriaRole.Heading).First).ToBeVisibleAsync();
        // Each shift with its start and end, the week named by its dates.
        await Expect(phone.GetByTestId("my-week")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"de \d+ h( \d+)? à \d+ h"));
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Ma semaine, du lundi" })).ToBeVisibleAsync();
        await phone.SnapshotAsync("my-week-phone");

        // A day she works turns out impossible: she confirms knowingly, and the director is told on her home page.
        var workday = await phone.GetByTestId("my-week").GetByRole(AriaRole.Heading).First.InnerTextAsync();
        var dayLabel = string.Join(' ', workday.Split(' ').Take(2));
        await phone.GetByLabel($"Je ne peux pas venir le {dayLabel}", new() { Exact = true }).CheckAsync();
        await phone.ClickAsync("#availability-save");
        await Expect(phone.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Vous êtes prévu·e ce jour-là");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Je ne peux pas venir, prévenir la direction" }).ClickAsync();
        await Expect(phone.GetByText("C'est noté : la direction de l'EBE est prévenue.")).ToBeVisibleAsync();
        await Expect(phone.GetByTestId("my-changes")).ToContainTextAsync("indisponible");
        await phone.SnapshotAsync("day-off-confirmed-phone");

        await desk.GoToAsync("/");
        var notice = desk.GetByTestId("employee-notice").Filter(new() { HasText = dayLabel });
        await Expect(notice).ToContainTextAsync("indisponible alors que prévu·e");
        await Expect(notice).ToContainTextAsync("À remplacer sur le planning.");
        await desk.SnapshotAsync("director-home-notice");
    }
}
