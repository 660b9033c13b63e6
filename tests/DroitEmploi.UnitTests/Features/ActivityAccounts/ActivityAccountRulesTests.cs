using DroitEmploi.Core.Features.ActivityAccounts;

namespace DroitEmploi.UnitTests.Features.ActivityAccounts;

public class ActivityAccountRulesTests
{
    private static readonly AccountActivity[] Activities = [new(1, "Conciergerie", "Services"), new(2, "Repair café", "Réemploi")];

    private static IReadOnlyList<AccountMonth> January(decimal structureCosts = 1_000m) => ActivityAccountRules.Months(Activities, 1,
        [new(1, 1, 10_000m), new(2, 1, 1_000m), new(null, 1, 500m)],
        [new(1, 1, 2_000m), new(null, 1, structureCosts)],
        [new(1, 1, 60m, 3_000m, true), new(2, 1, 40m, 2_000m, true), new(null, 1, 20m, 1_200m, false)],
        [new(null, 1, 5_000m)], 151.67m);

    [Fact]
    public void Each_activity_bears_its_costs_and_labour_and_shares_overheads_and_funding_by_its_hours()
    {
        var month = Assert.Single(January());
        var concierge = month.Activities.Single(a => a.ActivityId == 1);
        var repair = month.Activities.Single(a => a.ActivityId == 2);

        // Overheads: 1,000 € of purchases and 1,200 € of the supervisor's labour, 60 % and 40 % by the hours worked.
        Assert.Equal((1_320m, 880m), (concierge.Overheads, repair.Overheads));
        Assert.Equal((3_000m, 2_000m), (concierge.Funding, repair.Funding));
        Assert.Equal((3_680m, -1_880m), (concierge.Result, repair.Result));
        Assert.Equal((6_680m, 120m), (concierge.ResultAfterFunding, repair.ResultAfterFunding));
        Assert.Equal((0.40m, 0.26m), (concierge.Etp, repair.Etp));
        // Nothing is lost: the month's result is revenue less purchases and labour.
        Assert.Equal(11_500m - 3_000m - 6_200m, month.Result);
        Assert.Equal(500m, month.Activities.Single(a => a.ActivityId is null).Result);
    }

    [Fact]
    public void The_pereqation_shows_which_activities_carry_which_once_funding_is_shared()
    {
        // With 1,000 € of funding (600 € and 400 €), the conciergerie ends at 4,280 €, the repair café at −1,480 €.
        var month = ActivityAccountRules.Months(Activities, 1,
            [new(1, 1, 10_000m), new(2, 1, 1_000m)], [new(1, 1, 2_000m), new(null, 1, 1_000m)],
            [new(1, 1, 60m, 3_000m, true), new(2, 1, 40m, 2_000m, true), new(null, 1, 20m, 1_200m, false)], [new(null, 1, 1_000m)], 151.67m);
        var equalisation = ActivityAccountRules.Equalise(ActivityAccountRules.Totals(month));

        Assert.Equal((4_280m, 1_480m, 1m), (equalisation.Surplus, equalisation.Deficit, equalisation.CoveredShare!.Value));
        Assert.Equal("Conciergerie", Assert.Single(equalisation.Carriers).Name);
        Assert.Equal("Repair café", Assert.Single(equalisation.Carried).Name);
    }

    [Fact]
    public void Overheads_that_do_not_divide_evenly_still_add_up_to_the_cent()
    {
        var month = Assert.Single(January(structureCosts: 1_000.01m));

        Assert.Equal(2_200.01m, month.Activities.Sum(a => a.Overheads));
        Assert.All(month.Activities, a => Assert.Equal(Math.Round(a.Overheads, 2), a.Overheads));
    }

    [Fact]
    public void A_month_without_hours_on_any_activity_leaves_overheads_and_funding_with_the_structure()
    {
        var month = Assert.Single(ActivityAccountRules.Months(Activities, 1, [], [new(null, 1, 800m)], [], [new(null, 1, 1_000m)], 151.67m));
        var structure = month.Activities.Single(a => a.ActivityId is null);

        Assert.Equal((800m, 1_000m), (structure.Overheads, structure.Funding));
        Assert.Equal(200m, month.ResultAfterFunding);
    }
}
