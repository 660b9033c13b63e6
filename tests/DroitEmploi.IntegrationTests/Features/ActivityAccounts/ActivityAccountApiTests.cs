using System.Net;
using DroitEmploi.Core.Features.ActivityAccounts;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Core.Features.People;
using DroitEmploi.IntegrationTests.Features.People;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.ActivityAccounts;

public abstract class ActivityAccountApiTests(AppFactory app)
{
    [Fact]
    public async Task Purchases_labour_and_overheads_make_each_activitys_month_and_nothing_is_lost()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var person = await scenario.RegisterEligibleAsync("Comptes", new DateOnly(2024, 1, 1));
        var proposal = await (await scenario.Admin.PostJsonAsync($"/api/v1/territories/{scenario.TerritoryId}/proposals",
            new ProposalInput { PersonId = person.Id, OrganisationId = scenario.EmploymentCompanyId })).OkAsync<ProposalView>(HttpStatusCode.Created);
        await (await scenario.Admin.PostJsonAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/contracts", new HireInput
        {
            ProposalId = proposal.Id,
            StartDate = new DateOnly(2026, 1, 1),
            WeeklyHours = 35,
            HourlyWage = 14m,
            Activities = ["Conciergerie", "Repair café"],
        })).OkAsync<ContractDetails>(HttpStatusCode.Created);
        var url = $"/api/v1/organisations/{scenario.EmploymentCompanyId}";
        var budget = await (await scenario.Admin.GetAsync($"{url}/budget?year=2026")).OkAsync<BudgetView>();
        var concierge = budget.Activities.Single(a => a.Name == "Conciergerie").Id;

        await (await scenario.Admin.PostJsonAsync($"{url}/purchases", new PurchaseInput
        {
            Date = new DateOnly(2026, 2, 10),
            Supplier = "Droguerie du coin",
            Category = PurchaseCategory.Supplies,
            ActivityId = concierge,
            NetAmount = 300m,
            VatAmount = 60m,
        })).OkAsync<PurchaseView>(HttpStatusCode.Created);
        var structure = await (await scenario.Admin.PostJsonAsync($"{url}/purchases", new PurchaseInput
        {
            Date = new DateOnly(2026, 2, 12),
            Supplier = "Ferronnerie",
            Description = "Clés des locaux",
            Category = PurchaseCategory.Premises,
            NetAmount = 100m,
        })).OkAsync<PurchaseView>(HttpStatusCode.Created);

        var accounts = await (await scenario.Admin.GetAsync($"{url}/activity-accounts?year=2026")).OkAsync<Core.Features.ActivityAccounts.ActivityAccounts>();
        Assert.Equal(3, accounts.MonthsCounted);
        var february = accounts.Months[1].Activities;
        var line = february.Single(a => a.ActivityId == concierge);
        // 35 h over February's 28 days, 140 h at 14 €: 1,960 € in halves; the structure's 100 € in halves by the hours.
        Assert.Equal((300m, 980m, 50m, 70m), (line.DirectCosts, line.Labour, line.Overheads, line.Hours));
        Assert.Equal(-1_330m, line.Result);
        var statement = await (await scenario.Admin.GetAsync($"{url}/funding?year=2026")).OkAsync<FundingStatement>();
        Assert.Equal(statement.Months[1].PublicAmount, february.Sum(a => a.Funding));
        Assert.Equal(-(400m + 1_960m), february.Sum(a => a.Result));
        // After the public funding its jobs bring, each activity either carries the others or is carried.
        var year = accounts.Totals.Single(t => t.ActivityId == concierge);
        Assert.Contains(year.ResultAfterFunding > 0 ? accounts.Equalisation.Carriers : accounts.Equalisation.Carried, a => a.ActivityId == concierge);

        var page = await (await scenario.Admin.GetAsync($"{url}/purchases?year=2026&search=ferron")).OkAsync<PurchasePage>();
        Assert.Equal(("Ferronnerie", 1, 100m), (Assert.Single(page.Items).Supplier, page.Total, page.NetTotal));
        Assert.Equal(structure.Id, Assert.Single((await (await scenario.Admin.GetAsync($"{url}/purchases?activityId=0")).OkAsync<PurchasePage>()).Items).Id);
        Assert.Equal(HttpStatusCode.NoContent, (await scenario.Admin.DeleteAsync($"/api/v1/purchases/{structure.Id}")).StatusCode);
        Assert.Equal(1, (await (await scenario.Admin.GetAsync($"{url}/purchases")).OkAsync<PurchasePage>()).Total);

        var csv = await (await scenario.Admin.GetAsync($"{url}/activity-accounts/export?year=2026")).Content.ReadAsStringAsync();
        Assert.Contains("Mois;Activité;Pôle", csv, StringComparison.Ordinal);
        Assert.Contains("2026-02;Conciergerie", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_budget_is_compared_with_the_actual_to_date_and_bad_input_is_refused_with_its_field()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var url = $"/api/v1/organisations/{scenario.EmploymentCompanyId}";
        var activity = await (await scenario.Admin.PostJsonAsync($"{url}/activities", new Core.Features.Activities.ActivityInput { Name = "Épicerie solidaire" }))
            .OkAsync<Core.Features.Activities.ActivityDetails>(HttpStatusCode.Created);
        var saved = await (await scenario.Admin.PutJsonAsync($"{url}/budget?year=2026", new BudgetInput
        {
            Overheads = 1_200m,
            Lines = [new() { ActivityId = activity.Id, Revenue = 12_000m, DirectCosts = 2_400m, Labour = 6_000m }],
        })).OkAsync<BudgetView>();
        Assert.True(saved.Exists);
        // Three months of twelve: a quarter of the year's budget is expected to date.
        var line = saved.Comparison.Single(l => l.ActivityId == activity.Id);
        Assert.Equal((12_000m, 3_000m, 3_600m, 900m), (line.BudgetRevenue, line.BudgetRevenueToDate, line.BudgetResult, line.BudgetResultToDate));
        Assert.Equal(2_400m, saved.Months[11].BudgetCumulated);
        Assert.Null(saved.Months[3].ActualCumulated);

        await (await scenario.Admin.PutJsonAsync($"{url}/budget?year=2026", new BudgetInput { Version = saved.Terms.Version - 1 })).ProblemAsync(HttpStatusCode.Conflict);
        var foreign = await (await scenario.Admin.PutJsonAsync($"{url}/budget?year=2026", new BudgetInput { Lines = [new() { ActivityId = 999_999 }] })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(foreign.GetProperty("errors").TryGetProperty("lines", out _));
        var next = await (await scenario.Admin.PutJsonAsync($"{url}/budget?year=2027", new BudgetInput { Overheads = 10m })).OkAsync<BudgetView>();
        Assert.True(next.Exists);
        var future = await (await scenario.Admin.GetAsync($"{url}/activity-accounts?year=2027")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(future.GetProperty("errors").TryGetProperty("year", out _));
        var noSupplier = await (await scenario.Admin.PostJsonAsync($"{url}/purchases", new PurchaseInput
        {
            Date = new DateOnly(2026, 2, 1),
            Supplier = "  ",
            Category = PurchaseCategory.Other,
            NetAmount = 5m,
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noSupplier.GetProperty("errors").TryGetProperty("supplier", out _));
        var tomorrow = await (await scenario.Admin.PostJsonAsync($"{url}/purchases", new PurchaseInput
        {
            Date = new DateOnly(2026, 3, 17),
            Supplier = "X",
            Category = PurchaseCategory.Other,
            NetAmount = 5m,
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(tomorrow.GetProperty("errors").TryGetProperty("date", out _));
        var badPage = await (await scenario.Admin.GetAsync($"{url}/purchases?pageSize=5000")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(badPage.GetProperty("errors").TryGetProperty("pageSize", out _));
    }

    [Fact]
    public async Task The_management_keeps_the_accounts_accounting_records_purchases_the_cle_and_funders_read()
    {
        var barakajobs = await Demo.OrganisationIdAsync(app, "La Barakajobs");
        var url = $"/api/v1/organisations/{barakajobs}";
        using var management = await app.ClientForAsync(BarakajobsManagement);
        var accounts = await (await management.GetAsync($"{url}/activity-accounts?year=2026")).OkAsync<Core.Features.ActivityAccounts.ActivityAccounts>();
        Assert.True(accounts.Totals.Sum(t => t.Revenue) > 0);
        Assert.True(accounts.Totals.Sum(t => t.DirectCosts) > 0);
        Assert.True(accounts.Budget.Exists);

        var purchase = new PurchaseInput { Date = new DateOnly(2026, 3, 2), Supplier = "Quincaillerie (essai)", Category = PurchaseCategory.Equipment, NetAmount = 12m };
        using var accounting = await app.ClientForAsync(BarakajobsAccounting);
        var recorded = await (await accounting.PostJsonAsync($"{url}/purchases", purchase)).OkAsync<PurchaseView>(HttpStatusCode.Created);
        await (await accounting.PutJsonAsync($"{url}/budget?year=2026", new BudgetInput())).ProblemAsync(HttpStatusCode.Forbidden);
        accounts = await (await management.GetAsync($"{url}/activity-accounts?year=2026")).OkAsync<Core.Features.ActivityAccounts.ActivityAccounts>();

        foreach (var reader in new[] { ValenciennesTeam, ValenciennesMember, Funder })
        {
            using var client = await app.ClientForAsync(reader);
            Assert.Equal(accounts.Result, (await (await client.GetAsync($"{url}/activity-accounts?year=2026")).OkAsync<Core.Features.ActivityAccounts.ActivityAccounts>()).Result);
            await (await client.PostJsonAsync($"{url}/purchases", purchase)).ProblemAsync(HttpStatusCode.Forbidden);
            await (await client.PutJsonAsync($"{url}/budget?year=2026", new BudgetInput())).ProblemAsync(HttpStatusCode.Forbidden);
            await (await client.DeleteAsync($"/api/v1/purchases/{recorded.Id}")).ProblemAsync(HttpStatusCode.Forbidden);
        }
        using var employee = await app.ClientForAsync(BarakajobsEmployee);
        await (await employee.GetAsync($"{url}/activity-accounts?year=2026")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await employee.GetAsync($"{url}/purchases")).ProblemAsync(HttpStatusCode.Forbidden);
        using var lille = await app.ClientForAsync(LilleTeam);
        await (await lille.GetAsync($"{url}/activity-accounts?year=2026")).ProblemAsync(HttpStatusCode.NotFound);
        await (await lille.DeleteAsync($"/api/v1/purchases/{recorded.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NoContent, (await accounting.DeleteAsync($"/api/v1/purchases/{recorded.Id}")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ActivityAccountApiOnSqlite(SqliteApp app) : ActivityAccountApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ActivityAccountApiOnPostgres(PostgresApp app) : ActivityAccountApiTests(app);
