using System.Net;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Audit;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

        // Filtered by date: the day of the changes holds them, the day before none.
        var day = DateOnly.FromDateTime(journal.Items[0].At);
        var sameDay = await (await admin.GetAsync($"/api/v1/audit?entityType=Organisation&entityId={created.Id}&from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}"))
            .OkAsync<PagedResult<AuditEntryView>>();
        Assert.Equal(2, sameDay.Total);
        var before = await (await admin.GetAsync($"/api/v1/audit?entityType=Organisation&entityId={created.Id}&to={day.AddDays(-1):yyyy-MM-dd}"))
            .OkAsync<PagedResult<AuditEntryView>>();
        Assert.Equal(0, before.Total);
    }

    [Fact]
    public async Task A_record_refused_or_hidden_is_journaled_with_who_asked_and_where()
    {
        using var ebe = await app.ClientForAsync(BarakajobsManagement);
        var missing = 900_000 + Random.Shared.Next(90_000);
        await (await ebe.GetAsync($"/api/v1/people/{missing}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await ebe.GetAsync("/api/v1/audit")).ProblemAsync(HttpStatusCode.Forbidden);

        using var admin = await app.ClientForAsync(Administrator);
        var refusals = await (await admin.GetAsync($"/api/v1/audit?entityType={Uri.EscapeDataString("Accès")}&actor={Uri.EscapeDataString(BarakajobsManagement)}&pageSize=200"))
            .OkAsync<PagedResult<AuditEntryView>>();
        Assert.All(refusals.Items, e => Assert.Equal(AuditActions.Refused, e.Action));
        Assert.Contains(refusals.Items, e => e.EntityId == $"GET /api/v1/people/{missing}");
        Assert.Contains(refusals.Items, e => e.EntityId == "GET /api/v1/audit" && e.Changes!.Contains("GET /api/v1/audit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fifty_simultaneous_reads_of_a_record_are_fifty_rows_of_its_journal()
    {
        using var scenario = await People.RegistryScenario.CreateAsync(app);
        var person = await scenario.RegisterAsync(People.RegistryScenario.Volunteer("Lue", new DateOnly(2025, 1, 6)));

        var reads = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => scenario.Admin.GetAsync($"/api/v1/people/{person.Id}")));
        Assert.All(reads, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        var journal = await (await scenario.Admin.GetAsync($"/api/v1/audit?entityType=Person&entityId={person.Id}&pageSize=200")).OkAsync<PagedResult<AuditEntryView>>();
        Assert.Equal(50, journal.Items.Count(e => e.Action == AuditActions.Read));
        Assert.Equal(1, journal.Items.Count(e => e.Action == AuditActions.Created));
    }

    [Fact]
    public async Task Access_traces_are_kept_for_the_retention_and_changes_for_ever()
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var type = $"Retention{Guid.NewGuid():N}";
        var now = app.Clock.GetUtcNow().UtcDateTime;
        AuditEntry Entry(string action, int monthsAgo) =>
            new() { Action = action, EntityType = type, EntityId = $"{action}-{monthsAgo}", At = now.AddMonths(-monthsAgo).AddDays(-1) };
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.AuditEntries.AddRange(Entry(AuditActions.Read, 7), Entry(AuditActions.Read, 5), Entry(AuditActions.Exported, 6),
                Entry(AuditActions.Refused, 12), Entry(AuditActions.Updated, 36));
            await db.SaveChangesAsync();
        }

        Assert.True(await app.Services.GetRequiredService<JournalRetention>().PurgeAsync(6) >= 3);

        await using var check = await factory.CreateDbContextAsync();
        var kept = await check.AuditEntries.Where(e => e.EntityType == type).Select(e => e.EntityId).ToListAsync();
        Assert.Equal(["Read-5", "Updated-36"], kept.Order(StringComparer.Ordinal));
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
