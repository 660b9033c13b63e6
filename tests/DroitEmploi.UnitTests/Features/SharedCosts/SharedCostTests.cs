using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.SharedCosts;

namespace DroitEmploi.UnitTests.Features.SharedCosts;

public class SharedCostTests
{
    private const int Ebe = 1, Kpa = 2, Cte = 3;

    private static SharedCost Cost(AllocationKey key, decimal monthly, params SharedCostPartyInput[] parties) => Cost(key, monthly, null, parties);

    private static SharedCost Cost(AllocationKey key, decimal monthly, (decimal Amount, DateOnly Date, int Years)? investment, params SharedCostPartyInput[] parties)
    {
        var cost = new SharedCost();
        cost.Set(new SharedCostInput
        {
            OwnerOrganisationId = Ebe,
            Name = "Ressource",
            Kind = SharedCostKind.Vehicle,
            Key = key,
            MonthlyCost = monthly,
            InvestmentAmount = investment?.Amount,
            InvestmentDate = investment?.Date,
            DepreciationYears = investment?.Years,
            StartsOn = new DateOnly(2025, 1, 1),
            Parties = [.. parties],
        });
        return cost;
    }

    private static SharedCostPartyInput Party(int organisation, decimal weight = 0, int? activity = null) => new() { OrganisationId = organisation, Weight = weight, ActivityId = activity };

    [Fact]
    public void Premises_by_square_metres_split_the_month_by_each_partys_surface()
    {
        var premises = Cost(AllocationKey.SquareMetres, 1_000m, Party(Ebe, 120), Party(Kpa, 45), Party(Cte, 35));

        Assert.Equal([600m, 225m, 175m], premises.Allocate(new DateOnly(2025, 3, 1)).Select(s => s.Amount));
    }

    [Fact]
    public void A_van_by_kilometres_adds_its_depreciation_to_its_running_cost_and_follows_the_months_use()
    {
        var van = Cost(AllocationKey.Kilometres, 300m, (24_000m, new DateOnly(2025, 1, 15), 5), Party(Ebe), Party(Kpa));
        van.RecordUsage(new DateOnly(2025, 3, 1), new UsageInput { Lines = [new() { OrganisationId = Ebe, Quantity = 700 }, new() { OrganisationId = Kpa, Quantity = 300 }] });

        Assert.Equal((300m, 400m), (van.RunningCostOf(new DateOnly(2025, 3, 1)), van.DepreciationOf(new DateOnly(2025, 3, 1))));
        Assert.Equal([490m, 210m], van.Allocate(new DateOnly(2025, 3, 1)).Select(s => s.Amount));
        // April: nobody recorded the kilometres, so the owner bears the month.
        Assert.Equal([700m, 0m], van.Allocate(new DateOnly(2025, 4, 1)).Select(s => s.Amount));
    }

    [Fact]
    public void Shares_that_do_not_divide_evenly_add_up_to_the_total_to_the_cent()
    {
        var tools = Cost(AllocationKey.FixedShares, 100m, Party(Ebe, 1), Party(Kpa, 1), Party(Cte, 1));

        var shares = tools.Allocate(new DateOnly(2025, 6, 1)).Select(s => s.Amount).ToList();
        Assert.Equal(100m, shares.Sum());
        Assert.Equal([33.34m, 33.33m, 33.33m], shares);
    }

    [Fact]
    public void An_investment_depreciates_month_by_month_and_its_months_add_up_to_it()
    {
        var tools = Cost(AllocationKey.FixedShares, 0m, (1_000m, new DateOnly(2025, 2, 10), 1), Party(Ebe, 1), Party(Kpa, 1));

        var months = Enumerable.Range(0, 14).Select(i => tools.DepreciationOf(new DateOnly(2025, 1, 1).AddMonths(i))).ToList();
        Assert.Equal(0m, months[0]);
        Assert.Equal(83.33m, months[1]);
        Assert.Equal(83.37m, months[12]);
        Assert.Equal(0m, months[13]);
        Assert.Equal(1_000m, months.Sum());
    }

    [Fact]
    public void A_shared_cost_has_two_parties_including_the_one_that_pays()
    {
        Assert.Contains("parties", Assert.Throws<ValidationFailedException>(() => Cost(AllocationKey.FixedShares, 10m, Party(Ebe, 1))).Errors.Keys);
        Assert.Contains("parties", Assert.Throws<ValidationFailedException>(() => Cost(AllocationKey.FixedShares, 10m, Party(Kpa, 1), Party(Cte, 1))).Errors.Keys);
        var undated = new SharedCostInput
        {
            OwnerOrganisationId = Ebe,
            Name = "Outils",
            Kind = SharedCostKind.Tools,
            Key = AllocationKey.FixedShares,
            InvestmentAmount = 1_000m,
            StartsOn = new DateOnly(2025, 1, 1),
            Parties = [Party(Ebe, 1), Party(Kpa, 1)],
        };
        Assert.Contains("depreciationYears", Assert.Throws<ValidationFailedException>(() => new SharedCost().Set(undated)).Errors.Keys);
    }

    [Fact]
    public void Use_is_recorded_only_for_keys_that_follow_use_and_only_by_parties()
    {
        var premises = Cost(AllocationKey.SquareMetres, 1_000m, Party(Ebe, 120), Party(Kpa, 45));
        Assert.Throws<BusinessRuleException>(() => premises.RecordUsage(new DateOnly(2025, 3, 1), new UsageInput()));
        var van = Cost(AllocationKey.HoursOfUse, 300m, Party(Ebe), Party(Kpa));
        Assert.Throws<ValidationFailedException>(() => van.RecordUsage(new DateOnly(2025, 3, 1), new UsageInput { Lines = [new() { OrganisationId = Cte, Quantity = 5 }] }));
    }
}
