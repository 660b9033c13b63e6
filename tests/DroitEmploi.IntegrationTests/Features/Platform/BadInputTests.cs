using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using DroitEmploi.Core.Features.People;
using DroitEmploi.IntegrationTests.Features.People;
using DroitEmploi.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Platform;

/// <summary>The six causes of server errors found by the hostile run, each with its own test, and the errors that name the field.</summary>
public abstract class BadInputTests(AppFactory app)
{
    [Theory]
    [InlineData(Administrator, "people-figures")]
    [InlineData(Funder, "people-figures")]
    [InlineData(Administrator, "employment-figures")]
    [InlineData(Funder, "employment-figures")]
    [InlineData(Administrator, "fairness-report")]
    public async Task R1_a_territory_that_does_not_exist_is_not_found_even_for_those_who_read_every_territory(string email, string what)
    {
        using var client = await app.ClientForAsync(email);
        var problem = await (await client.GetAsync($"/api/v1/territories/987654/{what}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("n'existe pas", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("to=9999-12-31", "to")]
    [InlineData("to=0001-01-01", "to")]
    [InlineData("from=1899-12-31", "from")]
    public async Task R3_a_report_period_outside_1900_to_2100_is_refused_with_its_parameter_named(string query, string field)
    {
        var territory = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var client = await app.ClientForAsync(ValenciennesTeam);
        var problem = await (await client.GetAsync($"/api/v1/territories/{territory}/fairness-report?{query}")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("1900", problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task R4_list_items_beyond_a_labels_length_are_refused_so_every_export_opens()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var tooLong = RegistryScenario.Volunteer("Longue", new DateOnly(2024, 1, 10));
        tooLong.WishedActivities = ["friperie", new string('x', 201)];
        var problem = await (await scenario.Admin.PostJsonAsync($"/api/v1/territories/{scenario.TerritoryId}/people", tooLong)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("wishedActivities[1]", out _), problem.ToString());

        // The most an input may hold still fits in the spreadsheet's cells.
        var fullest = RegistryScenario.Volunteer("Pleine", new DateOnly(2024, 1, 11));
        fullest.WishedActivities = Enumerable.Range(0, 50).Select(i => $"{i:00}" + new string('a', 198)).ToList();
        fullest.Skills = Enumerable.Range(0, 50).Select(i => $"{i:00}" + new string('s', 198)).ToList();
        await scenario.RegisterAsync(fullest);
        var export = await scenario.Admin.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/people/export?format=Xlsx");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
    }

    [Fact]
    public async Task R5_a_valid_workbook_without_a_styles_part_is_read()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        static string Cell(string reference, string text) => $"""<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>""";
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string path, string content)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path).Open());
                writer.Write(content);
            }
            Part("xl/workbook.xml", $"""<workbook xmlns="{main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Liste" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Part("xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            Part("xl/worksheets/sheet1.xml", $"""<worksheet xmlns="{main}"><sheetData><row r="1">{Cell("A1", "Nom")}{Cell("B1", "Prénom")}{Cell("C1", "Date de naissance")}{Cell("D1", "Date de candidature")}</row><row r="2">{Cell("A2", "Sansstyle")}{Cell("B2", "Inès")}{Cell("C2", "12/03/1980")}{Cell("D2", "05/01/2024")}</row></sheetData></worksheet>""");
        }
        var report = await ImportJobs.RunAsync(scenario.Admin, scenario.TerritoryId, stream.ToArray(), "sans-styles.xlsx", dryRun: true);
        Assert.Equal(1, report.Imported);
        Assert.Empty(report.Rejected);
    }

    [Fact]
    public async Task Sex_given_as_M_is_refused_naming_the_field_and_the_accepted_values()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var json = JsonSerializer.Serialize(RegistryScenario.Volunteer("Sexe", new DateOnly(2024, 1, 12)), AppFactory.Json).Replace("\"Female\"", "\"M\"", StringComparison.Ordinal);
        using var body = new StringContent(json, Encoding.UTF8, "application/json");
        var problem = await (await scenario.Admin.PostAsync($"/api/v1/territories/{scenario.TerritoryId}/people", body)).ProblemAsync(HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("sex")[0].GetString();
        Assert.Contains("Valeurs acceptées", message, StringComparison.Ordinal);
        foreach (var name in Enum.GetNames<Sex>())
        {
            Assert.Contains(name, message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("\"sex\":\"Female\"", "\"sex\":99", "sex")]
    [InlineData("\"incomeSupport\":\"None\"", "\"incomeSupport\":-1", "incomeSupport")]
    [InlineData("\"unavailableDays\":[]", "\"unavailableDays\":[99]", "unavailableDays[0]")]
    [InlineData("\"candidacyDate\":\"2024-01-13\"", "\"candidacyDate\":\"0001-01-01\"", "candidacyDate")]
    [InlineData("\"weeklyHoursWished\":24", "\"weeklyHoursWished\":\"vingt\"", "weeklyHoursWished")]
    [InlineData("\"weeklyHoursWished\":24", "\"weeklyHoursWished\":99999999999999999999", "weeklyHoursWished")]
    public async Task Undefined_values_wrong_types_and_absurd_dates_are_refused_with_the_field_named(string valid, string spoiled, string field)
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var json = JsonSerializer.Serialize(RegistryScenario.Volunteer("Champ", new DateOnly(2024, 1, 13)), AppFactory.Json);
        Assert.Contains(valid, json, StringComparison.Ordinal);
        using var body = new StringContent(json.Replace(valid, spoiled, StringComparison.Ordinal), Encoding.UTF8, "application/json");
        var problem = await (await scenario.Admin.PostAsync($"/api/v1/territories/{scenario.TerritoryId}/people", body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var errors), problem.ToString());
        Assert.False(string.IsNullOrWhiteSpace(errors[0].GetString()));
    }

    [Fact]
    public async Task A_proposal_outcome_that_is_not_a_defined_answer_changes_nothing()
    {
        using var client = await app.ClientForAsync(ValenciennesTeam);
        var territory = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        var proposals = await (await client.GetAsync($"/api/v1/territories/{territory}/proposals?pendingOnly=true")).OkAsync<List<ProposalView>>();
        var pending = proposals.First();
        using var body = new StringContent("{\"outcome\": 99, \"reason\": \"x\"}", Encoding.UTF8, "application/json");
        var problem = await (await client.PostAsync($"/api/v1/proposals/{pending.Id}/outcome", body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("outcome", out _), problem.ToString());
        var after = await (await client.GetAsync($"/api/v1/territories/{territory}/proposals?pendingOnly=true")).OkAsync<List<ProposalView>>();
        Assert.Contains(after, p => p.Id == pending.Id);
    }

    [Fact]
    public async Task A_null_item_in_a_list_is_dropped_instead_of_answering_a_server_error()
    {
        // Found by the hostile run: "priceBands": [null] on a catalogue item was a 500.
        var organisation = await Demo.OrganisationIdAsync(app, "La Barakajobs");
        using var client = await app.ClientForAsync(BarakajobsManagement);
        using var body = new StringContent("{\"name\": \"Tonte sans grille\", \"unit\": \"Hour\", \"unitPrice\": 12, \"priceBands\": [null]}", Encoding.UTF8, "application/json");
        var item = await (await client.PostAsync($"/api/v1/organisations/{organisation}/catalogue", body)).OkAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal("Tonte sans grille", item.GetProperty("name").GetString());
        Assert.Equal(0, item.GetProperty("priceBands").GetArrayLength());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BadInputOnSqlite(SqliteApp app) : BadInputTests(app)
{
    private readonly SqliteApp _app = app;

    [Fact]
    public async Task R6_readers_go_on_while_another_connection_holds_the_write_lock()
    {
        using var client = await _app.ClientForAsync(Administrator);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/territories")).StatusCode);
        var settings = _app.Services.GetRequiredService<DroitEmploi.Web.Data.DatabaseSettings>();
        Assert.DoesNotContain("Cache=Shared", settings.ConnectionString, StringComparison.OrdinalIgnoreCase);
        await using var writer = new SqliteConnection(settings.ConnectionString);
        await writer.OpenAsync();
        await using var transaction = (SqliteTransaction)await writer.BeginTransactionAsync();
        await using (var command = writer.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "UPDATE \"Territories\" SET \"Name\" = \"Name\"";
            await command.ExecuteNonQueryAsync();
        }
        // A long import holds the write lock like this; with a shared cache this read failed with "table is locked".
        var read = await client.GetAsync("/api/v1/territories");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        await transaction.RollbackAsync();
    }
}

[Collection(PostgresCollection.Name)]
public sealed class BadInputOnPostgres(PostgresApp app) : BadInputTests(app);
