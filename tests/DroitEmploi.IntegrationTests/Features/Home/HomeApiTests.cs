using System.Net;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Home;
using DroitEmploi.Core.Features.People;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Home;

public abstract class HomeApiTests(AppFactory app)
{
    [Fact]
    public async Task A_cle_teams_tasks_count_what_its_lists_hold_for_its_own_territory_only()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var team = await app.ClientForAsync(ValenciennesTeam);

        var tasks = await (await team.GetAsync("/api/v1/me/tasks")).OkAsync<HomeTasks>();

        var territory = Assert.Single(tasks.Territories);
        Assert.Equal(valenciennes, territory.TerritoryId);
        Assert.Empty(tasks.Organisations);
        var pending = await (await team.GetAsync($"/api/v1/territories/{valenciennes}/proposals?pendingOnly=true")).OkAsync<List<ProposalView>>();
        Assert.Equal(pending.Count(p => p.Outcome == ProposalOutcome.Pending), territory.ProposalsAwaitingAnswer);
        var candidates = await (await team.GetAsync($"/api/v1/territories/{valenciennes}/people?state=Candidate&pageSize=1")).OkAsync<PagedResult<PersonSummary>>();
        Assert.Equal(candidates.Total, territory.CandidatesToAssess);
        // The review's side counts what the committee's own page lists.
        var committee = await (await team.GetAsync($"/api/v1/territories/{valenciennes}/committee")).OkAsync<Core.Features.Committee.CommitteeOverview>();
        Assert.Equal(committee.Suggestions.Count(s => s.Kind == Core.Features.Committee.AgendaKind.Objection), territory.ObjectionsOverdue);
        Assert.True(territory.ObjectionsOverdue >= 1);
        var inReview = await (await team.GetAsync($"/api/v1/territories/{valenciennes}/activities?status=CleReview")).OkAsync<List<Core.Features.Activities.ActivitySummary>>();
        Assert.Equal(inReview.Count, territory.ActivitiesToDecide);
        var needs = await (await team.GetAsync($"/api/v1/territories/{valenciennes}/needs?status=New")).OkAsync<List<Core.Features.Activities.NeedView>>();
        Assert.Equal(needs.Count, territory.NewNeeds);
    }

    [Fact]
    public async Task An_ebe_direction_gets_its_own_organisation_and_readers_and_employees_get_no_task()
    {
        var barakajobs = await Demo.OrganisationIdAsync(app, "La Barakajobs");
        using var director = await app.ClientForAsync(BarakajobsManagement);
        var tasks = await (await director.GetAsync("/api/v1/me/tasks")).OkAsync<HomeTasks>();
        var organisation = Assert.Single(tasks.Organisations);
        Assert.Equal(barakajobs, organisation.OrganisationId);
        Assert.Equal(IsoWeeks.MondayOf(app.Today).AddDays(7), organisation.NextWeekMonday);

        foreach (var reader in new[] { ValenciennesMember, Funder, BarakajobsEmployee })
        {
            using var client = await app.ClientForAsync(reader);
            var none = await (await client.GetAsync("/api/v1/me/tasks")).OkAsync<HomeTasks>();
            Assert.Empty(none.Territories);
            Assert.Empty(none.Organisations);
        }
        using var anonymous = app.CreateClient();
        await (await anonymous.GetAsync("/api/v1/me/tasks")).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HomeApiOnSqlite(SqliteApp app) : HomeApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HomeApiOnPostgres(PostgresApp app) : HomeApiTests(app);
