using System.Net;
using DroitEmploi.Core.Features.Projection;
using DroitEmploi.IntegrationTests.Features.People;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Projection;

public abstract class ProjectionApiTests(AppFactory app)
{
    [Fact]
    public async Task The_cle_reads_when_nobody_would_wait_and_what_the_ambition_takes_and_only_its_team_writes_the_assumptions()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var member = await app.ClientForAsync(ValenciennesMember);
        var projection = await (await member.GetAsync($"/api/v1/territories/{valenciennes}/projection")).OkAsync<TerritoryProjection>();
        Assert.True(projection.Waiting > 0);
        Assert.Equal(new DateOnly(2026, 12, 31), projection.AmbitionDate);
        Assert.Equal(9, projection.MonthsToTarget);
        Assert.NotNull(projection.HiresNeededPerMonth);
        Assert.Equal(projection.Measured, projection.Used);
        Assert.False(projection.CanEdit);
        // Twelve months counted, then the projection.
        Assert.Equal(12, projection.Months.Count(m => m.Actual is not null));
        Assert.Equal(projection.Waiting, projection.Months.Last(m => m.Actual is not null).Actual);
        await (await member.PutJsonAsync($"/api/v1/territories/{valenciennes}/projection/assumptions", new ProjectionAssumptionsInput { HiresPerMonth = 40 }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        using var funder = await app.ClientForAsync(Funder);
        Assert.Equal(projection.Waiting, (await (await funder.GetAsync($"/api/v1/territories/{valenciennes}/projection")).OkAsync<TerritoryProjection>()).Waiting);
        using var lille = await app.ClientForAsync(LilleTeam);
        await (await lille.GetAsync($"/api/v1/territories/{valenciennes}/projection")).ProblemAsync(HttpStatusCode.NotFound);
        using var employee = await app.ClientForAsync(BarakajobsEmployee);
        await (await employee.GetAsync($"/api/v1/territories/{valenciennes}/projection")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_teams_assumptions_change_the_projection_and_keep_the_measured_pace_beside_it()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        foreach (var name in new[] { "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot" })
        {
            await scenario.RegisterEligibleAsync(name, new DateOnly(2025, 11, 3));
        }
        var url = $"/api/v1/territories/{scenario.TerritoryId}/projection";
        var measured = await (await scenario.Admin.GetAsync(url)).OkAsync<TerritoryProjection>();
        Assert.Equal(6, measured.Waiting);
        Assert.Equal(0.5m, measured.Measured.NewCandidaciesPerMonth);
        Assert.Null(measured.MonthWhenNobodyWaits);

        var assumed = await (await scenario.Admin.PutJsonAsync($"{url}/assumptions",
            new ProjectionAssumptionsInput { HiresPerMonth = 2.5m, Note = "Ouverture d'une deuxième EBE en avril" })).OkAsync<TerritoryProjection>();
        Assert.Equal((2.5m, 0.5m, 0m), (assumed.Used.HiresPerMonth, assumed.Used.NewCandidaciesPerMonth, assumed.Measured.HiresPerMonth));
        // 6 waiting, losing 2 a month: empty in three months.
        Assert.Equal(new DateOnly(2026, 6, 1), assumed.MonthWhenNobodyWaits);
        Assert.Equal("Ouverture d'une deuxième EBE en avril", assumed.Assumptions.Note);

        var stale = await (await scenario.Admin.PutJsonAsync($"{url}/assumptions", new ProjectionAssumptionsInput { HiresPerMonth = 3m, Version = assumed.Assumptions.Version - 1 }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.NotNull(stale.GetProperty("detail").GetString());
        var bad = await (await scenario.Admin.PutJsonAsync($"{url}/assumptions", new ProjectionAssumptionsInput { AverageWeeklyHours = 100m }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("averageWeeklyHours", out _));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ProjectionApiOnSqlite(SqliteApp app) : ProjectionApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ProjectionApiOnPostgres(PostgresApp app) : ProjectionApiTests(app);
