using DroitEmploi.Core.Features.Employment;
using static DroitEmploi.UnitTests.Features.Employment.FullTimeEquivalentTests;

namespace DroitEmploi.UnitTests.Features.Employment;

public class FundingRulesTests
{
    private static FundingRates Rates(decimal stateRate, decimal smic) => new(smic, stateRate, 0.15m, 0.10m, 35m, 151.67m);

    [Fact]
    public void State_contribution_is_etp_times_rate_times_smic_times_monthly_hours_and_the_departement_adds_fifteen_percent()
    {
        var month = FundingRules.Month([Contract(new DateOnly(2026, 1, 1), 35)], 2026, 3, Rates(0.95m, 12.02m));
        Assert.Equal(1m, month.Etp);
        Assert.Equal(1731.92m, FundingRules.Cents(month.StateAmount));   // 0.95 × 12.02 × 151.67 = 1731.9197…
        Assert.Equal(259.79m, FundingRules.Cents(month.DepartmentAmount));
    }

    [Fact]
    public void A_rate_change_on_1_october_applies_from_october()
    {
        var contracts = new[] { Contract(new DateOnly(2023, 1, 1), 35) };
        var september = FundingRules.Month(contracts, 2023, 9, Rates(1.02m, 11.52m));
        var october = FundingRules.Month(contracts, 2023, 10, Rates(0.95m, 11.52m));
        Assert.Equal(1782.18m, FundingRules.Cents(september.StateAmount));  // 1.02 × 11.52 × 151.67 = 1782.183…
        Assert.Equal(1659.88m, FundingRules.Cents(october.StateAmount));    // 0.95 × 11.52 × 151.67 = 1659.876…
    }

    [Fact]
    public void Supervisory_staff_who_are_not_ppde_are_funded_up_to_ten_percent_of_the_etp()
    {
        var contracts = Enumerable.Range(0, 9).Select(_ => Contract(new DateOnly(2026, 1, 1), 35))
            .Concat([Contract(new DateOnly(2026, 1, 1), 35, supervisory: true), Contract(new DateOnly(2026, 1, 1), 35, supervisory: true)]);
        var month = FundingRules.Month(contracts, 2026, 3, Rates(0.95m, 12.02m));
        Assert.Equal((11m, 2m), (month.Etp, month.SupervisoryEtp));
        Assert.Equal(9m + 1.1m, month.FundableEtp);
    }

    [Fact]
    public void The_seed_grant_is_thirty_percent_of_the_annual_smic_per_etp_created()
    {
        // DOMAIN.md's example: (78 − 58) ETP × 6,361 €, 30 % of the 2024 annual SMIC (11.65 × 151.67 × 12).
        var (extra, amount) = FundingRules.SeedGrant(78, 58, 0.30m, 11.65m, 151.67m);
        Assert.Equal(20m, extra);
        Assert.Equal(127220.80m, FundingRules.Cents(amount));
        Assert.Equal(0m, FundingRules.SeedGrant(50, 58, 0.30m, 11.65m, 151.67m).Amount);
    }

    [Fact]
    public void Public_funding_above_the_gross_pay_is_flagged()
    {
        var smicPaid = FundingRules.Month([Contract(new DateOnly(2026, 1, 1), 35, wage: 12.02m)], 2026, 3, Rates(0.95m, 12.02m));
        Assert.True(smicPaid.PublicFundingExceedsPay);   // 109.25 % of the SMIC against the SMIC
        var wellPaid = FundingRules.Month([Contract(new DateOnly(2026, 1, 1), 35, wage: 14m)], 2026, 3, Rates(0.95m, 12.02m));
        Assert.False(wellPaid.PublicFundingExceedsPay);
    }

    [Fact]
    public void Once_the_employer_contribution_rate_is_entered_public_funding_is_compared_with_the_full_employer_cost()
    {
        // Paid the SMIC, the job gets 109.25 % of it in public money: above gross pay, below gross pay plus 12 % of contributions.
        var contracts = new[] { Contract(new DateOnly(2026, 1, 1), 35, wage: 12.02m) };
        var gross = FundingRules.Month(contracts, 2026, 3, Rates(0.95m, 12.02m));
        var full = FundingRules.Month(contracts, 2026, 3, Rates(0.95m, 12.02m), employerContributionRate: 0.12m);
        Assert.True(gross.PublicFundingExceedsPay);
        Assert.False(full.PublicFundingExceedsPay);
        Assert.Equal(FundingRules.Cents(gross.GrossPayroll * 1.12m), FundingRules.Cents(full.EmployerCost));
        // With contributions of 5 %, public money still exceeds the cost: 109.25 % against 105 %.
        Assert.True(FundingRules.Month(contracts, 2026, 3, Rates(0.95m, 12.02m), employerContributionRate: 0.05m).PublicFundingExceedsPay);
    }

    [Fact]
    public void The_employer_rate_in_force_is_the_latest_entered_from_a_date_on_or_before()
    {
        EmployerContributionRate Rate(int id, string from, decimal rate) => new() { Id = id, ValidFrom = DateOnly.Parse(from), Rate = rate };
        var rates = new[] { Rate(1, "2025-01-01", 0.12m), Rate(2, "2026-04-01", 0.10m) };
        Assert.Null(EmployerContributionRate.InForce(rates, new DateOnly(2024, 12, 1)));
        Assert.Equal(0.12m, EmployerContributionRate.InForce(rates, new DateOnly(2026, 3, 1)));
        Assert.Equal(0.10m, EmployerContributionRate.InForce(rates, new DateOnly(2026, 4, 1)));
    }

    [Theory]
    [InlineData(ExitReason.JobElsewhereCdi, true)]
    [InlineData(ExitReason.JobElsewhereCddSixMonthsOrMore, true)]
    [InlineData(ExitReason.Training, true)]
    [InlineData(ExitReason.BusinessCreation, true)]
    [InlineData(ExitReason.Retirement, false)]
    [InlineData(ExitReason.Resignation, false)]
    [InlineData(ExitReason.Dismissal, false)]
    public void Exits_are_classed_positive_or_not(ExitReason reason, bool positive) => Assert.Equal(positive, reason.IsPositive());
}
