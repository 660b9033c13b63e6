using System.Net;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Audit;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Audit;

public abstract class AuditApiTests(AppFactory app)
{
    [Fact]
    public async Task Every_change_is_journaled_with_its_author_and_values()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        using var cle = await app.ClientForAsync(ValenciennesTeam);
        var input = new OrganisationInput
        {
            Name = $"Journalisée {Guid.NewGuid():N}",
            Territories = [new TerritoryLinkInput { TerritoryId = valenciennes, Role = TerritoryRole.Partner }],
        };
        var created = await (await cle.PostJsonAsync("/api/v1/organisations", input)).OkAsync<OrganisationDetails>(HttpStatusCode.Created);
        var edit = created.ToInput();
        edit.City = "Marly";
        await (await cle.PutJsonAsync($"/api/v1/organisations/{created.Id}", edit)).OkAsync<OrganisationDetails>();

        using var admin = await app.ClientForAsync(Administrator);
        var journal = await (await admin.GetAsync($"/api/v1/audit?entityType=Organisation&entityId={created.Id}"))
            .OkAsync<PagedResult<AuditEntryView>>();
        Assert.Equal([AuditActions.Updated, AuditActions.Created], journal.Items.Select(e => e.Action));
        Assert.All(journal.Items, e => Assert.Equal(ValenciennesTeam, e.Actor));
        Assert.Contains("Marly", journal.Items[0].Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Journal_is_closed_to_roles_without_oversight()
    {
        using var ebe = await app.ClientForAsync(BarakajobsManagement);
        await (await ebe.GetAsync("/api/v1/audit")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Cle_team_reads_the_journal_of_its_territory_only()
    {
        var lille = await Demo.TerritoryIdAsync(app, Demo.Lille);
        using var cle = await app.ClientForAsync(ValenciennesTeam);
        var journal = await (await cle.GetAsync("/api/v1/audit?entityType=Territory&pageSize=200")).OkAsync<PagedResult<AuditEntryView>>();
        Assert.NotEmpty(journal.Items);
        Assert.DoesNotContain(journal.Items, e => e.EntityId == lille.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditApiOnSqlite(SqliteApp app) : AuditApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuditApiOnPostgres(PostgresApp app) : AuditApiTests(app);
