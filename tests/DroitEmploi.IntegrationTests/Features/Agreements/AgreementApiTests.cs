using System.Net;
using DroitEmploi.Core.Features.Agreements;
using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Core.Features.People;
using DroitEmploi.IntegrationTests.Features.People;
using DroitEmploi.IntegrationTests.Infrastructure;
using static DroitEmploi.Core.Features.Demo.DemoAccounts;

namespace DroitEmploi.IntegrationTests.Features.Agreements;

public abstract class AgreementApiTests(AppFactory app)
{
    private static AgreementInput Forecast(decimal etp, int hires, int? version = null) => new()
    {
        StateRate = 0.95m,
        BalanceComplement = 5_000m,
        Note = "Avenant 2026",
        Months = Enumerable.Range(1, 12).Select(m => new AgreementMonthInput { Month = m, ForecastEtp = etp, ForecastHires = hires }).ToList(),
        Version = version,
    };

    [Fact]
    public async Task The_ebe_writes_its_agreement_records_what_it_received_and_reads_the_forecast_against_the_actual()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        await HireAsync(scenario, "Convention", new DateOnly(2026, 1, 5));
        var url = $"/api/v1/organisations/{scenario.EmploymentCompanyId}/agreement?year=2026";

        var empty = await (await scenario.Admin.GetAsync(url)).OkAsync<FundAgreementView>();
        Assert.False(empty.Exists);
        Assert.Equal(12, empty.Terms.Months.Count);
        Assert.True(empty.CanEdit);

        var saved = await (await scenario.Admin.PutJsonAsync(url, Forecast(2m, 1))).OkAsync<FundAgreementView>();
        Assert.True(saved.Exists);
        var january = saved.Comparison.Months[0];
        Assert.Equal((2m, 1, 1), (january.ForecastEtp!.Value, january.ForecastHires!.Value, january.ActualHires!.Value));
        Assert.Equal(-1, saved.Comparison.Months[1].HiresGap);
        Assert.False(saved.Comparison.Months[3].Counted);
        Assert.Equal(5_000m, saved.Comparison.Fund.BalanceComplement);

        var statement = await (await scenario.Admin.GetAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/funding?year=2026")).OkAsync<FundingStatement>();
        Assert.Equal(statement.Months[0].StateAmount, january.FundDue);
        var payment = await (await scenario.Admin.PostJsonAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/funding-payments", new FundingPaymentInput
        {
            Payer = FundingPayer.Fund,
            Kind = FundingPaymentKind.Contribution,
            Year = 2026,
            Month = 1,
            ReceivedOn = new DateOnly(2026, 2, 20),
            Amount = january.FundDue,
            Reference = "VIR-0001",
        })).OkAsync<FundingPaymentView>(HttpStatusCode.Created);
        var paid = await (await scenario.Admin.GetAsync(url)).OkAsync<FundAgreementView>();
        Assert.Equal((PaymentStatus.Received, PaymentStatus.Overdue), (paid.Comparison.Months[0].FundStatus, paid.Comparison.Months[0].DepartmentStatus));
        Assert.Equal(paid.Comparison.Fund.Due - january.FundDue, paid.Comparison.Fund.Balance);
        Assert.Single(paid.Payments);

        var stale = await (await scenario.Admin.PutJsonAsync(url, Forecast(3m, 1, saved.Terms.Version - 1))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.NotNull(stale.GetProperty("detail").GetString());
        var eleven = Forecast(2m, 1);
        eleven.Months.RemoveAt(11);
        var incomplete = await (await scenario.Admin.PutJsonAsync(url, eleven)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(incomplete.GetProperty("errors").TryGetProperty("months", out _));
        Assert.Equal(HttpStatusCode.NoContent, (await scenario.Admin.DeleteAsync($"/api/v1/funding-payments/{payment.Id}")).StatusCode);
        Assert.Empty((await (await scenario.Admin.GetAsync(url)).OkAsync<FundAgreementView>()).Payments);
        await (await scenario.Admin.DeleteAsync($"/api/v1/funding-payments/{payment.Id}")).ProblemAsync(HttpStatusCode.NotFound);

        var csv = await (await scenario.Admin.GetAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/agreement/export?year=2026")).Content.ReadAsStringAsync();
        Assert.Contains("Mois;ETP prévus;ETP réels", csv, StringComparison.Ordinal);
        Assert.Contains("2026-01;2", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_payments_and_years_get_a_french_message_naming_the_field()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        var payments = $"/api/v1/organisations/{scenario.EmploymentCompanyId}/funding-payments";
        var noMonth = await (await scenario.Admin.PostJsonAsync(payments, new FundingPaymentInput
        {
            Payer = FundingPayer.Fund,
            Kind = FundingPaymentKind.Contribution,
            Year = 2026,
            ReceivedOn = new DateOnly(2026, 3, 1),
            Amount = 10m,
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noMonth.GetProperty("errors").TryGetProperty("month", out _));
        var future = await (await scenario.Admin.PostJsonAsync(payments, new FundingPaymentInput
        {
            Payer = FundingPayer.Department,
            Kind = FundingPaymentKind.Contribution,
            Year = 2026,
            Month = 2,
            ReceivedOn = new DateOnly(2026, 4, 1),
            Amount = 10m,
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(future.GetProperty("errors").TryGetProperty("receivedOn", out _));
        var empty = await (await scenario.Admin.PostJsonAsync(payments, new FundingPaymentInput())).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(empty.GetProperty("errors").TryGetProperty("payer", out _));
        var year = await (await scenario.Admin.GetAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/agreement?year=99")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(year.GetProperty("errors").TryGetProperty("year", out _));
        var rate = await (await scenario.Admin.PutJsonAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/agreement?year=2026",
            new AgreementInput { StateRate = 2m, Months = Forecast(1m, 1).Months })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(rate.GetProperty("errors").TryGetProperty("stateRate", out _));
    }

    [Fact]
    public async Task The_employer_rate_makes_the_funding_warning_compare_with_the_full_employer_cost()
    {
        using var scenario = await RegistryScenario.CreateAsync(app);
        await HireAsync(scenario, "Smic", new DateOnly(2026, 1, 5));
        var funding = $"/api/v1/organisations/{scenario.EmploymentCompanyId}/funding?year=2026";
        var gross = await (await scenario.Admin.GetAsync(funding)).OkAsync<FundingStatement>();
        Assert.False(gross.ComparesWithEmployerCost);
        Assert.True(gross.Months[1].PublicFundingExceedsPay);
        Assert.Null(gross.Months[1].EmployerCostPerEtp);

        var unsourced = await (await scenario.Admin.PostJsonAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/employer-contribution-rates",
            new EmployerContributionRateInput { ValidFrom = new DateOnly(2026, 1, 1), Rate = 0.12m })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(unsourced.GetProperty("errors").TryGetProperty("source", out _));
        var rates = await (await scenario.Admin.PostJsonAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/employer-contribution-rates",
            new EmployerContributionRateInput { ValidFrom = new DateOnly(2026, 2, 1), Rate = 0.12m, Source = "Bulletins de février" })).OkAsync<List<EmployerContributionRateView>>();
        Assert.Equal(0.12m, Assert.Single(rates).Rate);

        var full = await (await scenario.Admin.GetAsync(funding)).OkAsync<FundingStatement>();
        Assert.True(full.ComparesWithEmployerCost);
        // January still compares with gross pay; from February, 109 % of the SMIC against 112 % of it is no longer above.
        Assert.True(full.Months[0].PublicFundingExceedsPay);
        Assert.False(full.Months[1].PublicFundingExceedsPay);
        Assert.Equal(Math.Round(full.Months[1].PayPerEtp!.Value * 1.12m, 2), full.Months[1].EmployerCostPerEtp);
    }

    [Fact]
    public async Task The_management_writes_accounting_records_payments_the_cle_and_funders_read_and_others_see_nothing()
    {
        var barakajobs = await Demo.OrganisationIdAsync(app, "La Barakajobs");
        var url = $"/api/v1/organisations/{barakajobs}/agreement?year=2026";
        using var management = await app.ClientForAsync(BarakajobsManagement);
        var demo = await (await management.GetAsync(url)).OkAsync<FundAgreementView>();
        Assert.True(demo.Exists);
        Assert.True(demo.CanEdit);
        Assert.True(demo.ComparesWithEmployerCost);
        Assert.NotEmpty(demo.Payments);

        var payment = new FundingPaymentInput
        {
            Payer = FundingPayer.Department,
            Kind = FundingPaymentKind.Contribution,
            Year = 2026,
            Month = 2,
            ReceivedOn = new DateOnly(2026, 3, 10),
            Amount = 1m,
        };
        using var accounting = await app.ClientForAsync(BarakajobsAccounting);
        var recorded = await (await accounting.PostJsonAsync($"/api/v1/organisations/{barakajobs}/funding-payments", payment)).OkAsync<FundingPaymentView>(HttpStatusCode.Created);
        await (await accounting.PutJsonAsync(url, Forecast(1m, 1))).ProblemAsync(HttpStatusCode.Forbidden);

        foreach (var reader in new[] { ValenciennesTeam, ValenciennesMember, Funder })
        {
            using var client = await app.ClientForAsync(reader);
            var read = await (await client.GetAsync(url)).OkAsync<FundAgreementView>();
            Assert.False(read.CanEdit || read.CanRecordPayments);
            await (await client.PutJsonAsync(url, Forecast(1m, 1))).ProblemAsync(HttpStatusCode.Forbidden);
            await (await client.PostJsonAsync($"/api/v1/organisations/{barakajobs}/funding-payments", payment)).ProblemAsync(HttpStatusCode.Forbidden);
            await (await client.DeleteAsync($"/api/v1/funding-payments/{recorded.Id}")).ProblemAsync(HttpStatusCode.Forbidden);
        }
        using var employee = await app.ClientForAsync(BarakajobsEmployee);
        await (await employee.GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
        using var lille = await app.ClientForAsync(LilleTeam);
        await (await lille.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
        await (await lille.DeleteAsync($"/api/v1/funding-payments/{recorded.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NoContent, (await accounting.DeleteAsync($"/api/v1/funding-payments/{recorded.Id}")).StatusCode);
    }

    private static async Task HireAsync(RegistryScenario scenario, string name, DateOnly start)
    {
        var person = await scenario.RegisterEligibleAsync(name, new DateOnly(2024, 1, 1), IncomeSupport.Rsa);
        var proposal = await (await scenario.Admin.PostJsonAsync($"/api/v1/territories/{scenario.TerritoryId}/proposals",
            new ProposalInput { PersonId = person.Id, OrganisationId = scenario.EmploymentCompanyId })).OkAsync<ProposalView>(HttpStatusCode.Created);
        await (await scenario.Admin.PostJsonAsync($"/api/v1/organisations/{scenario.EmploymentCompanyId}/contracts",
            new HireInput { ProposalId = proposal.Id, StartDate = start, WeeklyHours = 35, HourlyWage = 12.02m })).OkAsync<ContractDetails>(HttpStatusCode.Created);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AgreementApiOnSqlite(SqliteApp app) : AgreementApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AgreementApiOnPostgres(PostgresApp app) : AgreementApiTests(app);
