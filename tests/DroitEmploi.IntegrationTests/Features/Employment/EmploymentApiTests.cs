using System.Net;
using ClosedXML.Excel;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Core.Features.People;
using DroitEmploi.IntegrationTests.Features.People;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Employment;

public abstract class EmploymentApiTests(AppFactory app)
{
    [Fact]
    public async Task Hiring_from_a_proposal_creates_a_cdi_at_the_chosen_hours_paid_at_least_the_smic()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var (person, proposal) = await ProposedAsync(scenario, "Horaires");
        var contract = await HireAsync(scenario, new HireInput { ProposalId = proposal.Id, StartDate = new DateOnly(2026, 3, 16), WeeklyHours = 24, Activities = ["friperie"] });
        Assert.Equal((24m, 12.02m), (contract.WeeklyHours, contract.HourlyWage));
        Assert.Equal(person.Id, contract.PersonId);
        var hired = await (await scenario.Admin.GetAsync($"/api/v1/people/{person.Id}")).OkAsync<PersonDetails>();
        Assert.Equal(PathState.Hired, hired.State);
        Assert.Equal(ProposalOutcome.Hired, hired.Proposals.Single().Outcome);
        // The contract's activity has its record: a name the territory did not know is an idea for the CLE team.
        var activities = await (await scenario.Admin.GetAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/activities"))
            .OkAsync<List<Core.Features.Activities.ActivitySummary>>();
        Assert.Equal(("friperie", Core.Features.Activities.ActivityStatus.Idea), (Assert.Single(activities).Name, activities[0].Status));

        await (await scenario.Admin.PostJsonAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/contracts",
            new HireInput { ProposalId = proposal.Id, StartDate = new DateOnly(2026, 3, 16), WeeklyHours = 24 })).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_wage_below_the_smic_or_a_hire_without_proposal_is_refused()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var (_, proposal) = await ProposedAsync(scenario, "Smic");
        var url = $"/api/v1/organisations/{scenario.EmploymentCompanyId}/contracts";
        var problem = await (await scenario.Admin.PostJsonAsync(url, new HireInput { ProposalId = proposal.Id, StartDate = new DateOnly(2026, 2, 1), WeeklyHours = 24, HourlyWage = 11.88m }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("12,02", problem.GetProperty("errors").GetProperty("hourlyWage")[0].GetString(), StringComparison.Ordinal);
        await (await scenario.Admin.PostJsonAsync(url, new HireInput { StartDate = new DateOnly(2026, 2, 1), WeeklyHours = 24 })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await scenario.Admin.PostJsonAsync(url, new HireInput { ProposalId = proposal.Id, StartDate = new DateOnly(2026, 2, 1), WeeklyHours = 40 })).ProblemAsync(HttpStatusCode.BadRequest);

        var staff = await HireAsync(scenario, new HireInput { IsSupervisoryNonPpde = true, StaffName = "Encadrante d'essai", StartDate = new DateOnly(2026, 1, 1), WeeklyHours = 35, HourlyWage = 15m });
        Assert.True(staff.IsSupervisoryNonPpde);
        Assert.Null(staff.PersonId);
    }

    [Fact]
    public async Task Overlapping_suspensions_and_contradictory_dates_are_refused_clearly()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var contract = await HiredAsync(scenario, "Dates", new DateOnly(2026, 1, 5));
        var url = $"/api/v1/contracts/{contract.Id}";
        await (await scenario.Admin.PostJsonAsync($"{url}/suspensions", new SuspensionInput { Start = new DateOnly(2026, 3, 1), End = new DateOnly(2026, 4, 30), Reason = SuspensionReason.TrialJobElsewhere }))
            .OkAsync<ContractDetails>();
        var overlap = await (await scenario.Admin.PostJsonAsync($"{url}/suspensions", new SuspensionInput { Start = new DateOnly(2026, 4, 15), Reason = SuspensionReason.Training }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("chevauche", overlap.GetProperty("errors").GetProperty("start")[0].GetString(), StringComparison.Ordinal);
        await (await scenario.Admin.PostJsonAsync($"{url}/suspensions", new SuspensionInput { Start = new DateOnly(2025, 12, 1), Reason = SuspensionReason.Other })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await scenario.Admin.PostJsonAsync($"{url}/suspensions", new SuspensionInput { Start = new DateOnly(2026, 6, 10), End = new DateOnly(2026, 6, 1) })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await scenario.Admin.PostJsonAsync($"{url}/amendments", new AmendmentInput { EffectiveFrom = new DateOnly(2026, 1, 1), WeeklyHours = 30 })).ProblemAsync(HttpStatusCode.BadRequest);

        var exitBeforeStart = await (await scenario.Admin.PostJsonAsync($"{url}/exit", new ExitInput { Date = new DateOnly(2025, 12, 31), Reason = ExitReason.Resignation }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("précéder l'embauche", exitBeforeStart.GetProperty("errors").GetProperty("date")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Month_etp_counts_the_days_under_contract_and_not_suspended()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var contract = await HiredAsync(scenario, "Etp", new DateOnly(2026, 3, 16), hours: 35);
        var etp = await (await scenario.Admin.GetAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/etp?month=2026-03")).OkAsync<EtpStatement>();
        Assert.Equal(Math.Round(16m / 31m, 4), etp.TotalEtp);

        await (await scenario.Admin.PostJsonAsync($"/api/v1/contracts/{contract.Id}/suspensions", new SuspensionInput { Start = new DateOnly(2026, 4, 1), Reason = SuspensionReason.TrialJobElsewhere }))
            .OkAsync<ContractDetails>();
        var suspended = await (await scenario.Admin.GetAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/etp?month=2026-05")).OkAsync<EtpStatement>();
        Assert.Equal(0m, suspended.TotalEtp);

        var withSuspension = await (await scenario.Admin.GetAsync($"/api/v1/contracts/{contract.Id}")).OkAsync<ContractDetails>();
        var back = await (await scenario.Admin.PutJsonAsync($"/api/v1/contracts/{contract.Id}/suspensions/{withSuspension.Suspensions.Single().Id}",
            new SuspensionEndInput { End = new DateOnly(2026, 7, 15) })).OkAsync<ContractDetails>();
        Assert.Equal(new DateOnly(2026, 7, 15), back.Suspensions.Single().End);
        var july = await (await scenario.Admin.GetAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/etp?month=2026-07")).OkAsync<EtpStatement>();
        Assert.Equal(Math.Round(16m / 31m, 4), july.TotalEtp);

        await (await scenario.Admin.GetAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/etp?month=2026-13")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await scenario.Admin.GetAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/etp?month=mars")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Funding_statement_gives_monthly_lines_and_totals_in_euros_to_the_cent()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        await HiredAsync(scenario, "Financement", new DateOnly(2026, 3, 16), hours: 35);
        var statement = await (await scenario.Admin.GetAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/funding?year=2026")).OkAsync<FundingStatement>();
        Assert.Equal(12, statement.Months.Count);
        Assert.Equal(0m, statement.Months[1].StateAmount);
        var march = statement.Months[2];
        Assert.Equal((12.02m, 0.95m), (march.SmicHourly, march.StateRate));
        Assert.Equal(Math.Round(16m / 31m * 0.95m * 12.02m * 151.67m, 2), march.StateAmount);
        Assert.Equal(Math.Round(16m / 31m * 0.95m * 12.02m * 151.67m * 0.15m, 2), march.DepartmentAmount);
        var april = statement.Months[3];
        Assert.Equal(Math.Round(0.95m * 12.02m * 151.67m, 2), april.StateAmount);
        Assert.Equal(Math.Round((16m / 31m + 9m) * 0.95m * 12.02m * 151.67m, 2), statement.StateTotal);
        Assert.Equal(1m, statement.SeedGrantEtp);
        Assert.Equal(Math.Round(0.30m * 12.02m * 151.67m * 12m, 2), statement.SeedGrantAmount);
        Assert.True(april.PublicFundingExceedsPay);

        await (await scenario.Admin.GetAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/funding?year=99")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Funding_export_opens_in_excel_cell_by_cell()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        await HiredAsync(scenario, "Export", new DateOnly(2026, 3, 16), hours: 35);
        var response = await scenario.Admin.GetAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/funding/export?year=2026&format=Xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Mois", sheet.Cell(1, 1).GetString());
        Assert.Equal("Contribution État (€)", sheet.Cell(1, 7).GetString());
        Assert.Equal("2026-03", sheet.Cell(4, 1).GetString());
        Assert.Equal((double)Math.Round(16m / 31m, 4), sheet.Cell(4, 2).GetDouble(), 4);
        Assert.Equal((double)Math.Round(16m / 31m * 0.95m * 12.02m * 151.67m, 2), sheet.Cell(4, 7).GetDouble(), 2);
        Assert.Equal((double)Math.Round(0.95m * 12.02m * 151.67m, 2), sheet.Cell(5, 7).GetDouble(), 2);
        Assert.Equal("Total", sheet.Cell(14, 1).GetString());
        Assert.Equal("Dotation d'amorçage", sheet.Cell(15, 1).GetString());
    }

    [Fact]
    public async Task The_funding_statement_and_figures_follow_every_change_to_the_contracts()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var contract = await HiredAsync(scenario, "Suivi", new DateOnly(2026, 1, 5), hours: 35);
        var url = $"/api/v1/organisations/{scenario.EmploymentCompanyId}/funding?year=2026";
        var figuresUrl = $"/api/v1/organisations/{scenario.EmploymentCompanyId}/employment-figures";
        var before = await (await scenario.Admin.GetAsync(url)).OkAsync<FundingStatement>();
        Assert.Equal(1m, before.Months[5].Etp);
        Assert.Equal(1, (await (await scenario.Admin.GetAsync(figuresUrl)).OkAsync<EmploymentFigures>()).Headcount);

        // Half time from June: the statement read again is the new one, not the one computed before.
        await (await scenario.Admin.PostJsonAsync($"/api/v1/contracts/{contract.Id}/amendments",
            new AmendmentInput { EffectiveFrom = new DateOnly(2026, 6, 1), WeeklyHours = 17.5m })).OkAsync<ContractDetails>();
        var amended = await (await scenario.Admin.GetAsync(url)).OkAsync<FundingStatement>();
        Assert.Equal(0.5m, amended.Months[5].Etp);
        Assert.Equal(before.Months[4].StateAmount, amended.Months[4].StateAmount);

        // A second hire changes the headcount at once.
        await HiredAsync(scenario, "Suivante", new DateOnly(2026, 2, 2), hours: 35);
        Assert.Equal(2, (await (await scenario.Admin.GetAsync(figuresUrl)).OkAsync<EmploymentFigures>()).Headcount);
        Assert.Equal(1.5m, (await (await scenario.Admin.GetAsync(url)).OkAsync<FundingStatement>()).Months[5].Etp);
    }

    [Fact]
    public async Task Exit_ends_the_contract_moves_the_person_and_cannot_happen_twice()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var contract = await HiredAsync(scenario, "Sortie", new DateOnly(2026, 1, 5));
        var ended = await (await scenario.Admin.PostJsonAsync($"/api/v1/contracts/{contract.Id}/exit",
            new ExitInput { Date = new DateOnly(2026, 2, 27), Reason = ExitReason.JobElsewhereCdi, Note = "Embauche chez un artisan" })).OkAsync<ContractDetails>();
        Assert.Equal((new DateOnly(2026, 2, 27), true), (ended.ExitDate!.Value, ended.PositiveExit!.Value));
        var person = await (await scenario.Admin.GetAsync($"/api/v1/people/{contract.PersonId}")).OkAsync<PersonDetails>();
        Assert.Equal(PathState.Withdrawn, person.State);
        await (await scenario.Admin.PostJsonAsync($"/api/v1/contracts/{contract.Id}/exit", new ExitInput { Date = new DateOnly(2026, 3, 1) })).ProblemAsync(HttpStatusCode.Conflict);

        // Today (16 March 2026 on the test clock) she has left: nobody is employed.
        var figures = await (await scenario.Admin.GetAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/employment-figures")).OkAsync<EmploymentFigures>();
        Assert.Equal(1m, figures.PositiveExitRate);
        Assert.Equal(0, figures.Headcount);
    }

    [Fact]
    public async Task Stale_contract_edit_gets_409_and_skills_and_trainings_are_kept()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var contract = await HiredAsync(scenario, "Version", new DateOnly(2026, 1, 5));
        var first = contract.ToInput();
        first.Divisions = ["Réemploi"];
        await (await scenario.Admin.PutJsonAsync($"/api/v1/contracts/{contract.Id}", first)).OkAsync<ContractDetails>();
        await (await scenario.Admin.PutJsonAsync($"/api/v1/contracts/{contract.Id}", contract.ToInput())).ProblemAsync(HttpStatusCode.Conflict);

        await (await scenario.Admin.PostJsonAsync($"/api/v1/contracts/{contract.Id}/skills", new SkillInput { Skill = "couture", Level = SkillLevel.CanTeach })).OkAsync<ContractDetails>();
        var trained = await (await scenario.Admin.PostJsonAsync($"/api/v1/contracts/{contract.Id}/trainings",
            new TrainingInput { Date = new DateOnly(2026, 2, 10), Hours = 14, Kind = TrainingKind.Peer, Title = "Réparation de vélos" })).OkAsync<ContractDetails>();
        Assert.Equal(SkillLevel.CanTeach, trained.Skills.Single().Level);
        Assert.Equal("Réparation de vélos", trained.Trainings.Single().Title);
        Assert.Equal(["Réemploi"], trained.Divisions);
        await (await scenario.Admin.PostJsonAsync($"/api/v1/contracts/{contract.Id}/trainings", new TrainingInput { Hours = 0, Title = "" })).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_employee_sees_only_their_own_contract_and_others_only_what_their_role_allows()
    {
        var barakajobs = await Demo.OrganisationIdAsync(app, "La Barakajobs");
        var fabrique = await Demo.OrganisationIdAsync(app, "La Fabrique de l'Emploi");
        using var employee = await app.ClientForAsync(BarakajobsEmployee);
        var mine = Assert.Single(await (await employee.GetAsync("/api/v1/me/contracts")).OkAsync<List<ContractDetails>>());
        await (await employee.GetAsync($"/api/v1/contracts/{mine.Id}")).OkAsync<ContractDetails>();

        using var manager = await app.ClientForAsync(BarakajobsManagement);
        var colleagues = await (await manager.GetAsync($"/api/v1/organisations/{barakajobs}/contracts")).OkAsync<List<ContractSummary>>();
        var colleague = colleagues.First(c => c.Id != mine.Id);
        await (await employee.GetAsync($"/api/v1/contracts/{colleague.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await employee.GetAsync($"/api/v1/organisations/{barakajobs}/contracts")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await employee.GetAsync($"/api/v1/organisations/{barakajobs}/funding?year=2025")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await employee.GetAsync($"/api/v1/organisations/{barakajobs}/employment-figures")).ProblemAsync(HttpStatusCode.Forbidden);
        using (var phone = await BrowserLikeClient.LoggedInAsync(app, BarakajobsEmployee))
        {
            // The page asks the same rule as the API: no funding statement, no figures.
            var page = System.Net.WebUtility.HtmlDecode(await phone.GetStringAsync($"/annuaire/{barakajobs}/emploi"));
            Assert.DoesNotContain("Relevé de financement", page, StringComparison.Ordinal);
            Assert.Contains("pas les chiffres ni le financement", page, StringComparison.Ordinal);
        }
        await (await employee.PostJsonAsync($"/api/v1/contracts/{mine.Id}/amendments", new AmendmentInput { EffectiveFrom = new DateOnly(2026, 12, 1), WeeklyHours = 35 }))
            .ProblemAsync(HttpStatusCode.NotFound);

        await (await manager.GetAsync($"/api/v1/organisations/{fabrique}/contracts")).ProblemAsync(HttpStatusCode.NotFound);
        var fabriqueContracts = await (await (await app.ClientForAsync(Administrator)).GetAsync($"/api/v1/organisations/{fabrique}/contracts")).OkAsync<List<ContractSummary>>();
        await (await manager.GetAsync($"/api/v1/contracts/{fabriqueContracts[0].Id}")).ProblemAsync(HttpStatusCode.NotFound);

        using var cle = await app.ClientForAsync(ValenciennesTeam);
        await (await cle.GetAsync($"/api/v1/contracts/{colleague.Id}")).OkAsync<ContractDetails>();
        await (await cle.PostJsonAsync($"/api/v1/contracts/{colleague.Id}/amendments", new AmendmentInput { EffectiveFrom = new DateOnly(2026, 12, 1), WeeklyHours = 35 }))
            .ProblemAsync(HttpStatusCode.Forbidden);

        using var funder = await app.ClientForAsync(Funder);
        await (await funder.GetAsync($"/api/v1/organisations/{barakajobs}/funding?year=2025")).OkAsync<FundingStatement>();
        await (await funder.GetAsync($"/api/v1/organisations/{barakajobs}/contracts")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Territory_employment_figures_compare_jobs_with_the_ambition()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var member = await app.ClientForAsync(ValenciennesMember);
        var figures = await (await member.GetAsync($"/api/v1/territories/{valenciennes}/employment-figures")).OkAsync<EmploymentFigures>();
        Assert.Equal(100, figures.AmbitionJobs);
        Assert.True(figures.JobsCreated > 0);
        Assert.True(figures.Headcount >= figures.JobsCreated);
        Assert.Equal(12, figures.ByMonth.Count);
        Assert.True(figures.EtpThisMonth > 0);
        using var lille = await app.ClientForAsync(LilleTeam);
        await (await lille.GetAsync($"/api/v1/territories/{valenciennes}/employment-figures")).ProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<(PersonDetails Person, ProposalView Proposal)> ProposedAsync(RegistryScenario scenario, string name)
    {
        var person = await scenario.RegisterEligibleAsync(name, new DateOnly(2024, 1, 1));
        var proposal = await (await scenario.Admin.PostJsonAsync($"/api/v1/territories/{scenario.TerritoryId}/proposals",
            new ProposalInput { PersonId = person.Id, OrganisationId = scenario.EmploymentCompanyId })).OkAsync<ProposalView>(HttpStatusCode.Created);
        return (person, proposal);
    }

    private static async Task<ContractDetails> HireAsync(RegistryScenario scenario, HireInput input) =>
        await (await scenario.Admin.PostJsonAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/contracts", input)).OkAsync<ContractDetails>(HttpStatusCode.Created);

    private static async Task<ContractDetails> HiredAsync(RegistryScenario scenario, string name, DateOnly start, decimal hours = 24)
    {
        var (_, proposal) = await ProposedAsync(scenario, name);
        return await HireAsync(scenario, new HireInput { ProposalId = proposal.Id, StartDate = start, WeeklyHours = hours });
    }
}

[Collection(SqliteCollection.Name)]
public sealed class EmploymentApiOnSqlite(SqliteApp app) : EmploymentApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class EmploymentApiOnPostgres(PostgresApp app) : EmploymentApiTests(app);
