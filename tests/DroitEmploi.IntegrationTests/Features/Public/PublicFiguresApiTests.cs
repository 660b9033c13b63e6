using System.Net;
using System.Text.Json;
using DroitEmploi.Core.Features.Public;
using DroitEmploi.IntegrationTests.Features.People;
using DroitEmploi.IntegrationTests.Infrastructure;

namespace DroitEmploi.IntegrationTests.Features.Public;

public abstract class PublicFiguresApiTests(AppFactory app)
{
    [Fact]
    public async Task Anyone_reads_a_territorys_figures_without_an_account_and_never_a_count_under_the_threshold_whatever_is_asked()
    {
        using var anonymous = app.CreateClient();
        var territories = await (await anonymous.GetAsync("/api/v1/public/territories")).OkAsync<List<PublicTerritory>>();
        var valenciennes = Assert.Single(territories, t => t.Name == Demo.Valenciennes);
        Assert.Contains(territories, t => t.Name == Demo.Lille);

        foreach (var query in new[] { "", "?threshold=1", "?sex=Female&ageBand=0&territoryId=1", "?minimumCount=0" })
        {
            var response = await anonymous.GetAsync($"/api/v1/public/territories/{valenciennes.Id}/figures{query}");
            var json = await response.OkAsync<JsonElement>();
            Assert.Equal(11, json.GetProperty("threshold").GetInt32());
            AssertNoSmallCount(json.GetProperty("jobsCreated"));
            AssertNoSmallCount(json.GetProperty("peopleWaiting"));
            foreach (var table in new[] { "movementsByQuarter", "waitingBySexAndAge" })
            {
                var published = json.GetProperty(table);
                foreach (var row in published.GetProperty("cells").EnumerateArray())
                {
                    foreach (var cell in row.EnumerateArray())
                    {
                        AssertNoSmallCount(cell);
                    }
                }
                foreach (var total in published.GetProperty("rowTotals").EnumerateArray().Concat(published.GetProperty("columnTotals").EnumerateArray()).Append(published.GetProperty("total")))
                {
                    AssertNoSmallCount(total);
                }
            }
        }
        var figures = await (await anonymous.GetAsync($"/api/v1/public/territories/{valenciennes.Id}/figures")).OkAsync<PublicTerritoryFigures>();
        // One EBE only: its turnover is about fewer than three organisations.
        Assert.Equal((1, (decimal?)null), (figures.EmploymentCompanies, figures.Turnover.Amount));
        Assert.All(figures.CostBalance, amount => Assert.Null(amount.Amount));
        Assert.Equal(100, figures.AmbitionJobs);
        Assert.NotEmpty(figures.Activities);
        Assert.True(figures.PeopleWaiting >= 11);
        await (await anonymous.GetAsync("/api/v1/public/territories/999999/figures")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_territory_with_few_people_waiting_publishes_none_of_their_counts()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        foreach (var name in new[] { "Un", "Deux", "Trois" })
        {
            await scenario.RegisterEligibleAsync(name, new DateOnly(2025, 3, 1));
        }
        using var anonymous = app.CreateClient();

        var figures = await (await anonymous.GetAsync($"/api/v1/public/territories/{scenario.TerritoryId}/figures")).OkAsync<PublicTerritoryFigures>();

        Assert.Null(figures.PeopleWaiting);
        Assert.Null(figures.WaitingBySexAndAge.Total);
        // Three women of the same age band: their cell, their row and their column are secret; the empty ones show 0.
        Assert.All(figures.WaitingBySexAndAge.Cells.SelectMany(r => r), cell => Assert.True(cell is null or 0));
        Assert.Contains(0, figures.WaitingBySexAndAge.Cells[1]);
        var csv = await (await anonymous.GetAsync("/api/v1/public/opendata/attente.csv")).Content.ReadAsStringAsync();
        Assert.Contains($"{scenario.TerritoryId};", csv);
    }

    [Fact]
    public async Task The_open_data_come_in_csv_and_json_with_their_schema_and_licence_at_stable_addresses()
    {
        using var anonymous = app.CreateClient();
        var catalogue = await (await anonymous.GetAsync("/api/v1/public/opendata")).OkAsync<JsonElement>();
        Assert.Equal(["territoires", "mouvements", "attente", "activites"], catalogue.EnumerateArray().Select(d => d.GetProperty("name").GetString()));

        var csvResponse = await anonymous.GetAsync("/api/v1/public/opendata/territoires.csv");
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Contains("rel=\"license\"", string.Join(",", csvResponse.Headers.GetValues("Link")));
        var csv = await csvResponse.Content.ReadAsStringAsync();
        Assert.StartsWith("\uFEFFterritoire_id;territoire;date;ambition_emplois_ebe", csv);
        Assert.Contains(";Valenciennes;2026-03-16;100;2026-12-31;", csv);

        var json = await (await anonymous.GetAsync("/api/v1/public/opendata/mouvements.json")).OkAsync<JsonElement>();
        Assert.Equal("Licence Ouverte 2.0 (Etalab)", json.GetProperty("licence").GetString());
        Assert.Equal("/api/v1/public/opendata/mouvements.schema.json", json.GetProperty("schema").GetString());
        Assert.All(json.GetProperty("rows").EnumerateArray(), row => AssertNoSmallCount(row.GetProperty("embauches")));
        var schema = await (await anonymous.GetAsync("/api/v1/public/opendata/mouvements.schema.json")).OkAsync<JsonElement>();
        Assert.Equal(["territoire_id", "territoire", "date", "trimestre", "embauches", "sorties"],
            schema.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));

        await (await anonymous.GetAsync("/api/v1/public/opendata/personnes.csv")).ProblemAsync(HttpStatusCode.NotFound);
        await (await anonymous.GetAsync("/api/v1/public/opendata/territoires.exe")).ProblemAsync(HttpStatusCode.NotFound);
    }

    private static void AssertNoSmallCount(JsonElement count)
    {
        if (count.ValueKind == JsonValueKind.Number)
        {
            var value = count.GetInt32();
            Assert.True(value == 0 || value >= 11, $"A count of {value} was published.");
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, count.ValueKind);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PublicFiguresApiOnSqlite(SqliteApp app) : PublicFiguresApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PublicFiguresApiOnPostgres(PostgresApp app) : PublicFiguresApiTests(app);
