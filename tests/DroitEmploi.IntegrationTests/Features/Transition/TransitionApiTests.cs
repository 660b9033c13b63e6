using System.Net;
using DroitEmploi.Core.Features.Access;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Core.Features.Transition;
using DroitEmploi.IntegrationTests.Features.People;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Transition;

public abstract class TransitionApiTests(AppFactory app)
{
    private const string Hainaut = "CTE du Hainaut (démo)";

    [Fact]
    public async Task Each_role_sees_the_cte_its_scope_allows_the_holder_only_their_own_rte()
    {
        var cteId = await Demo.OrganisationIdAsync(app, Hainaut);

        using var coordination = await app.ClientForAsync(CteCoordination);
        var cte = Assert.Single(await (await coordination.GetAsync("/api/v1/ctes")).OkAsync<List<CteView>>(), c => c.CanManage);
        Assert.Equal((cteId, "le Sou du Hainaut (démo)"), (cte.Id, cte.LocalCurrency));
        var members = await (await coordination.GetAsync($"/api/v1/ctes/{cteId}/members")).OkAsync<List<CteMemberView>>();
        Assert.True(members.Count >= 14);
        Assert.Equal(4, members.Select(m => m.Category).Distinct().Count());
        var julien = Assert.Single(members, m => m.AccountEmail == RteHolder);
        Assert.NotNull(julien.PersonId);
        var firms = await (await coordination.GetAsync($"/api/v1/ctes/{cteId}/members?category=Firms&search=cycles")).OkAsync<List<CteMemberView>>();
        Assert.Equal("Cycles du Hainaut SARL (démo)", Assert.Single(firms).Name);

        var grants = await (await coordination.GetAsync($"/api/v1/ctes/{cteId}/grants")).OkAsync<List<RteGrantView>>();
        Assert.Equal(6, grants.Select(g => g.MemberId).Distinct().Count());
        var paidInLocalCurrency = Assert.Single(grants, g => g.LocalCurrencyShare > 0);
        Assert.Equal((julien.Id, 1, 0.85m), (paidInLocalCurrency.MemberId, paidInLocalCurrency.GridNumber, paidInLocalCurrency.LocalCurrencyShare));
        Assert.Contains(grants, g => g.RsaHoursPerYear == 300);
        Assert.Contains(grants, g => g.EndReason == "Création d'entreprise");
        var grids = await (await coordination.GetAsync($"/api/v1/ctes/{cteId}/grids")).OkAsync<List<RteGridView>>();
        Assert.Equal([2, 1], grids.Select(g => g.Number));
        Assert.True(grids[0].InForceToday);

        // The current month is not paid yet: the lines due split Julien's RTE between the local currency and euros, exactly.
        var due = await (await coordination.GetAsync($"/api/v1/ctes/{cteId}/payments")).OkAsync<PaymentRun>();
        Assert.False(due.Recorded);
        var julienLines = due.Lines.Where(l => l.GrantId == paidInLocalCurrency.Id).ToList();
        Assert.Equal(2, julienLines.Count);
        Assert.Equal(paidInLocalCurrency.MonthlyAmount, julienLines.Sum(l => l.Amount));
        Assert.Equal(due.Total, due.Euros + due.LocalCurrency);
        var pool = await (await coordination.GetAsync($"/api/v1/ctes/{cteId}/pool")).OkAsync<PoolStatement>();
        Assert.True(pool.Allocated <= pool.Resources);
        Assert.Equal(pool.Resources - pool.Allocated, pool.Available);
        var activities = await (await coordination.GetAsync($"/api/v1/ctes/{cteId}/activities")).OkAsync<List<CteActivityView>>();
        var shop = Assert.Single(activities, a => a.SpunOffOn is not null);
        Assert.Equal("732829320", shop.Siren);
        Assert.NotNull(Assert.Single(shop.FollowUps, f => f.Milestone == 6).Recorded);

        // The holder reads their own RTE and nothing of the others'.
        using var holder = await app.ClientForAsync(RteHolder);
        var mine = await (await holder.GetAsync("/api/v1/me/rte")).OkAsync<HolderView>();
        Assert.Equal((julien.Id, 2), (mine.MemberId, mine.Grants.Count));
        Assert.True(mine.ThisMonthLocalCurrency > 0);
        Assert.Equal(mine.ThisMonth, mine.ThisMonthLocalCurrency + mine.ThisMonthEuros);
        Assert.True(mine.MonthsLeft > 0);
        Assert.NotEmpty(mine.LastPayments);
        Assert.All(mine.LastPayments, p => Assert.Equal(julien.Id, p.MemberId));
        await (await holder.GetAsync($"/api/v1/ctes/{cteId}/members")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await holder.GetAsync($"/api/v1/ctes/{cteId}/grants")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await holder.GetAsync($"/api/v1/ctes/{cteId}/payments")).ProblemAsync(HttpStatusCode.Forbidden);

        // CLE members and funders read the CTE and its pool, never who its holders are; another territory does not see it.
        foreach (var reader in new[] { ValenciennesMember, Funder })
        {
            using var client = await app.ClientForAsync(reader);
            Assert.False((await (await client.GetAsync($"/api/v1/ctes/{cteId}")).OkAsync<CteView>()).CanManage);
            Assert.Equal(pool.Resources, (await (await client.GetAsync($"/api/v1/ctes/{cteId}/pool")).OkAsync<PoolStatement>()).Resources);
            await (await client.GetAsync($"/api/v1/ctes/{cteId}/members")).ProblemAsync(HttpStatusCode.Forbidden);
            Assert.All(await (await client.GetAsync($"/api/v1/ctes/{cteId}/activities")).OkAsync<List<CteActivityView>>(), a => Assert.Null(a.Holder));
        }
        using var lille = await app.ClientForAsync(LilleTeam);
        await (await lille.GetAsync($"/api/v1/ctes/{cteId}")).ProblemAsync(HttpStatusCode.NotFound);
        using var cooperant = await app.ClientForAsync(ServicesPourTousCooperant);
        await (await cooperant.GetAsync($"/api/v1/ctes/{cteId}/pool")).ProblemAsync(HttpStatusCode.NotFound);
        using var director = await app.ClientForAsync(BarakajobsManagement);
        await (await director.GetAsync("/api/v1/me/rte")).ProblemAsync(HttpStatusCode.NotFound);
        await (await director.PostJsonAsync($"/api/v1/ctes/{cteId}/pool/resources", new PoolResourceInput { On = app.Today, Source = "x", Amount = 1m }))
            .ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_ebe_employee_tries_an_rte_only_once_her_contract_is_suspended()
    {
        var cteId = await Demo.OrganisationIdAsync(app, Hainaut);
        using var coordination = await app.ClientForAsync(CteCoordination);
        var members = await (await coordination.GetAsync($"/api/v1/ctes/{cteId}/members")).OkAsync<List<CteMemberView>>();
        var grants = await (await coordination.GetAsync($"/api/v1/ctes/{cteId}/grants")).OkAsync<List<RteGrantView>>();
        // The demo employee of La Barakajobs tries composting on a suspended contract.
        Assert.Contains(grants, g => g.Activity == "Compostage de quartier" && g.Months == 6);

        using var director = await app.ClientForAsync(BarakajobsManagement);
        var barakajobs = await Demo.OrganisationIdAsync(app, "La Barakajobs");
        var linked = members.Where(m => m.PersonId is not null).Select(m => m.PersonId).ToHashSet();
        var contracts = await (await director.GetAsync($"/api/v1/organisations/{barakajobs}/contracts")).OkAsync<List<Core.Features.Employment.ContractSummary>>();
        var working = contracts.First(c => c.PersonId is not null && c.ExitDate is null && !c.SuspendedToday && !linked.Contains(c.PersonId));
        var member = await (await coordination.PostJsonAsync($"/api/v1/ctes/{cteId}/members",
            new CteMemberInput { PersonId = working.PersonId, Category = MemberCategory.Inhabitants, JoinedOn = app.Today.AddMonths(-1) })).OkAsync<CteMemberView>(HttpStatusCode.Created);
        var refused = await (await coordination.PostJsonAsync($"/api/v1/ctes/{cteId}/grants", new RteGrantInput
        {
            MemberId = member.Id,
            StartsOn = app.Today,
            Months = 3,
            Household = Household.Alone,
            OtherMonthlyIncome = 900m,
            DecidedOn = app.Today,
            Decision = "Conseil coopératif",
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("suspendu", refused.GetProperty("errors").GetProperty("memberId")[0].GetString());
    }

    [Fact]
    public async Task A_cte_records_members_a_grid_grants_and_pays_each_month_once_within_its_pool()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var admin = scenario.Admin;
        var organisation = await (await admin.PostJsonAsync("/api/v1/organisations", new OrganisationInput
        {
            Name = $"CTE d'essai {Guid.NewGuid():N}",
            Kind = OrganisationKind.TransitionCooperative,
            Territories = [new TerritoryLinkInput { TerritoryId = scenario.TerritoryId, Role = TerritoryRole.Cooperative }],
        })).OkAsync<OrganisationDetails>(HttpStatusCode.Created);
        var cteId = organisation.Id;
        await (await admin.PostJsonAsync("/api/v1/ctes", new CteInput { OrganisationId = scenario.EmploymentCompanyId })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.PostJsonAsync("/api/v1/ctes", new CteInput { OrganisationId = cteId, LocalCurrency = "l'Abeille" })).OkAsync<CteView>(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/ctes", new CteInput { OrganisationId = cteId })).ProblemAsync(HttpStatusCode.Conflict);
        var badGrid = await (await admin.PostJsonAsync($"/api/v1/ctes/{cteId}/grids", new RteGridInput { ValidFrom = new DateOnly(2026, 1, 1), Source = "AG" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(badGrid.GetProperty("errors").TryGetProperty("rows", out _));
        var grid = new RteGridInput
        {
            ValidFrom = new DateOnly(2026, 1, 1),
            Rows = [new RteGridRowInput { Household = Household.Alone, MonthlyAmount = 865m }],
            Criteria = [new UrgencyCriterionInput { Code = "SOL", Label = "Sols vivants", MonthlySupplement = 35m }],
            InvestmentCeiling = 3_000m,
            PoolContributionRate = 0.1m,
            RsaHoursCap = 300,
            Source = "Assemblée générale du 10 janvier 2026",
        };
        Assert.Equal(1, (await (await admin.PostJsonAsync($"/api/v1/ctes/{cteId}/grids", grid)).OkAsync<RteGridView>(HttpStatusCode.Created)).Number);

        // A volunteer oriented to an RTE becomes a member to be of the CTE, linked to the registry.
        var person = await scenario.RegisterEligibleAsync("Vélo", new DateOnly(2024, 2, 3));
        await (await admin.PostJsonAsync($"/api/v1/people/{person.Id}/path",
            new PathChangeInput { To = PathState.Oriented, Orientation = Orientation.Rte, CteId = cteId, Reason = "Projet de réparation de vélos" })).OkAsync<PersonDetails>();
        var oriented = Assert.Single(await (await admin.GetAsync($"/api/v1/ctes/{cteId}/members")).OkAsync<List<CteMemberView>>());
        Assert.Equal(("Camille Vélo", (DateOnly?)null, person.Id), (oriented.Name, oriented.JoinedOn, oriented.PersonId));

        var grant = new RteGrantInput
        {
            MemberId = oriented.Id,
            StartsOn = new DateOnly(2026, 2, 1),
            Months = 12,
            Household = Household.Alone,
            OtherMonthlyIncome = 200m,
            Criteria = ["sol"],
            LocalCurrencyShare = 0.85m,
            RsaHoursPerYear = 301,
            DecidedOn = new DateOnly(2026, 1, 20),
            Decision = "Conseil coopératif du 20 janvier 2026",
        };
        var notMember = await (await admin.PostJsonAsync($"/api/v1/ctes/{cteId}/grants", grant)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("sociétaire", notMember.GetProperty("errors").GetProperty("memberId")[0].GetString());
        var email = InvitedAccounts.NewEmail();
        using var holder = await InvitedAccounts.InviteAndLogInAsync(app, admin, new InvitationInput { Email = email, DisplayName = "Camille", Role = Role.RteHolder, OrganisationId = cteId });
        var joined = await (await admin.PutJsonAsync($"/api/v1/cte-members/{oriented.Id}",
            new CteMemberInput { PersonId = person.Id, JoinedOn = new DateOnly(2026, 1, 15), AccountEmail = email, Version = oriented.Version })).OkAsync<CteMemberView>();
        Assert.Equal(email, joined.AccountEmail);
        var overCap = await (await admin.PostJsonAsync($"/api/v1/ctes/{cteId}/grants", grant)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("300 heures", overCap.GetProperty("errors").GetProperty("rsaHoursPerYear")[0].GetString());
        grant.RsaHoursPerYear = 300;
        var decided = await (await admin.PostJsonAsync($"/api/v1/ctes/{cteId}/grants", grant)).OkAsync<RteGrantView>(HttpStatusCode.Created);
        Assert.Equal((900m, 1), (decided.MonthlyAmount, decided.GridNumber));
        // The RTE is part of the person's own data.
        var export = await (await admin.GetAsync($"/api/v1/people/{person.Id}/export")).OkAsync<PersonalDataExport>();
        Assert.Equal((organisation.Name, 900m), (Assert.Single(export.RteGrants!).Cte, export.RteGrants![0].MonthlyAmount));
        Assert.Contains("Revenu de transition écologique", await PdfText.ReadAsync(await admin.GetAsync($"/api/v1/people/{person.Id}/export.pdf")));

        // February is paid only once the pool holds enough; then its two lines add up to 900 €; a second payment is refused.
        var february = new PaymentMonthInput { Month = new DateOnly(2026, 2, 1) };
        var empty = await (await admin.PostJsonAsync($"/api/v1/ctes/{cteId}/payments", february)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("mise en commun", empty.GetProperty("detail").GetString());
        await (await admin.PostJsonAsync($"/api/v1/ctes/{cteId}/pool/resources",
            new PoolResourceInput { On = new DateOnly(2026, 1, 31), Kind = PoolResourceKind.FoundationGrant, Source = "Fondation", Amount = 1_500m })).OkAsync<PoolStatement>(HttpStatusCode.Created);
        var paid = await (await admin.PostJsonAsync($"/api/v1/ctes/{cteId}/payments", february)).OkAsync<PaymentRun>();
        Assert.True(paid.Recorded);
        Assert.Equal((765m, 135m, 900m), (paid.LocalCurrency, paid.Euros, paid.Total));
        await (await admin.PostJsonAsync($"/api/v1/ctes/{cteId}/payments", february)).ProblemAsync(HttpStatusCode.Conflict);
        var march = await (await admin.PostJsonAsync($"/api/v1/ctes/{cteId}/payments", new PaymentMonthInput { Month = new DateOnly(2026, 3, 1) })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("600,00", march.GetProperty("detail").GetString()!.Replace('\u202f', ' '));
        await (await admin.PostJsonAsync($"/api/v1/ctes/{cteId}/payments", new PaymentMonthInput { Month = app.Today.AddMonths(1) })).ProblemAsync(HttpStatusCode.BadRequest);
        var file = await admin.GetAsync($"/api/v1/ctes/{cteId}/payments/export?month=2026-02-01");
        var csv = await file.Content.ReadAsStringAsync();
        Assert.Contains("Camille Vélo;Complément de revenu;l'Abeille;765", csv);

        // A new grid never changes the grant decided with the first.
        grid.ValidFrom = new DateOnly(2026, 3, 1);
        grid.Rows[0].MonthlyAmount = 950m;
        Assert.Equal(2, (await (await admin.PostJsonAsync($"/api/v1/ctes/{cteId}/grids", grid)).OkAsync<RteGridView>(HttpStatusCode.Created)).Number);
        var kept = Assert.Single(await (await admin.GetAsync($"/api/v1/ctes/{cteId}/grants")).OkAsync<List<RteGrantView>>());
        Assert.Equal((900m, 1, 900m), (kept.MonthlyAmount, kept.GridNumber, kept.Paid));

        // The holder sees it on the phone, then asks to join the EBE: back on the waiting list with the original candidacy date.
        var mine = await (await holder.GetAsync("/api/v1/me/rte")).OkAsync<HolderView>();
        Assert.Equal((900m, 765m, true), (mine.ThisMonth, mine.ThisMonthLocalCurrency, mine.CanJoinWaitingList));
        var after = await (await holder.PostAsync("/api/v1/me/rte/waiting-list", null)).OkAsync<HolderView>();
        Assert.False(after.CanJoinWaitingList);
        var entry = Assert.Single((await scenario.WaitingListAsync()).Entries.Items, e => e.PersonId == person.Id);
        Assert.Equal(new DateOnly(2024, 2, 3), entry.CandidacyDate);
        await (await holder.PostAsync("/api/v1/me/rte/waiting-list", null)).ProblemAsync(HttpStatusCode.Conflict);
        await (await holder.GetAsync($"/api/v1/ctes/{cteId}/grants")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await holder.PostJsonAsync($"/api/v1/rte-grants/{kept.Id}/end", new GrantEndInput { On = new DateOnly(2026, 3, 31), Reason = GrantEndReason.Job })).ProblemAsync(HttpStatusCode.Forbidden);

        // The grant ends early for a job; never before a month already paid.
        var beforePaid = await (await admin.PostJsonAsync($"/api/v1/rte-grants/{kept.Id}/end", new GrantEndInput { On = new DateOnly(2026, 1, 31), Reason = GrantEndReason.Job }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(beforePaid.GetProperty("errors").TryGetProperty("on", out _));
        var ended = await (await admin.PostJsonAsync($"/api/v1/rte-grants/{kept.Id}/end",
            new GrantEndInput { On = new DateOnly(2026, 3, 31), Reason = GrantEndReason.BackToEmploymentCompany, Version = kept.Version })).OkAsync<RteGrantView>();
        Assert.Equal(("Retour ou entrée dans une EBE", 1), (ended.EndReason, ended.MonthsLeft));

        await (await admin.GetAsync($"/api/v1/ctes/{cteId}/pool?year=1500")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_profitable_activity_feeds_the_pool_then_spins_off_with_its_siren_and_is_followed_up()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var admin = scenario.Admin;
        var organisation = await (await admin.PostJsonAsync("/api/v1/organisations", new OrganisationInput
        {
            Name = $"CTE d'essai {Guid.NewGuid():N}",
            Kind = OrganisationKind.Cae,
            Territories = [new TerritoryLinkInput { TerritoryId = scenario.TerritoryId, Role = TerritoryRole.Cooperative }],
        })).OkAsync<OrganisationDetails>(HttpStatusCode.Created);
        var cteId = organisation.Id;
        var created = await (await admin.PostJsonAsync("/api/v1/ctes", new CteInput { OrganisationId = cteId })).OkAsync<CteView>(HttpStatusCode.Created);
        var described = await (await admin.PutJsonAsync($"/api/v1/ctes/{cteId}", new CteInput { LocalCurrency = "la Lucioles", Version = created.Version })).OkAsync<CteView>();
        Assert.Equal("la Lucioles", described.LocalCurrency);
        await (await admin.PutJsonAsync($"/api/v1/ctes/{cteId}", new CteInput { LocalCurrency = "le Sol", Version = created.Version })).ProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PostJsonAsync($"/api/v1/ctes/{cteId}/grids", new RteGridInput
        {
            ValidFrom = new DateOnly(2025, 1, 1),
            Rows = [new RteGridRowInput { Household = Household.Alone, MonthlyAmount = 500m }],
            PoolContributionRate = 0.2m,
            Source = "AG",
        })).OkAsync<RteGridView>(HttpStatusCode.Created);
        var noName = await (await admin.PostJsonAsync($"/api/v1/ctes/{cteId}/members", new CteMemberInput { Category = MemberCategory.Firms })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noName.GetProperty("errors").TryGetProperty("name", out _));
        var activity = await (await admin.PostJsonAsync($"/api/v1/ctes/{cteId}/activities",
            new CteActivityInput { Name = "Ressourcerie", StartedOn = new DateOnly(2025, 6, 1) })).OkAsync<CteActivityView>(HttpStatusCode.Created);
        await (await admin.PostJsonAsync($"/api/v1/cte-activities/{activity.Id}/results",
            new ActivityResultInput { Month = new DateOnly(2026, 1, 1), Turnover = 3_000m, Costs = 1_000m })).OkAsync<CteActivityView>();
        var pool = await (await admin.GetAsync($"/api/v1/ctes/{cteId}/pool?year=2026")).OkAsync<PoolStatement>();
        Assert.Equal(400m, pool.Contributions);

        var badSiren = await (await admin.PostJsonAsync($"/api/v1/cte-activities/{activity.Id}/spin-off", new SpinOffInput { On = new DateOnly(2026, 2, 1), Siren = "123456789" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(badSiren.GetProperty("errors").TryGetProperty("siren", out _));
        var spun = await (await admin.PostJsonAsync($"/api/v1/cte-activities/{activity.Id}/spin-off", new SpinOffInput { On = new DateOnly(2025, 9, 1), Siren = "732 829 320" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("résultats", spun.GetProperty("errors").GetProperty("on")[0].GetString());
        var spunOff = await (await admin.PostJsonAsync($"/api/v1/cte-activities/{activity.Id}/spin-off", new SpinOffInput { On = new DateOnly(2026, 2, 1), Siren = "732 829 320" }))
            .OkAsync<CteActivityView>();
        Assert.Equal(("732829320", new DateOnly(2026, 8, 1)), (spunOff.Siren, spunOff.FollowUps[0].DueOn));
        await (await admin.PostJsonAsync($"/api/v1/cte-activities/{activity.Id}/follow-ups", new FollowUpInput { Milestone = 6, On = app.Today, Jobs = 1 }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.PostJsonAsync($"/api/v1/cte-activities/{activity.Id}/spin-off", new SpinOffInput { On = new DateOnly(2026, 3, 1), Siren = "732829320" }))
            .ProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PostJsonAsync($"/api/v1/cte-activities/{activity.Id}/results",
            new ActivityResultInput { Month = new DateOnly(2026, 3, 1), Turnover = 3_000m, Costs = 1_000m })).ProblemAsync(HttpStatusCode.BadRequest);

        using var coordination = await app.ClientForAsync(CteCoordination);
        await (await coordination.GetAsync($"/api/v1/ctes/{cteId}/activities")).ProblemAsync(HttpStatusCode.NotFound);
        await (await coordination.PostJsonAsync($"/api/v1/cte-activities/{activity.Id}/follow-ups", new FollowUpInput { Milestone = 6, On = app.Today }))
            .ProblemAsync(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TransitionApiOnSqlite(SqliteApp app) : TransitionApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TransitionApiOnPostgres(PostgresApp app) : TransitionApiTests(app);
