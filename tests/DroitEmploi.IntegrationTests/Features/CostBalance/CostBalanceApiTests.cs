using System.Net;
using DroitEmploi.Core.Features.CostBalance;
using DroitEmploi.Core.Features.Directory;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Core.Features.People;
using DroitEmploi.Core.Features.Public;
using DroitEmploi.IntegrationTests.Features.People;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.CostBalance;

public abstract class CostBalanceApiTests(AppFactory app)
{
    [Fact]
    public async Task The_balance_counts_each_person_hired_by_the_support_recorded_before_and_sets_it_against_the_funding_paid()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        await HireAsync(scenario, "Rsa", IncomeSupport.Rsa, new DateOnly(2026, 1, 1), 35);
        await HireAsync(scenario, "Ass", IncomeSupport.Ass, new DateOnly(2026, 2, 1), 24);
        await (await scenario.Admin.PostJsonAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/contracts", new HireInput
        {
            IsSupervisoryNonPpde = true,
            StaffName = "Encadrante",
            StartDate = new DateOnly(2026, 1, 1),
            WeeklyHours = 35,
            HourlyWage = 15m,
        })).OkAsync<ContractDetails>(HttpStatusCode.Created);

        var balance = await (await scenario.Admin.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/cost-balance?year=2026")).OkAsync<TerritoryCostBalance>();

        // To 16 March: 75 days on RSA, 44 on ASS; the supervisor, not deprived of employment, avoided nothing.
        var f = balance.Figures;
        Assert.Equal((2026, new DateOnly(2026, 3, 16), false, 2), (balance.Year, balance.To, balance.YearComplete, f.People));
        var rsa = Assert.Single(f.Components, c => c.Key == "CostBalance.AvoidedBenefit.Rsa");
        Assert.Equal((Math.Round(75m / 365, 4), Math.Round(7_758.24m * 75 / 365, 2, MidpointRounding.AwayFromZero)), (rsa.PersonYears, rsa.Amount));
        Assert.Contains("RSA", rsa.Source, StringComparison.Ordinal);
        var services = Assert.Single(f.Components, c => c.Key == "CostBalance.EmploymentServices");
        Assert.Equal(Math.Round(119m / 365, 4), services.PersonYears);
        Assert.Equal(f.Components.Sum(c => c.Amount), f.Views[1].Avoided);
        Assert.All(f.Views, v => Assert.Equal(f.PublicCost.Total - v.Avoided, v.NetPublicCost));
        Assert.True(f.Views[0].Avoided < f.Views[2].Avoided);

        // The public cost is what the funding statement owes for January to March; no seed grant before 31 December.
        var statement = await (await scenario.Admin.GetAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/funding?year=2026")).OkAsync<FundingStatement>();
        Assert.InRange(f.PublicCost.State - statement.Months.Take(3).Sum(m => m.StateAmount), -0.02m, 0.02m);
        Assert.InRange(f.PublicCost.Department - statement.Months.Take(3).Sum(m => m.DepartmentAmount), -0.02m, 0.02m);
        Assert.Equal(0m, f.PublicCost.SeedGrant);

        // A year before anybody was hired is a balance of zero; a year to come or before the experiment is refused.
        var before = await (await scenario.Admin.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/cost-balance?year=2025")).OkAsync<TerritoryCostBalance>();
        Assert.Equal((0, 0m, true), (before.Figures.People, before.Figures.PublicCost.Total, before.YearComplete));
        var future = await (await scenario.Admin.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/cost-balance?year=2030")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(future.GetProperty("errors").TryGetProperty("year", out _));
        await (await scenario.Admin.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/cost-balance?year=deux-mille")).ProblemAsync(HttpStatusCode.BadRequest);

        var csv = await (await scenario.Admin.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/cost-balance/export?year=2026")).Content.ReadAsStringAsync();
        Assert.Contains("Coûts évités, vue centrale", csv, StringComparison.Ordinal);
        Assert.Contains("ATD Quart Monde", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cle_team_writes_its_own_amounts_with_their_source_and_the_others_read()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        await HireAsync(scenario, "Hypothese", IncomeSupport.None, new DateOnly(2026, 1, 1), 35);
        var url = $"/api/v1/territories/{scenario.TerritoryId}/cost-balance";
        var national = await (await scenario.Admin.GetAsync(url)).OkAsync<TerritoryCostBalance>();
        Assert.True(national.CanEditAssumptions);

        var unsourced = await (await scenario.Admin.PutJsonAsync($"{url}/assumptions", new CostBalanceAssumptionsInput { Health = 900m }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(unsourced.GetProperty("errors").TryGetProperty("source", out _));
        var negative = await (await scenario.Admin.PutJsonAsync($"{url}/assumptions", new CostBalanceAssumptionsInput { Health = -1m, Source = "x" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(negative.GetProperty("errors").TryGetProperty("health", out _));

        var local = await (await scenario.Admin.PutJsonAsync($"{url}/assumptions",
            new CostBalanceAssumptionsInput { Health = 900m, Source = "Observatoire régional de la santé, 2025" })).OkAsync<TerritoryCostBalance>();
        var health = Assert.Single(local.Figures.Components, c => c.Key == "CostBalance.Health");
        Assert.Equal((900m, "Hypothèse de l'équipe projet du CLE : Observatoire régional de la santé, 2025"), (health.PerPersonYear, health.Source));
        Assert.True(local.Figures.Views[1].Avoided < national.Figures.Views[1].Avoided);
        await (await scenario.Admin.PutJsonAsync($"{url}/assumptions",
            new CostBalanceAssumptionsInput { Health = 800m, Source = "x", Version = local.Assumptions.Version - 1 })).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Members_and_funders_read_the_balance_only_the_team_writes_and_other_territories_see_nothing()
    {
        var valenciennes = await Demo.TerritoryIdAsync(app, Demo.Valenciennes);
        var url = $"/api/v1/territories/{valenciennes}/cost-balance";
        using var member = await app.ClientForAsync(ValenciennesMember);
        var balance = await (await member.GetAsync(url)).OkAsync<TerritoryCostBalance>();
        Assert.True(balance.Figures.People > 0);
        Assert.True(balance.Figures.PublicCost.Total > 0);
        Assert.False(balance.CanEditAssumptions);
        await (await member.PutJsonAsync($"{url}/assumptions", new CostBalanceAssumptionsInput { Health = 1m, Source = "x" })).ProblemAsync(HttpStatusCode.Forbidden);
        using var funder = await app.ClientForAsync(Funder);
        Assert.Equal(balance.Figures.Views[1].Avoided, (await (await funder.GetAsync(url)).OkAsync<TerritoryCostBalance>()).Figures.Views[1].Avoided);
        using var team = await app.ClientForAsync(ValenciennesTeam);
        Assert.True((await (await team.GetAsync(url)).OkAsync<TerritoryCostBalance>()).CanEditAssumptions);
        foreach (var outsider in new[] { LilleTeam, BarakajobsEmployee })
        {
            using var client = await app.ClientForAsync(outsider);
            await (await client.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
            await (await client.PutJsonAsync($"{url}/assumptions", new CostBalanceAssumptionsInput())).ProblemAsync(HttpStatusCode.NotFound);
        }
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task The_public_page_shows_the_balance_only_when_three_organisations_make_it_up()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        await HireAsync(scenario, "Publique", IncomeSupport.Rsa, new DateOnly(2026, 1, 1), 35);
        using var anonymous = app.CreateClient();
        var figures = await (await anonymous.GetAsync($"/api/v1/public/territories/{scenario.TerritoryId}/figures")).OkAsync<PublicTerritoryFigures>();
        Assert.Equal(4, figures.CostBalance.Count);
        Assert.All(figures.CostBalance, a => Assert.Null(a.Amount));

        foreach (var name in new[] { "Deuxième", "Troisième" })
        {
            await (await scenario.Admin.PostJsonAsync("/api/v1/organisations", new OrganisationInput
            {
                Name = $"EBE {name} {Guid.NewGuid():N}",
                Kind = OrganisationKind.EmploymentCompany,
                Territories = [new TerritoryLinkInput { TerritoryId = scenario.TerritoryId, Role = TerritoryRole.EmploymentCompany }],
            })).OkAsync<OrganisationDetails>(HttpStatusCode.Created);
        }
        var published = await (await anonymous.GetAsync($"/api/v1/public/territories/{scenario.TerritoryId}/figures")).OkAsync<PublicTerritoryFigures>();
        var balance = await (await scenario.Admin.GetAsync($"/api/v1/territories/{scenario.TerritoryId}/cost-balance")).OkAsync<TerritoryCostBalance>();
        Assert.Equal(
            [balance.Figures.PublicCost.Total, .. balance.Figures.Views.Select(v => v.Avoided)],
            published.CostBalance.Select(a => a.Amount!.Value));
    }

    private static async Task HireAsync(RegistryScenario scenario, string name, IncomeSupport support, DateOnly start, decimal hours)
    {
        var person = await scenario.RegisterEligibleAsync(name, new DateOnly(2024, 1, 1), support);
        var proposal = await (await scenario.Admin.PostJsonAsync($"/api/v1/territories/{scenario.TerritoryId}/proposals",
            new ProposalInput { PersonId = person.Id, OrganisationId = scenario.EmploymentCompanyId })).OkAsync<ProposalView>(HttpStatusCode.Created);
        await (await scenario.Admin.PostJsonAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/contracts",
            new HireInput { ProposalId = proposal.Id, StartDate = start, WeeklyHours = hours })).OkAsync<ContractDetails>(HttpStatusCode.Created);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CostBalanceApiOnSqlite(SqliteApp app) : CostBalanceApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CostBalanceApiOnPostgres(PostgresApp app) : CostBalanceApiTests(app);
