using System.Net;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Directory;

public abstract class OrganisationApiTests(AppFactory app)
{
    [Theory]
    [InlineData(ValenciennesMember, true, false)]
    [InlineData(Funder, true, false)]
    [InlineData(BarakajobsManagement, true, true)]
    [InlineData(ValenciennesTeam, true, true)]
    public async Task An_organisation_says_who_may_open_its_figures_and_its_staff_so_pages_offer_only_those(string role, bool figures, bool staff)
    {
        var barakajobs = await Demo.OrganisationIdAsync(app, "La Barakajobs");
        using var client = await app.ClientForAsync(role);
        var details = await (await client.GetAsync($"/api/v1/organisations/{barakajobs}")).OkAsync<OrganisationDetails>();
        Assert.Equal((figures, staff), (details.CanReadFigures, details.CanSeeStaff));
        Assert.Equal(figures, (await client.GetAsync($"/api/v1/organisations/{barakajobs}/employment-figures")).IsSuccessStatusCode);
        Assert.Equal(staff, (await client.GetAsync($"/api/v1/organisations/{barakajobs}/schedule-slots")).IsSuccessStatusCode);
    }

    [Fact]
    public async Task Cle_team_adds_a_structure_and_finds_it_by_text_kind_activity_and_territory()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var cle = await app.ClientForAsync(ValenciennesTeam);
        var unique = Guid.NewGuid().ToString("N")[..8];
        var input = NewOrganisation($"Ressourcerie Élan {unique}", valenciennes);
        var created = await (await cle.PostJsonAsync("/api/v1/organisations", input)).OkAsync<OrganisationDetails>(HttpStatusCode.Created);
        Assert.True(created.CanEdit);
        Assert.Equal(ValenciennesTeam, created.UpdatedBy);

        // Accents and case do not matter, words can come in any order.
        var byText = await Search(cle, $"search=elan%20RESSOURCERIE%20{unique}");
        Assert.Equal([created.Id], byText.Items.Select(o => o.Id));
        var byKind = await Search(cle, $"search={unique}&kind=Association");
        Assert.Single(byKind.Items);
        Assert.Empty((await Search(cle, $"search={unique}&kind=LocalCompany")).Items);
        var byActivity = await Search(cle, $"activity=r%C3%A9emploi&territoryId={valenciennes}&pageSize=200");
        Assert.Contains(byActivity.Items, o => o.Id == created.Id);
        Assert.All(byActivity.Items, o => Assert.Contains("réemploi", o.ActivityTags));
    }

    [Fact]
    public async Task Cle_team_does_not_see_or_change_the_structures_of_another_territory()
    {
        var pioche = await Demo.OrganisationIdAsync(app, "La Pioche");
        var lille = await Demo.TerritoryIdAsync(app, Demo.Lille);
        using var cle = await app.ClientForAsync(ValenciennesTeam);

        Assert.Empty((await Search(cle, "search=pioche")).Items);
        await (await cle.GetAsync($"/api/v1/organisations/{pioche}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await cle.PutJsonAsync($"/api/v1/organisations/{pioche}", NewOrganisation("Pris", lille))).ProblemAsync(HttpStatusCode.NotFound);
        await (await cle.PostJsonAsync("/api/v1/organisations", NewOrganisation("Structure à Lille", lille))).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Kpa_shows_its_carrier_and_its_portage_structure()
    {
        var kpa = await Demo.OrganisationIdAsync(app, "KPA Services pour tous");
        using var cle = await app.ClientForAsync(ValenciennesTeam);
        var details = await (await cle.GetAsync($"/api/v1/organisations/{kpa}")).OkAsync<OrganisationDetails>();
        Assert.Equal(OrganisationKind.Kpa, details.Kind);
        Assert.Equal("Espace socioculturel intercommunal Le Phare", details.Carrier?.Name);
        Assert.Equal("Optéos", details.Portage?.Name);
    }

    [Fact]
    public async Task Invalid_structure_is_refused_with_french_messages()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var cle = await app.ClientForAsync(ValenciennesTeam);
        var input = NewOrganisation("Siret faux", valenciennes);
        input.Siret = "123";
        input.Email = "pas-un-courriel";
        input.Contacts = [new ContactInput { Name = "" }];
        var problem = await (await cle.PostJsonAsync("/api/v1/organisations", input)).ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Contains("14 chiffres", errors.GetProperty("siret")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("contacts[0].name", out _));
    }

    [Fact]
    public async Task Unknown_territory_or_carrier_is_refused()
    {
        using var admin = await app.ClientForAsync(Administrator);
        var input = NewOrganisation("Fantôme", territoryId: 999_999);
        var problem = await (await admin.PostJsonAsync("/api/v1/organisations", input)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("territories", out _));

        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        var orphan = NewOrganisation("Orpheline", valenciennes);
        orphan.CarrierId = 999_999;
        problem = await (await admin.PostJsonAsync("/api/v1/organisations", orphan)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("carrierId", out _));
    }

    [Fact]
    public async Task Stale_edit_of_a_structure_gets_409()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var cle = await app.ClientForAsync(ValenciennesTeam);
        var created = await (await cle.PostJsonAsync("/api/v1/organisations", NewOrganisation($"Concurrente {Guid.NewGuid():N}", valenciennes)))
            .OkAsync<OrganisationDetails>(HttpStatusCode.Created);
        var first = created.ToInput();
        first.City = "Anzin";
        await (await cle.PutJsonAsync($"/api/v1/organisations/{created.Id}", first)).OkAsync<OrganisationDetails>();
        var stale = created.ToInput();
        stale.City = "Saint-Saulve";
        await (await cle.PutJsonAsync($"/api/v1/organisations/{created.Id}", stale)).ProblemAsync(HttpStatusCode.Conflict);
        var current = await (await cle.GetAsync($"/api/v1/organisations/{created.Id}")).OkAsync<OrganisationDetails>();
        Assert.Equal("Anzin", current.City);
    }

    [Fact]
    public async Task Ebe_management_edits_its_own_structure_but_not_a_neighbour()
    {
        var barakajobs = await Demo.OrganisationIdAsync(app, "La Barakajobs");
        var ageval = await Demo.OrganisationIdAsync(app, "AGEVAL");
        using var ebe = await app.ClientForAsync(BarakajobsManagement);

        var own = await (await ebe.GetAsync($"/api/v1/organisations/{barakajobs}")).OkAsync<OrganisationDetails>();
        var edit = own.ToInput();
        edit.Phone = "03 27 00 00 00";
        var saved = await (await ebe.PutJsonAsync($"/api/v1/organisations/{barakajobs}", edit)).OkAsync<OrganisationDetails>();
        Assert.Equal("03 27 00 00 00", saved.Phone);
        Assert.Equal(own.Territories.Select(t => t.TerritoryId), saved.Territories.Select(t => t.TerritoryId));

        var neighbour = await (await ebe.GetAsync($"/api/v1/organisations/{ageval}")).OkAsync<OrganisationDetails>();
        Assert.False(neighbour.CanEdit);
        await (await ebe.PutJsonAsync($"/api/v1/organisations/{ageval}", neighbour.ToInput())).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Activity_tags_are_offered_from_the_visible_directory()
    {
        using var cle = await app.ClientForAsync(ValenciennesTeam);
        var tags = await (await cle.GetAsync("/api/v1/organisations/activity-tags")).OkAsync<List<string>>();
        Assert.Contains("permaculture", tags);
        Assert.DoesNotContain("épicerie solidaire", tags);
    }

    private static async Task<PagedResult<OrganisationSummary>> Search(HttpClient client, string query) =>
        await (await client.GetAsync($"/api/v1/organisations?{query}")).OkAsync<PagedResult<OrganisationSummary>>();

    private static OrganisationInput NewOrganisation(string name, int territoryId) => new()
    {
        Name = name,
        Kind = OrganisationKind.Association,
        City = "Valenciennes",
        PostalCode = "59300",
        ActivityTags = ["réemploi", "ressourcerie"],
        Territories = [new TerritoryLinkInput { TerritoryId = territoryId, Role = TerritoryRole.Partner }],
    };
}

[Collection(SqliteCollection.Name)]
public sealed class OrganisationApiOnSqlite(SqliteApp app) : OrganisationApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OrganisationApiOnPostgres(PostgresApp app) : OrganisationApiTests(app);
