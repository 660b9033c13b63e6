using System.Net;
using DroitEmploi.Core.Features.Cooperatives;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.People;
using DroitEmploi.IntegrationTests.Features.People;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Cooperatives;

public abstract class KpaApiTests(AppFactory app)
{
    private const string ServicesPourTous = "KPA Services pour tous";
    private const string LaCape = "KPA La Cape (démo)";

    [Fact]
    public async Task Each_role_sees_the_kpa_and_cooperants_its_scope_allows_and_nothing_more()
    {
        var servicesPourTous = await Demo.OrganisationIdAsync(app, ServicesPourTous);
        var laCape = await Demo.OrganisationIdAsync(app, LaCape);

        using var coordination = await app.ClientForAsync(KpaCoordination);
        var mine = await (await coordination.GetAsync("/api/v1/kpas")).OkAsync<List<KpaView>>();
        // The coordination reads the profiles of the KPA of its territory, and manages only its own.
        var kpa = Assert.Single(mine, k => k.CanManageCooperants);
        Assert.DoesNotContain(mine, k => k.Id == laCape);
        Assert.Equal((servicesPourTous, "Optéos", "Espace socioculturel intercommunal Le Phare"), (kpa.Id, kpa.Portage?.Name, kpa.Carrier?.Name));
        Assert.True(kpa.CanManageCooperants);
        var cooperants = await (await coordination.GetAsync($"/api/v1/kpas/{servicesPourTous}/cooperants")).OkAsync<List<CooperantSummary>>();
        Assert.InRange(cooperants.Count, 14, 16);
        Assert.Contains(cooperants, c => c.LastExitReason == ExitReason.Job);
        Assert.Contains(cooperants, c => c.LastExitReason == ExitReason.EmploymentCompany);
        Assert.Equal(cooperants.Count(c => c.Present), kpa.Figures.Present);
        var found = await (await coordination.GetAsync($"/api/v1/kpas/{servicesPourTous}/cooperants?search=benali%20TONTE")).OkAsync<List<CooperantSummary>>();
        var malik = Assert.Single(found);
        await (await coordination.GetAsync($"/api/v1/kpas/{laCape}/cooperants")).ProblemAsync(HttpStatusCode.NotFound);
        await (await coordination.GetAsync($"/api/v1/kpas/{laCape}")).ProblemAsync(HttpStatusCode.NotFound);

        // The CAE reads the three KPA it carries and their cooperants, and records nothing of their journeys.
        using var portage = await app.ClientForAsync(OpteosPortage);
        var carried = await (await portage.GetAsync("/api/v1/kpas")).OkAsync<List<KpaView>>();
        Assert.Subset(carried.Select(k => k.Name).ToHashSet(), new HashSet<string> { ServicesPourTous, LaCape, "KPA Les Coopains à bord (démo)" });
        Assert.All(carried, k => Assert.True(k.CanSeeCooperants));
        Assert.NotEmpty(await (await portage.GetAsync($"/api/v1/kpas/{laCape}/cooperants")).OkAsync<List<CooperantSummary>>());
        await (await portage.PostJsonAsync($"/api/v1/cooperants/{malik.Id}/steps", new JourneyStepInput { Kind = JourneyStepKind.Stage, On = new DateOnly(2026, 12, 1), Stage = JourneyStage.OpenOut }))
            .ProblemAsync(HttpStatusCode.Forbidden);

        // The cooperant reads his own record, and no one else's.
        using var cooperant = await app.ClientForAsync(ServicesPourTousCooperant);
        var me = await (await cooperant.GetAsync("/api/v1/me/cooperant")).OkAsync<CooperantDetails>();
        Assert.Equal((malik.Id, CooperantContractKind.Cape), (me.Id, me.Situation.Contract));
        Assert.Equal(12, me.Situation.CapeMonthsLeft);
        Assert.False(me.CanManage);
        Assert.Equal(me.Id, (await (await cooperant.GetAsync($"/api/v1/cooperants/{me.Id}")).OkAsync<CooperantDetails>()).Id);
        var other = cooperants.First(c => c.Id != me.Id);
        await (await cooperant.GetAsync($"/api/v1/cooperants/{other.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await cooperant.GetAsync($"/api/v1/kpas/{servicesPourTous}/cooperants")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await cooperant.PostJsonAsync($"/api/v1/cooperants/{me.Id}/steps", new JourneyStepInput { Kind = JourneyStepKind.Exit, On = new DateOnly(2026, 12, 1), ExitReason = ExitReason.Job }))
            .ProblemAsync(HttpStatusCode.Forbidden);

        // CLE members and funders read figures that name nobody; another territory's team does not see the KPA.
        foreach (var reader in new[] { ValenciennesMember, Funder })
        {
            using var client = await app.ClientForAsync(reader);
            var view = await (await client.GetAsync($"/api/v1/kpas/{servicesPourTous}")).OkAsync<KpaView>();
            Assert.Equal(kpa.Figures.Present, view.Figures.Present);
            Assert.False(view.CanSeeCooperants);
            await (await client.GetAsync($"/api/v1/kpas/{servicesPourTous}/cooperants")).ProblemAsync(HttpStatusCode.Forbidden);
            await (await client.GetAsync($"/api/v1/cooperants/{malik.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        }
        using var lille = await app.ClientForAsync(LilleTeam);
        await (await lille.GetAsync($"/api/v1/kpas/{servicesPourTous}")).ProblemAsync(HttpStatusCode.NotFound);
        using var director = await app.ClientForAsync(BarakajobsManagement);
        await (await director.GetAsync($"/api/v1/cooperants/{malik.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await director.GetAsync("/api/v1/me/cooperant")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_referent_is_reminded_of_a_contract_ending_soon_until_a_renewal_is_recorded()
    {
        using var portage = await app.ClientForAsync(OpteosPortage);
        var reminders = await (await portage.GetAsync("/api/v1/kpa-reminders")).OkAsync<List<ContractEnding>>();
        var ending = Assert.Single(reminders, r => r.Name == "Jordan Petit (démo)");
        Assert.Equal(ServicesPourTous, ending.KpaName);
        Assert.True(ending.EndsOn <= app.Today.AddDays(30));

        using var coordination = await app.ClientForAsync(KpaCoordination);
        Assert.Contains(await (await coordination.GetAsync("/api/v1/kpa-reminders")).OkAsync<List<ContractEnding>>(), r => r.CooperantId == ending.CooperantId);
        using var cooperant = await app.ClientForAsync(ServicesPourTousCooperant);
        Assert.Empty(await (await cooperant.GetAsync("/api/v1/kpa-reminders")).OkAsync<List<ContractEnding>>());
    }

    [Fact]
    public async Task A_new_kpa_signs_up_a_cooperant_and_records_a_journey_within_its_limits()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        var opteos = await Demo.OrganisationIdAsync(app, "Optéos");
        using var admin = await app.ClientForAsync(Administrator);
        var unique = Guid.NewGuid().ToString("N")[..8];
        var organisation = await (await admin.PostJsonAsync("/api/v1/organisations", new OrganisationInput
        {
            Name = $"KPA Jeunesse {unique}",
            Kind = OrganisationKind.Kpa,
            PortageId = opteos,
            Territories = [new TerritoryLinkInput { TerritoryId = valenciennes, Role = TerritoryRole.Cooperative }],
        })).OkAsync<OrganisationDetails>(HttpStatusCode.Created);
        var association = await Demo.OrganisationIdAsync(app, "ACSRV — Association des centres sociaux et socioculturels de la région de Valenciennes");

        var notKpa = await (await admin.PostJsonAsync("/api/v1/kpas", new KpaInput { OrganisationId = association })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(notKpa.GetProperty("errors").TryGetProperty("organisationId", out _));
        var tooLong = await (await admin.PostJsonAsync("/api/v1/kpas", new KpaInput { OrganisationId = organisation.Id, LongestPathYears = 4 })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("longestPathYears", out _));
        var kpa = await (await admin.PostJsonAsync("/api/v1/kpas", new KpaInput { OrganisationId = organisation.Id, LongestPathYears = 1, Audience = KpaAudience.YouthOnly }))
            .OkAsync<KpaView>(HttpStatusCode.Created);
        Assert.Equal(("Optéos", 1), (kpa.Portage?.Name, kpa.LongestPathYears));
        await (await admin.PostJsonAsync("/api/v1/kpas", new KpaInput { OrganisationId = organisation.Id })).ProblemAsync(HttpStatusCode.Conflict);
        var stale = await (await admin.PutJsonAsync($"/api/v1/kpas/{kpa.Id}", new KpaInput { LongestPathYears = 2, Version = kpa.Version + 1 })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("modifié", stale.GetProperty("detail").GetString());

        var nameless = await (await admin.PostJsonAsync($"/api/v1/kpas/{kpa.Id}/cooperants", new CooperantInput { Referent = "Référente" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(nameless.GetProperty("errors").TryGetProperty("firstName", out _));
        Assert.True(nameless.GetProperty("errors").TryGetProperty("birthDate", out _));
        var created = await (await admin.PostJsonAsync($"/api/v1/kpas/{kpa.Id}/cooperants", new CooperantInput
        {
            FirstName = "Léa",
            LastName = $"Essai {unique}",
            BirthDate = new DateOnly(2008, 2, 1),
            Referent = "Référente",
            TradeName = "=HYPERLINK(\"x\")",
        })).OkAsync<CooperantDetails>(HttpStatusCode.Created);
        Assert.False(created.SignUpComplete);
        var steps = $"/api/v1/cooperants/{created.Id}/steps";

        var young = await (await admin.PostJsonAsync(steps, new JourneyStepInput { Kind = JourneyStepKind.Entry, On = new DateOnly(2024, 1, 1) })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("16 ans", young.GetProperty("errors").GetProperty("on")[0].GetString());
        await (await admin.PostJsonAsync(steps, new JourneyStepInput { Kind = JourneyStepKind.Entry, On = new DateOnly(2025, 9, 1) })).OkAsync<CooperantDetails>();
        var cape = new JourneyStepInput { Kind = JourneyStepKind.Contract, On = new DateOnly(2025, 9, 1), EndsOn = new DateOnly(2026, 2, 28), Contract = CooperantContractKind.Cape, ContractNumber = "CAPE-1" };
        var unsigned = await (await admin.PostJsonAsync(steps, cape)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("signé", unsigned.GetProperty("detail").GetString());
        foreach (var signer in Enum.GetValues<CapeSigner>())
        {
            await (await admin.PostJsonAsync($"/api/v1/cooperants/{created.Id}/signatures", new SignatureInput { Signer = signer, On = new DateOnly(2025, 8, 28) })).OkAsync<CooperantDetails>();
        }
        await (await admin.PostJsonAsync($"/api/v1/cooperants/{created.Id}/signatures", new SignatureInput { Signer = CapeSigner.Referent, On = new DateOnly(2025, 8, 29) }))
            .ProblemAsync(HttpStatusCode.Conflict);
        var noSigner = await (await admin.PostJsonAsync($"/api/v1/cooperants/{created.Id}/signatures", new SignatureInput { On = new DateOnly(2025, 8, 29) })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noSigner.GetProperty("errors").TryGetProperty("signer", out _));
        await (await admin.PostJsonAsync($"/api/v1/cooperants/{created.Id}/insurance", new SignatureInput { On = new DateOnly(2025, 8, 30) })).OkAsync<CooperantDetails>();

        var thirteen = await (await admin.PostJsonAsync(steps, new JourneyStepInput { Kind = JourneyStepKind.Contract, On = cape.On, EndsOn = new DateOnly(2026, 9, 1), Contract = CooperantContractKind.Cape }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("12 mois au plus", thirteen.GetProperty("errors").GetProperty("endsOn")[0].GetString());
        await (await admin.PostJsonAsync(steps, cape)).OkAsync<CooperantDetails>();
        var pastLimit = await (await admin.PostJsonAsync(steps, new JourneyStepInput { Kind = JourneyStepKind.Renewal, On = new DateOnly(2026, 2, 1), EndsOn = new DateOnly(2026, 12, 31) }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("limite le parcours à 1 an", pastLimit.GetProperty("errors").GetProperty("endsOn")[0].GetString());
        await (await admin.PostJsonAsync(steps, new JourneyStepInput { Kind = JourneyStepKind.Renewal, On = new DateOnly(2026, 2, 1), EndsOn = new DateOnly(2026, 8, 31) })).OkAsync<CooperantDetails>();
        var noReason = await (await admin.PostJsonAsync(steps, new JourneyStepInput { Kind = JourneyStepKind.Exit, On = new DateOnly(2026, 3, 31) })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("exitReason", out _));
        var left = await (await admin.PostJsonAsync(steps, new JourneyStepInput { Kind = JourneyStepKind.Exit, On = new DateOnly(2026, 3, 31), ExitReason = ExitReason.Training }))
            .OkAsync<CooperantDetails>();
        Assert.Equal([JourneyStepKind.Entry, JourneyStepKind.Contract, JourneyStepKind.Renewal, JourneyStepKind.Exit], left.Steps.Select(s => s.Kind));

        // The situation at any date is replayed from the steps.
        var then = await (await admin.GetAsync($"/api/v1/cooperants/{created.Id}/situation?at=2026-01-15")).OkAsync<CooperantSituation>();
        Assert.Equal((true, "CAPE-1", new DateOnly(2026, 2, 28)), (then.Present, then.ContractNumber, then.ContractEndsOn));
        var after = await (await admin.GetAsync($"/api/v1/cooperants/{created.Id}/situation?at=2026-04-01")).OkAsync<CooperantSituation>();
        Assert.Equal((false, ExitReason.Training, 7), (after.Present, after.LastExitReason, after.CapeMonthsSigned));
        await (await admin.GetAsync($"/api/v1/cooperants/{created.Id}/situation?at=1800-01-01")).ProblemAsync(HttpStatusCode.BadRequest);

        // A stale form is a conflict; the trade name is kept as typed, formulas and all, for the invoices.
        var revised = await (await admin.PutJsonAsync($"/api/v1/cooperants/{created.Id}", new CooperantInput
        {
            FirstName = "Léa",
            LastName = $"Essai {unique}",
            BirthDate = new DateOnly(2008, 2, 1),
            Referent = "Autre référente",
            Version = left.Version,
        })).OkAsync<CooperantDetails>();
        Assert.Equal("Autre référente", revised.Referent);
        await (await admin.PutJsonAsync($"/api/v1/cooperants/{created.Id}", new CooperantInput
        {
            FirstName = "Léa",
            LastName = "X",
            BirthDate = new DateOnly(2008, 2, 1),
            Referent = "R",
            Version = left.Version,
        })).ProblemAsync(HttpStatusCode.Conflict);

        // The demo KPA's coordination does not see this KPA's cooperant.
        using var coordination = await app.ClientForAsync(KpaCoordination);
        await (await coordination.GetAsync($"/api/v1/cooperants/{created.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await coordination.PostJsonAsync($"/api/v1/kpas/{kpa.Id}/cooperants", new CooperantInput { FirstName = "A", LastName = "B", BirthDate = new DateOnly(2000, 1, 1), Referent = "R" }))
            .ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_cooperant_from_the_registry_joins_an_ebe_through_the_waiting_list_with_the_original_candidacy_date()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var admin = scenario.Admin;
        var kpa = await (await admin.PostJsonAsync("/api/v1/organisations", new OrganisationInput
        {
            Name = $"KPA d'essai {Guid.NewGuid():N}",
            Kind = OrganisationKind.Kpa,
            Territories = [new TerritoryLinkInput { TerritoryId = scenario.TerritoryId, Role = TerritoryRole.Cooperative }],
        })).OkAsync<OrganisationDetails>(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/kpas", new KpaInput { OrganisationId = kpa.Id })).OkAsync<KpaView>(HttpStatusCode.Created);
        var person = await scenario.RegisterEligibleAsync("Jardin", new DateOnly(2023, 10, 9));
        await (await admin.PostJsonAsync($"/api/v1/people/{person.Id}/path",
            new PathChangeInput { To = PathState.Oriented, Orientation = Orientation.Kpa, KpaId = kpa.Id, Reason = "Tester le maraîchage" })).OkAsync<PersonDetails>();
        Assert.DoesNotContain((await scenario.WaitingListAsync()).Entries.Items, e => e.PersonId == person.Id);
        var cooperant = Assert.Single(await (await admin.GetAsync($"/api/v1/kpas/{kpa.Id}/cooperants")).OkAsync<List<CooperantSummary>>());

        using var otherKpa = await app.ClientForAsync(KpaCoordination);
        await (await otherKpa.PostAsync($"/api/v1/cooperants/{cooperant.Id}/waiting-list", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PostAsync($"/api/v1/cooperants/{cooperant.Id}/waiting-list", null)).OkAsync<CooperantDetails>();

        var entry = Assert.Single((await scenario.WaitingListAsync()).Entries.Items, e => e.PersonId == person.Id);
        Assert.Equal(new DateOnly(2023, 10, 9), entry.CandidacyDate);
        await (await admin.PostAsync($"/api/v1/cooperants/{cooperant.Id}/waiting-list", null)).ProblemAsync(HttpStatusCode.Conflict);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class KpaApiOnSqlite(SqliteApp app) : KpaApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class KpaApiOnPostgres(PostgresApp app) : KpaApiTests(app);
