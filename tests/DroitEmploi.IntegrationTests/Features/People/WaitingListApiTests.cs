using System.Net;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Home;
using DroitEmploi.Core.Features.People;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.People;

public abstract class WaitingListApiTests(AppFactory app)
{
    [Fact]
    public async Task Waiting_list_is_in_candidacy_order_with_positions_that_filters_do_not_change()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var late = await scenario.RegisterEligibleAsync("Tardif", new DateOnly(2025, 5, 1));
        var early = await scenario.RegisterEligibleAsync("Précoce", new DateOnly(2024, 2, 1));
        var sameDayFirst = await scenario.RegisterEligibleAsync("Jumeau", new DateOnly(2024, 9, 9));
        var sameDaySecond = await scenario.RegisterEligibleAsync("Jumelle", new DateOnly(2024, 9, 9));
        await scenario.RegisterAsync(RegistryScenario.Volunteer("Pasencore", new DateOnly(2020, 1, 1)));

        var list = await scenario.WaitingListAsync();
        Assert.Equal([early.Id, sameDayFirst.Id, sameDaySecond.Id, late.Id], list.Entries.Items.Select(e => e.PersonId));
        Assert.Equal([1, 2, 3, 4], list.Entries.Items.Select(e => e.Position));
        Assert.Equal(early.Id, list.First?.PersonId);
        Assert.True(list.Entries.Items[0].WaitingDays > 365);

        var filtered = await scenario.WaitingListAsync("search=jumelle");
        Assert.Equal(3, Assert.Single(filtered.Entries.Items).Position);
        var paged = await scenario.WaitingListAsync("pageSize=2&page=2");
        Assert.Equal([3, 4], paged.Entries.Items.Select(e => e.Position));
    }

    [Fact]
    public async Task Proposing_someone_else_than_the_first_needs_a_written_reason_shown_in_the_fairness_report()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var first = await scenario.RegisterEligibleAsync("Matinale", new DateOnly(2024, 1, 15));
        var second = await scenario.RegisterEligibleAsync("Sixième", new DateOnly(2024, 4, 15));
        var url = $"/api/v1/territories/{scenario.TerritoryId}/proposals";

        var refused = await scenario.Admin.PostJsonAsync(url, new ProposalInput { PersonId = second.Id, OrganisationId = scenario.EmploymentCompanyId });
        var problem = await refused.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("position 2", problem.GetProperty("errors").GetProperty("reason")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(PathState.Eligible, (await Person(scenario, second.Id)).State);

        var reason = "Mme Matinale ne souhaite que des matinées, que l'EBE ne propose pas encore ; elle garde sa place.";
        var proposal = await (await scenario.Admin.PostJsonAsync(url, new ProposalInput { PersonId = second.Id, OrganisationId = scenario.EmploymentCompanyId, Reason = reason }))
            .OkAsync<ProposalView>(HttpStatusCode.Created);
        Assert.Equal(2, proposal.Position);
        Assert.Equal(PathState.Proposed, (await Person(scenario, second.Id)).State);
        Assert.Equal(1, (await Person(scenario, first.Id)).WaitingListPosition);

        var report = await (await scenario.Admin.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/fairness-report")).OkAsync<FairnessReport>();
        Assert.Equal((1, 0, 1), (report.Proposals, report.InOrder, report.OutOfOrder));
        var deviation = Assert.Single(report.Deviations);
        Assert.Equal(reason, deviation.Reason);
        Assert.Equal(first.Id, Assert.Single(deviation.PassedOver).PersonId);
    }

    [Fact]
    public async Task Someone_whose_situation_no_longer_meets_a_condition_is_flagged_with_which_one()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var moved = await scenario.RegisterEligibleAsync("Déménagée", new DateOnly(2024, 1, 1));
        await scenario.RegisterEligibleAsync("Restée", new DateOnly(2024, 2, 1));
        var before = await scenario.WaitingListAsync();
        Assert.All(before.Entries.Items, e => Assert.Empty(e.UnmetConditions));

        // Since the CLE's decision, her address left the perimeter.
        var input = moved.ToInput();
        input.InPerimeter = false;
        await (await scenario.Admin.PutJsonAsync($"/api/v1/people/{moved.Id}", input)).OkAsync<PersonDetails>();

        var after = await scenario.WaitingListAsync();
        Assert.Equal(["L'adresse n'est pas dans le périmètre habilité."], after.First!.UnmetConditions);
        Assert.Equal(moved.Id, after.First.PersonId);
        Assert.Empty(after.Entries.Items.Single(e => e.PersonId != moved.Id).UnmetConditions);
        var record = await (await scenario.Admin.GetAsync($"/api/v1/people/{moved.Id}")).OkAsync<PersonDetails>();
        Assert.Equal(["L'adresse n'est pas dans le périmètre habilité."], record.CurrentProposal.Unmet);
        Assert.Equal(2, record.CurrentProposal.Reasons.Count - record.CurrentProposal.Unmet.Count);
    }

    [Fact]
    public async Task Proposals_are_listed_for_their_territory_and_for_the_ebe_they_were_made_to_and_for_nobody_else()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var answered = await scenario.RegisterEligibleAsync("Répondue", new DateOnly(2024, 1, 1));
        var waiting = await scenario.RegisterEligibleAsync("Attendue", new DateOnly(2024, 2, 1));
        var url = $"/api/v1/territories/{scenario.TerritoryId}/proposals";
        var first = await (await scenario.Admin.PostJsonAsync(url, new ProposalInput { PersonId = answered.Id, OrganisationId = scenario.EmploymentCompanyId }))
            .OkAsync<ProposalView>(HttpStatusCode.Created);
        await (await scenario.Admin.PostJsonAsync($"/api/v1/proposals/{first.Id}/outcome",
            new ProposalOutcomeInput { Outcome = ProposalOutcome.Declined, Reason = "Horaires incompatibles" })).OkAsync<ProposalView>();
        // The declined person is back at the head of the list: proposing the next one takes a reason.
        var second = await (await scenario.Admin.PostJsonAsync(url, new ProposalInput
        {
            PersonId = waiting.Id,
            OrganisationId = scenario.EmploymentCompanyId,
            Reason = "Mme Répondue attend un poste du matin, que l'EBE n'a pas encore.",
        })).OkAsync<ProposalView>(HttpStatusCode.Created);

        var all = await (await scenario.Admin.GetAsync(url)).OkAsync<List<ProposalView>>();
        Assert.Equal([first.Id, second.Id], all.Select(p => p.Id).Order());
        var pending = await (await scenario.Admin.GetAsync($"{url}?pendingOnly=true")).OkAsync<List<ProposalView>>();
        Assert.Equal(second.Id, Assert.Single(pending).Id);
        var toTheEbe = await (await scenario.Admin.GetAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/proposals")).OkAsync<List<ProposalView>>();
        var open = Assert.Single(toTheEbe);
        Assert.Equal((second.Id, waiting.Id), (open.Id, open.PersonId));
        // The EBE sees what the person chose before hiring her.
        Assert.Equal(24, open.WeeklyHoursWished);
        Assert.Equal(["friperie"], open.WishedActivities);
        Assert.Empty(open.UnavailableDays);

        // Another territory's team and another EBE's management do not learn that they exist.
        using var otherTerritory = await app.ClientForAsync(ValenciennesTeam);
        await (await otherTerritory.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
        using var otherEbe = await app.ClientForAsync(BarakajobsManagement);
        await (await otherEbe.GetAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/proposals")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task First_in_order_is_proposed_without_reason_and_a_declined_proposal_returns_to_its_place()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var first = await scenario.RegisterEligibleAsync("Alpha", new DateOnly(2024, 1, 1));
        await scenario.RegisterEligibleAsync("Beta", new DateOnly(2024, 2, 1));
        var proposal = await (await scenario.Admin.PostJsonAsync($"/api/v1/territories/{scenario.TerritoryId}/proposals",
            new ProposalInput { PersonId = first.Id, OrganisationId = scenario.EmploymentCompanyId })).OkAsync<ProposalView>(HttpStatusCode.Created);
        Assert.Equal(1, proposal.Position);
        Assert.Equal(1, (await scenario.WaitingListAsync()).TotalWaiting);

        await (await scenario.Admin.PostJsonAsync($"/api/v1/proposals/{proposal.Id}/outcome", new ProposalOutcomeInput { Outcome = ProposalOutcome.Declined }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var declined = await (await scenario.Admin.PostJsonAsync($"/api/v1/proposals/{proposal.Id}/outcome",
            new ProposalOutcomeInput { Outcome = ProposalOutcome.Declined, Reason = "Horaires incompatibles pour l'instant" })).OkAsync<ProposalView>();
        Assert.Equal(ProposalOutcome.Declined, declined.Outcome);
        var back = await Person(scenario, first.Id);
        Assert.Equal((PathState.Eligible, 1, new DateOnly(2024, 1, 1)), (back.State, back.WaitingListPosition, back.CandidacyDate));

        await (await scenario.Admin.PostJsonAsync($"/api/v1/proposals/{proposal.Id}/outcome",
            new ProposalOutcomeInput { Outcome = ProposalOutcome.Declined, Reason = "Une seconde fois" })).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_ebes_director_reads_the_persons_wishes_and_declines_with_a_reason_the_person_keeping_her_place()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var first = await scenario.RegisterEligibleAsync("Alpha", new DateOnly(2024, 1, 1));
        await scenario.RegisterEligibleAsync("Beta", new DateOnly(2024, 2, 1));
        var proposal = await (await scenario.Admin.PostJsonAsync($"/api/v1/territories/{scenario.TerritoryId}/proposals",
            new ProposalInput { PersonId = first.Id, OrganisationId = scenario.EmploymentCompanyId })).OkAsync<ProposalView>(HttpStatusCode.Created);
        using var director = await InvitedAccounts.InviteAndLogInAsync(app, scenario.Admin, new InvitationInput
        {
            Email = InvitedAccounts.NewEmail(),
            Role = Role.EbeManagement,
            OrganisationId = scenario.EmploymentCompanyId,
        });

        using var team = await InvitedAccounts.InviteAndLogInAsync(app, scenario.Admin, new InvitationInput
        {
            Email = InvitedAccounts.NewEmail(),
            Role = Role.CleTeam,
            TerritoryId = scenario.TerritoryId,
        });
        var directorTasks = await (await director.GetAsync("/api/v1/me/tasks")).OkAsync<HomeTasks>();
        Assert.Equal([$"{first.FirstName} {first.LastName}"],
            directorTasks.Organisations.Single().ProposalsToAnswer.Select(p => p.PersonName));
        Assert.Empty(directorTasks.Territories);
        var teamTasks = (await (await team.GetAsync("/api/v1/me/tasks")).OkAsync<HomeTasks>()).Territories.Single();
        Assert.Equal((1, 0), (teamTasks.ProposalsAwaitingAnswer, teamTasks.RecentlyDeclined.Count));

        var pending = await (await director.GetAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/proposals")).OkAsync<List<ProposalView>>();
        var seen = Assert.Single(pending);
        Assert.Equal(first.WeeklyHoursWished, seen.WeeklyHoursWished);
        await (await director.PostJsonAsync($"/api/v1/proposals/{proposal.Id}/outcome", new ProposalOutcomeInput { Outcome = ProposalOutcome.Declined }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        using (var otherDirector = await app.ClientForAsync(BarakajobsManagement))
        {
            await (await otherDirector.PostJsonAsync($"/api/v1/proposals/{proposal.Id}/outcome",
                new ProposalOutcomeInput { Outcome = ProposalOutcome.Declined, Reason = "Pas la nôtre" })).ProblemAsync(HttpStatusCode.NotFound);
        }
        var declined = await (await director.PostJsonAsync($"/api/v1/proposals/{proposal.Id}/outcome",
            new ProposalOutcomeInput { Outcome = ProposalOutcome.Declined, Reason = "Pas de poste de maraîchage avant l'été" })).OkAsync<ProposalView>();

        Assert.Equal(ProposalOutcome.Declined, declined.Outcome);
        var told = await (await scenario.Admin.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/proposals")).OkAsync<List<ProposalView>>();
        Assert.Contains(told, p => p.Id == proposal.Id && p.OutcomeReason == "Pas de poste de maraîchage avant l'été");
        var back = await Person(scenario, first.Id);
        Assert.Equal((PathState.Eligible, 1), (back.State, back.WaitingListPosition));
        Assert.Empty(await (await director.GetAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/proposals")).OkAsync<List<ProposalView>>());
        // The CLE team is told on its home page.
        var toldOnHome = (await (await team.GetAsync("/api/v1/me/tasks")).OkAsync<HomeTasks>()).Territories.Single();
        Assert.Equal(0, toldOnHome.ProposalsAwaitingAnswer);
        Assert.Equal("Pas de poste de maraîchage avant l'été", Assert.Single(toldOnHome.RecentlyDeclined).Reason);
    }

    [Fact]
    public async Task Nobody_is_hired_without_a_contract_only_the_ebes_contract_ends_the_wait()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var person = await scenario.RegisterEligibleAsync("Embauchée", new DateOnly(2024, 1, 1));
        var proposal = await (await scenario.Admin.PostJsonAsync($"/api/v1/territories/{scenario.TerritoryId}/proposals",
            new ProposalInput { PersonId = person.Id, OrganisationId = scenario.EmploymentCompanyId })).OkAsync<ProposalView>(HttpStatusCode.Created);

        // The CLE may not mark the hire: nothing changes, the proposal still waits for the EBE.
        var refused = await (await scenario.Admin.PostJsonAsync($"/api/v1/proposals/{proposal.Id}/outcome", new ProposalOutcomeInput { Outcome = ProposalOutcome.Hired }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("contrat", refused.GetProperty("errors").GetProperty("outcome")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(PathState.Proposed, (await Person(scenario, person.Id)).State);
        var waiting = await (await scenario.Admin.GetAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/proposals")).OkAsync<List<ProposalView>>();
        Assert.Equal(proposal.Id, Assert.Single(waiting).Id);

        await (await scenario.Admin.PostJsonAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/contracts",
            new Core.Features.Employment.HireInput { ProposalId = proposal.Id, StartDate = app.Today, WeeklyHours = 24 })).OkAsync<Core.Features.Employment.ContractDetails>(HttpStatusCode.Created);
        Assert.Equal(PathState.Hired, (await Person(scenario, person.Id)).State);
        var figures = await (await scenario.Admin.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/people-figures")).OkAsync<PeopleFigures>();
        Assert.Equal((1, 1, 0), (figures.Hired, figures.HiresThisYear, figures.Waiting));
        Assert.Equal(20, figures.Ambition?.JobsInEmploymentCompanies);
    }

    [Fact]
    public async Task Only_an_ebe_of_the_territory_and_only_a_waiting_person_can_be_proposed()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var person = await scenario.RegisterEligibleAsync("Seule", new DateOnly(2024, 1, 1));
        var candidate = await scenario.RegisterAsync(RegistryScenario.Volunteer("Candidate", new DateOnly(2023, 1, 1)));
        var url = $"/api/v1/territories/{scenario.TerritoryId}/proposals";
        var ageval = await Demo.OrganisationIdAsync(app, "AGEVAL");

        await (await scenario.Admin.PostJsonAsync(url, new ProposalInput { PersonId = person.Id, OrganisationId = ageval })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await scenario.Admin.PostJsonAsync(url, new ProposalInput { PersonId = candidate.Id, OrganisationId = scenario.EmploymentCompanyId })).ProblemAsync(HttpStatusCode.Conflict);
        var companies = await (await scenario.Admin.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/employment-companies")).OkAsync<List<EmploymentCompanyChoice>>();
        Assert.Equal([scenario.EmploymentCompanyId], companies.Select(c => c.Id));
    }

    [Fact]
    public async Task Cle_member_reads_the_fairness_report_without_identities()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var member = await app.ClientForAsync(ValenciennesMember);
        var report = await (await member.GetAsync($"/api/v1/territories/{valenciennes}/fairness-report?from=2020-01-01")).OkAsync<FairnessReport>();
        Assert.True(report.OutOfOrder > 0);
        Assert.All(report.Deviations, d => Assert.StartsWith("Personne n°", d.PersonName, StringComparison.Ordinal));
        using var cle = await app.ClientForAsync(ValenciennesTeam);
        var full = await (await cle.GetAsync($"/api/v1/territories/{valenciennes}/fairness-report?from=2020-01-01")).OkAsync<FairnessReport>();
        Assert.DoesNotContain(full.Deviations, d => d.PersonName.StartsWith("Personne n°", StringComparison.Ordinal));

        await (await cle.GetAsync($"/api/v1/territories/{valenciennes}/fairness-report?from=2026-01-01&to=2025-01-01")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    private static async Task<PersonDetails> Person(RegistryScenario scenario, int id) =>
        await (await scenario.Admin.GetAsync($"/api/v1/people/{id}")).OkAsync<PersonDetails>();
}

[Collection(SqliteCollection.Name)]
public sealed class WaitingListApiOnSqlite(SqliteApp app) : WaitingListApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class WaitingListApiOnPostgres(PostgresApp app) : WaitingListApiTests(app);
