using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.CostBalance;
using DroitEmploi.Core.Features.Parameters;
using DroitEmploi.Core.Features.People;

namespace DroitEmploi.UnitTests.Features.CostBalance;

public class CostBalanceRulesTests
{
    private static SourcedValue Rate(string key, decimal value) => new(key, key, value, $"source de {key}");

    // Round figures so that every amount can be checked by hand: the common components add up to 8,600 € a person-year.
    private static readonly AvoidedCostRates Rates = new(
        Rate("rsa", 7_200m), Rate("ass", 6_000m), Rate("aah", 6_000m), Rate("are", 12_000m),
        Rate("services", 2_000m), Rate("health", 1_600m), Rate("housing", 1_000m), Rate("contributions", 4_000m),
        Rate("low", 12_900m), Rate("high", 15_300m), Rate("net-low", 11_300m), Rate("net-high", 13_700m), Rate("atd", 15_000m));

    // Two people on RSA (a whole year and half of one), one on ASS, one with nothing for a quarter, one not in the registry.
    private static readonly HiredPersonYear[] People =
    [
        new(IncomeSupport.Rsa, 1m), new(IncomeSupport.Rsa, 0.5m), new(IncomeSupport.Ass, 1m), new(IncomeSupport.None, 0.25m), new(null, 1m),
    ];

    private static readonly PublicCost Cost = new(60_000m, 9_000m, 0m);

    [Fact]
    public void Each_component_counts_its_rate_for_the_person_years_it_concerns()
    {
        var balance = CostBalanceRules.Compute(People, 3m, Cost, Rates);

        Assert.Equal(
            [("rsa", 1.5m, 10_800m), ("ass", 1m, 6_000m), ("services", 3.75m, 7_500m), ("health", 3.75m, 6_000m), ("housing", 3.75m, 3_750m), ("contributions", 3.75m, 15_000m)],
            balance.Components.Select(c => (c.Key, c.PersonYears, c.Amount)));
        Assert.All(balance.Components, c => Assert.Equal($"source de {c.Key}", c.Source));
        Assert.Equal((5, 3.75m, 3m), (balance.People, balance.PersonYears, balance.EtpYears));
    }

    [Fact]
    public void The_three_views_set_the_avoided_costs_against_the_public_cost_of_the_jobs()
    {
        var balance = CostBalanceRules.Compute(People, 3m, Cost, Rates);

        // Low and high: the committee's 12,900 and 15,300 € per ETP for 3 ETP; central: the components, 49,050 €.
        Assert.Equal(["Basse", "Centrale", "Haute"], balance.Views.Select(v => v.Name));
        Assert.Equal([38_700m, 49_050m, 45_900m], balance.Views.Select(v => v.Avoided));
        Assert.Equal([30_300m, 19_950m, 23_100m], balance.Views.Select(v => v.NetPublicCost));
        Assert.Equal((16_350m, 13_080m), (balance.Views[1].AvoidedPerEtp!.Value, balance.Views[1].AvoidedPerPerson!.Value));
        Assert.Equal(balance.Components.Sum(c => c.Amount), balance.Views[1].Avoided);
        Assert.Equal("source de low", balance.Views[0].Source);
        // The references beside them: the committee's net public cost for 3 ETP, ATD Quart Monde's 15,000 € for 3.75 person-years.
        Assert.Equal((33_900m, 41_100m, 56_250m), (balance.PublishedNetPublicCostLow, balance.PublishedNetPublicCostHigh, balance.AtdReference));
    }

    [Fact]
    public void People_by_income_support_add_up_to_the_central_view()
    {
        var balance = CostBalanceRules.Compute(People, 3m, Cost, Rates);

        Assert.Equal(
            [("Aucun minimum social", 1, 2_150m), ("RSA", 2, 23_700m), ("ASS", 1, 14_600m), ("Hors registre", 1, 8_600m)],
            balance.BySupport.Select(g => (g.Label, g.People, g.Avoided)));
        Assert.Equal(balance.Views[1].Avoided, balance.BySupport.Sum(g => g.Avoided));
    }

    [Fact]
    public void Nobody_hired_gives_a_balance_of_zero_without_dividing_by_zero()
    {
        var balance = CostBalanceRules.Compute([], 0m, new PublicCost(0m, 0m, 0m), Rates);

        Assert.All(balance.Views, v => Assert.Equal((0m, 0m, (decimal?)null, (decimal?)null), (v.Avoided, v.NetPublicCost, v.AvoidedPerEtp, v.AvoidedPerPerson)));
        Assert.Equal(0m, balance.Components.Sum(c => c.Amount));
    }

    [Fact]
    public void Amounts_are_rounded_to_the_cent_once_per_line_and_the_total_is_their_sum()
    {
        // A third of a year at 7,758.24 € is 2,586.08 €; the total is the sum of the lines as shown.
        var balance = CostBalanceRules.Compute([new(IncomeSupport.Rsa, 1m / 3)], 1m / 3, Cost,
            Rates with { Rsa = Rate("rsa", 7_758.24m), EmploymentServices = Rate("services", 1_000.01m) });

        Assert.All(balance.Components, c => Assert.Equal(Math.Round(c.Amount, 2), c.Amount));
        Assert.Equal(2_586.08m, balance.Components.Single(c => c.Key == "rsa").Amount);
        Assert.Equal(balance.Components.Sum(c => c.Amount), balance.Views[1].Avoided);
    }

    [Theory]
    [InlineData("2025-07-01", null, 184)]
    [InlineData("2024-03-01", "2025-01-31", 31)]
    [InlineData("2026-01-01", null, 0)]
    [InlineData("2025-03-01", "2025-03-31", 31)]
    public void A_contract_counts_for_the_days_of_the_year_it_covers(string start, string? exit, int days)
    {
        var share = CostBalanceRules.ShareOfYear(DateOnly.Parse(start), exit is null ? null : DateOnly.Parse(exit), new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));

        Assert.Equal((decimal)days / 365, share);
    }

    [Fact]
    public void The_territory_amounts_replace_the_national_estimates_with_their_source()
    {
        var assumptions = new CostBalanceAssumptions { TerritoryId = 1 };
        assumptions.Set(new CostBalanceAssumptionsInput { EmploymentServices = 3_000m, Source = "Bilan du PLIE 2025" });

        var rates = assumptions.Apply(Rates);

        Assert.Equal((3_000m, "Hypothèse de l'équipe projet du CLE : Bilan du PLIE 2025"), (rates.EmploymentServices.Value, rates.EmploymentServices.Source));
        Assert.Equal(Rates.Health, rates.Health);
    }

    [Fact]
    public void A_territory_amount_without_its_source_is_refused()
    {
        var assumptions = new CostBalanceAssumptions { TerritoryId = 1 };

        var error = Assert.Throws<ValidationFailedException>(() => assumptions.Set(new CostBalanceAssumptionsInput { Health = 900m, Source = "  " }));

        Assert.Contains("source", error.Errors.Keys);
    }
}
