using System.Net;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Audit;
using DroitEmploi.Core.Features.Cooperatives;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.People;
using DroitEmploi.IntegrationTests.Features.People;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Cooperatives;

public abstract class AccompanimentApiTests(AppFactory app)
{
    [Fact]
    public async Task Notes_are_the_coordinations_only_each_read_journaled()
    {
        var kpa = await Demo.OrganisationIdAsync(app, "KPA Services pour tous");
        using var coordination = await app.ClientForAsync(KpaCoordination);
        var contributors = await (await coordination.GetAsync($"/api/v1/kpas/{kpa}/contributors")).OkAsync<List<ContributorView>>();
        Assert.Equal(["Antoine Delcourt", "Michèle Roussel"], contributors.Select(c => c.Name));
        Assert.All(contributors, c => Assert.True(c.Accompanied > 0));
        using var cooperant = await app.ClientForAsync(ServicesPourTousCooperant);
        var me = await (await cooperant.GetAsync("/api/v1/me/cooperant")).OkAsync<CooperantDetails>();

        var notes = await (await coordination.GetAsync($"/api/v1/cooperants/{me.Id}/notes")).OkAsync<List<AccompanimentNoteView>>();
        Assert.Contains(notes, n => n.Theme == NoteTheme.Rights);
        var written = await (await coordination.PostJsonAsync($"/api/v1/cooperants/{me.Id}/notes", new NoteInput { On = app.Today, Theme = NoteTheme.Health, Text = "Rendez-vous médical calé." }))
            .OkAsync<List<AccompanimentNoteView>>();
        Assert.Equal(notes.Count + 1, written.Count);
        var future = await (await coordination.PostJsonAsync($"/api/v1/cooperants/{me.Id}/notes", new NoteInput { On = app.Today.AddDays(3), Text = "x" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(future.GetProperty("errors").TryGetProperty("on", out _));
        var empty = await (await coordination.PostJsonAsync($"/api/v1/cooperants/{me.Id}/notes", new NoteInput { On = app.Today, Text = "" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(empty.GetProperty("errors").TryGetProperty("text", out _));

        // Neither the CAE, nor the cooperant's own screen, nor anyone else reads them.
        using var portage = await app.ClientForAsync(OpteosPortage);
        await (await portage.GetAsync($"/api/v1/cooperants/{me.Id}/notes")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await cooperant.GetAsync($"/api/v1/cooperants/{me.Id}/notes")).ProblemAsync(HttpStatusCode.Forbidden);
        using var member = await app.ClientForAsync(ValenciennesMember);
        await (await member.GetAsync($"/api/v1/cooperants/{me.Id}/notes")).ProblemAsync(HttpStatusCode.NotFound);
        await (await portage.PutJsonAsync($"/api/v1/cooperants/{me.Id}/accompaniment", new AccompanimentInput())).ProblemAsync(HttpStatusCode.Forbidden);

        using var admin = await app.ClientForAsync(Administrator);
        var journal = await (await admin.GetAsync($"/api/v1/audit?entityType=AccompanimentNote&entityId={me.Id}")).OkAsync<PagedResult<AuditEntryView>>();
        Assert.Contains(journal.Items, e => e.Action == AuditActions.Read && e.Actor == KpaCoordination);
    }

    [Fact]
    public async Task A_volunteer_oriented_to_a_kpa_is_linked_not_copied_and_anonymising_her_erases_her_notes()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var admin = scenario.Admin;
        var unique = Guid.NewGuid().ToString("N")[..8];
        var organisation = await (await admin.PostJsonAsync("/api/v1/organisations", new OrganisationInput
        {
            Name = $"KPA {unique}",
            Kind = OrganisationKind.Kpa,
            Territories = [new TerritoryLinkInput { TerritoryId = scenario.TerritoryId, Role = TerritoryRole.Cooperative }],
        })).OkAsync<OrganisationDetails>(HttpStatusCode.Created);
        var kpa = await (await admin.PostJsonAsync("/api/v1/kpas", new KpaInput { OrganisationId = organisation.Id })).OkAsync<KpaView>(HttpStatusCode.Created);
        var person = await scenario.RegisterAsync(RegistryScenario.Volunteer($"Orientée {unique}", new DateOnly(2025, 4, 1), "Samira"));

        // Not yet oriented to a KPA: refused.
        var notOriented = await (await admin.PostJsonAsync($"/api/v1/kpas/{kpa.Id}/cooperants", new CooperantInput { PersonId = person.Id, Referent = "Référente" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(notOriented.GetProperty("errors").TryGetProperty("personId", out _));
        await (await admin.PostJsonAsync($"/api/v1/people/{person.Id}/path", new PathChangeInput { To = PathState.Oriented, Orientation = Orientation.Kpa, Reason = "Projet de tonte avec le KPA" }))
            .OkAsync<PersonDetails>();
        var linked = await (await admin.PostJsonAsync($"/api/v1/kpas/{kpa.Id}/cooperants", new CooperantInput { PersonId = person.Id, Referent = "Référente", FirstName = "Ignoré" }))
            .OkAsync<CooperantDetails>(HttpStatusCode.Created);
        Assert.Equal((person.Id, "Samira", $"Orientée {unique}"), (linked.PersonId, linked.FirstName, linked.LastName));
        await (await admin.PostJsonAsync($"/api/v1/kpas/{kpa.Id}/cooperants", new CooperantInput { PersonId = person.Id, Referent = "Référente" })).ProblemAsync(HttpStatusCode.BadRequest);

        var contributor = await (await admin.PostJsonAsync($"/api/v1/kpas/{kpa.Id}/contributors", new ContributorInput { Name = "Bénévole", Kind = ContributorKind.Volunteer }))
            .OkAsync<ContributorView>(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutJsonAsync($"/api/v1/cooperants/{linked.Id}/accompaniment", new AccompanimentInput { ContributorId = contributor.Id })).StatusCode);
        await (await admin.PostJsonAsync($"/api/v1/cooperants/{linked.Id}/notes", new NoteInput { On = new DateOnly(2026, 1, 10), Theme = NoteTheme.Housing, Text = "Expulsion évitée de justesse", ContributorId = contributor.Id }))
            .OkAsync<List<AccompanimentNoteView>>();

        var export = await (await admin.GetAsync($"/api/v1/people/{person.Id}/export")).OkAsync<PersonalDataExport>();
        Assert.Contains(export.AccompanimentNotes!, n => n.Text == "Expulsion évitée de justesse");
        await (await admin.PostAsync($"/api/v1/people/{person.Id}/anonymise", null)).OkAsync<PersonDetails>();
        Assert.Empty(await (await admin.GetAsync($"/api/v1/cooperants/{linked.Id}/notes")).OkAsync<List<AccompanimentNoteView>>());
        var after = await (await admin.GetAsync($"/api/v1/cooperants/{linked.Id}")).OkAsync<CooperantDetails>();
        Assert.NotEqual("Samira", after.FirstName);
        var journal = await (await admin.GetAsync("/api/v1/audit?entityType=AccompanimentNote&pageSize=200")).OkAsync<PagedResult<AuditEntryView>>();
        Assert.DoesNotContain(journal.Items, e => e.Changes?.Contains("Expulsion", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Orienting_a_volunteer_to_a_kpa_creates_her_cooperant_record_there_linked_to_the_registry()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var admin = scenario.Admin;
        var unique = Guid.NewGuid().ToString("N")[..8];
        var organisation = await (await admin.PostJsonAsync("/api/v1/organisations", new OrganisationInput
        {
            Name = $"KPA orienté {unique}",
            Kind = OrganisationKind.Kpa,
            Territories = [new TerritoryLinkInput { TerritoryId = scenario.TerritoryId, Role = TerritoryRole.Cooperative }],
        })).OkAsync<OrganisationDetails>(HttpStatusCode.Created);
        var kpa = await (await admin.PostJsonAsync("/api/v1/kpas", new KpaInput { OrganisationId = organisation.Id })).OkAsync<KpaView>(HttpStatusCode.Created);
        var person = await scenario.RegisterAsync(RegistryScenario.Volunteer($"Orientation {unique}", new DateOnly(2025, 5, 1), "Inès"));
        var elsewhere = await Demo.OrganisationIdAsync(app, "KPA La Cape (démo)");
        var wrong = await (await admin.PostJsonAsync($"/api/v1/people/{person.Id}/path", new PathChangeInput { To = PathState.Oriented, Orientation = Orientation.Kpa, KpaId = elsewhere, Reason = "Projet" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(wrong.GetProperty("errors").TryGetProperty("kpaId", out _));
        await (await admin.PostJsonAsync($"/api/v1/people/{person.Id}/path", new PathChangeInput { To = PathState.Oriented, Orientation = Orientation.Kpa, KpaId = kpa.Id, Reason = "Projet de couture" }))
            .OkAsync<PersonDetails>();
        var cooperants = await (await admin.GetAsync($"/api/v1/kpas/{kpa.Id}/cooperants")).OkAsync<List<CooperantSummary>>();
        var created = Assert.Single(cooperants);
        Assert.True(created.LinkedToRegistry);
        Assert.Equal($"Inès Orientation {unique}", created.Name);
        Assert.Equal(Cooperant.ReferentToAppoint, created.Referent);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AccompanimentApiOnSqlite(SqliteApp app) : AccompanimentApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AccompanimentApiOnPostgres(PostgresApp app) : AccompanimentApiTests(app);
