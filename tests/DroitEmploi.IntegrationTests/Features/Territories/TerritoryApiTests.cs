using System.Net;
using System.Text;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Territories;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Territories;

public abstract class TerritoryApiTests(AppFactory app)
{
    [Fact]
    public async Task Administrator_sees_both_demo_territories()
    {
        using var admin = await app.ClientForAsync(Administrator);
        var page = await (await admin.GetAsync("/api/v1/territories?pageSize=200")).OkAsync<PagedResult<TerritorySummary>>();
        Assert.Contains(page.Items, t => t.Name == Demo.Valenciennes);
        Assert.Contains(page.Items, t => t.Name == Demo.Lille);
    }

    [Fact]
    public async Task Cle_team_sees_only_its_territory_and_not_the_other_one()
    {
        var lille = await Demo.TerritoryIdAsync(app, Demo.Lille);
        using var cle = await app.ClientForAsync(ValenciennesTeam);

        var page = await (await cle.GetAsync("/api/v1/territories")).OkAsync<PagedResult<TerritorySummary>>();
        Assert.Equal([Demo.Valenciennes], page.Items.Select(t => t.Name));

        await (await cle.GetAsync($"/api/v1/territories/{lille}")).ProblemAsync(HttpStatusCode.NotFound);
        var input = new TerritoryInput { Name = "Renommé par un autre territoire", Version = 0 };
        await (await cle.PutJsonAsync($"/api/v1/territories/{lille}", input)).ProblemAsync(HttpStatusCode.NotFound);
        using var admin = await app.ClientForAsync(Administrator);
        var unchanged = await (await admin.GetAsync($"/api/v1/territories/{lille}")).OkAsync<TerritoryDetails>();
        Assert.Equal(Demo.Lille, unchanged.Name);
    }

    [Fact]
    public async Task Valenciennes_demo_territory_carries_the_seed_ambition_and_perimeter()
    {
        var id = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var cle = await app.ClientForAsync(ValenciennesTeam);
        var territory = await (await cle.GetAsync($"/api/v1/territories/{id}")).OkAsync<TerritoryDetails>();
        Assert.Equal(new DateOnly(2023, 3, 28), territory.HabilitationDate);
        var ambition = Assert.Single(territory.Ambitions);
        Assert.Equal((new DateOnly(2026, 12, 31), 100, 50), (ambition.TargetDate, ambition.JobsInEmploymentCompanies, ambition.JobsInLocalCompanies));
        Assert.Contains(territory.Perimeter, a => a.Name == "Faubourg de Lille" && a.Kind == AreaKind.Quartier);
        Assert.Contains(territory.Perimeter, a => a.Name == "Acacias" && a.Kind == AreaKind.Quartier);
        Assert.True(territory.CanManage);
    }

    [Fact]
    public async Task Anonymous_call_is_refused_with_a_problem()
    {
        using var anonymous = app.CreateClient();
        var problem = await (await anonymous.GetAsync("/api/v1/territories")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("Connectez-vous", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_creates_a_territory_that_can_then_be_read()
    {
        using var admin = await app.ClientForAsync(Administrator);
        var input = NewTerritory($"Territoire créé {Guid.NewGuid():N}");
        var response = await admin.PostJsonAsync("/api/v1/territories", input);
        var created = await response.OkAsync<TerritoryDetails>(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/territories/{created.Id}", response.Headers.Location?.OriginalString);

        var read = await (await admin.GetAsync($"/api/v1/territories/{created.Id}")).OkAsync<TerritoryDetails>();
        Assert.Equal(input.Name, read.Name);
        Assert.Equal("59606", read.Perimeter.Single().InseeCode);
        Assert.Equal(40, read.Ambitions.Single().JobsInEmploymentCompanies);
    }

    [Fact]
    public async Task Invalid_territory_is_refused_field_by_field_in_french()
    {
        using var admin = await app.ClientForAsync(Administrator);
        var input = NewTerritory("");
        input.Perimeter[0].InseeCode = "ABCDE";
        var problem = await (await admin.PostJsonAsync("/api/v1/territories", input)).ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Contains("obligatoire", errors.GetProperty("name")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("INSEE", errors.GetProperty("perimeter[0].inseeCode")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_territory_name_is_refused()
    {
        using var admin = await app.ClientForAsync(Administrator);
        var problem = await (await admin.PostJsonAsync("/api/v1/territories", NewTerritory(Demo.Valenciennes))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("déjà", problem.GetProperty("errors").GetProperty("name")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_administrators_create_territories()
    {
        using var ebe = await app.ClientForAsync(BarakajobsManagement);
        await (await ebe.PostJsonAsync("/api/v1/territories", NewTerritory("Territoire interdit"))).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Cle_member_reads_but_cannot_edit_its_territory()
    {
        var id = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var member = await app.ClientForAsync(ValenciennesMember);
        var territory = await (await member.GetAsync($"/api/v1/territories/{id}")).OkAsync<TerritoryDetails>();
        Assert.False(territory.CanManage);
        await (await member.PutJsonAsync($"/api/v1/territories/{id}", territory.ToInput())).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Stale_edit_gets_409_and_overwrites_nothing()
    {
        using var admin = await app.ClientForAsync(Administrator);
        var created = await (await admin.PostJsonAsync("/api/v1/territories", NewTerritory($"Concurrence {Guid.NewGuid():N}"))).OkAsync<TerritoryDetails>(HttpStatusCode.Created);

        var first = created.ToInput();
        first.Population = 1234;
        var saved = await (await admin.PutJsonAsync($"/api/v1/territories/{created.Id}", first)).OkAsync<TerritoryDetails>();
        Assert.Equal(created.Version + 1, saved.Version);

        var stale = created.ToInput();
        stale.Population = 9999;
        var problem = await (await admin.PutJsonAsync($"/api/v1/territories/{created.Id}", stale)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("modifiée par quelqu'un d'autre", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var current = await (await admin.GetAsync($"/api/v1/territories/{created.Id}")).OkAsync<TerritoryDetails>();
        Assert.Equal(1234, current.Population);
    }

    [Fact]
    public async Task Malformed_json_gets_a_problem_not_a_crash()
    {
        using var admin = await app.ClientForAsync(Administrator);
        using var content = new StringContent("{\"name\": 12,", Encoding.UTF8, "application/json");
        await (await admin.PostAsync("/api/v1/territories", content)).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Search_sort_and_paging_work_together()
    {
        using var admin = await app.ClientForAsync(Administrator);
        var byCommune = await (await admin.GetAsync("/api/v1/territories?search=phalempins")).OkAsync<PagedResult<TerritorySummary>>();
        Assert.Equal([Demo.Lille], byCommune.Items.Select(t => t.Name));

        var firstPage = await (await admin.GetAsync("/api/v1/territories?sort=HabilitationDate&pageSize=1")).OkAsync<PagedResult<TerritorySummary>>();
        Assert.Single(firstPage.Items);
        Assert.True(firstPage.Total >= 2);
        Assert.Equal(Demo.Lille, firstPage.Items[0].Name);
    }

    private static TerritoryInput NewTerritory(string name) => new()
    {
        Name = name,
        Department = "Nord (59)",
        HabilitationDate = new DateOnly(2025, 1, 15),
        Population = 4000,
        Perimeter = [new() { Kind = AreaKind.Commune, Name = "Valenciennes", InseeCode = "59606" }],
        Ambitions = [new() { TargetDate = new DateOnly(2027, 12, 31), JobsInEmploymentCompanies = 40, JobsInLocalCompanies = 10 }],
        Phases = [new() { Kind = PhaseKind.Emergence, Date = new DateOnly(2024, 5, 1), Label = "Premières réunions" }],
    };
}

[Collection(SqliteCollection.Name)]
public sealed class TerritoryApiOnSqlite(SqliteApp app) : TerritoryApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TerritoryApiOnPostgres(PostgresApp app) : TerritoryApiTests(app);
