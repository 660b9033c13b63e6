using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Transition;

namespace DroitEmploi.UnitTests.Features.Transition;

public class TransitionPoolTests
{
    private static readonly RteGrid[] Grids =
    [
        new() { Id = 1, CteId = 7, Number = 1, ValidFrom = new DateOnly(2025, 1, 1), PoolContributionRate = 0.10m },
        new() { Id = 2, CteId = 7, Number = 2, ValidFrom = new DateOnly(2026, 7, 1), PoolContributionRate = 0.15m },
    ];

    private static CteActivity Activity(int id, string name, params (int Month, decimal Turnover, decimal Costs)[] months)
    {
        var activity = new CteActivity { Id = id, CteId = 7, Name = name, StartedOn = new DateOnly(2025, 1, 1) };
        foreach (var (month, turnover, costs) in months)
        {
            activity.RecordResult(new DateOnly(2026, month, 1), turnover, costs);
        }
        return activity;
    }

    [Fact]
    public void Profitable_months_pay_the_rate_in_force_losing_months_are_borne_and_outside_grants_add_up()
    {
        var bikes = Activity(1, "Réparation de vélos", (3, 2_000m, 800m), (8, 1_500m, 500m));
        var garden = Activity(2, "Maraîchage", (3, 300m, 700m));
        PoolResource[] grants = [new() { CteId = 7, On = new DateOnly(2026, 2, 1), Kind = PoolResourceKind.LocalAuthorityGrant, Source = "Département", Amount = 10_000m }];

        var pool = TransitionPool.Compute(7, 2026, [bikes, garden], Grids, grants, []);

        // March: 1,200 × 10 % = 120; August: 1,000 × 15 % (the second grid) = 150.
        Assert.Equal(270m, pool.Activities.Single(a => a.Name == "Réparation de vélos").Contribution);
        Assert.Equal(400m, pool.Losses);
        Assert.Equal(10_000m + 270m - 400m, pool.Resources);
        Assert.Equal(pool.Resources, pool.Months[^1].Resources);
        Assert.Equal(pool.Resources, pool.Available);
    }

    [Fact]
    public void Allocations_never_exceed_the_pools_resources_of_the_year()
    {
        PoolResource[] grants = [new() { CteId = 7, On = new DateOnly(2026, 1, 5), Kind = PoolResourceKind.FoundationGrant, Source = "Fondation", Amount = 2_000m }];
        var paid = new List<RtePayment>();
        var month = new DateOnly(2026, 1, 1);
        var refused = 0;
        for (var m = 0; m < 6; m++, month = month.AddMonths(1))
        {
            var pool = TransitionPool.Compute(7, 2026, [], Grids, grants, paid);
            try
            {
                TransitionPool.EnsureCovers(pool, 865m, month);
                paid.Add(new RtePayment { CteId = 7, Month = month, Currency = PaymentCurrency.Euro, Amount = 865m });
            }
            catch (BusinessRuleException error)
            {
                refused++;
                Assert.Contains("270,00", error.Message);
            }
            var after = TransitionPool.Compute(7, 2026, [], Grids, grants, paid);
            Assert.True(after.Allocated <= after.Resources);
        }
        Assert.Equal(2, paid.Count);
        Assert.Equal(4, refused);
    }

    [Fact]
    public void A_spin_off_needs_a_valid_siren_and_its_follow_ups_fall_at_6_12_and_24_months()
    {
        var bikes = Activity(1, "Réparation de vélos", (3, 2_000m, 800m));

        Assert.Throws<ValidationFailedException>(() => bikes.SpinOff(new DateOnly(2026, 4, 1), "123456789"));
        Assert.Throws<ValidationFailedException>(() => bikes.SpinOff(new DateOnly(2026, 2, 1), "732829320"));
        bikes.SpinOff(new DateOnly(2026, 4, 1), "732 829 320");

        Assert.Equal("732829320", bikes.Siren);
        Assert.Equal(new DateOnly(2026, 10, 1), bikes.DueOn(6));
        Assert.Equal(new DateOnly(2028, 4, 1), bikes.DueOn(24));
        Assert.Throws<ValidationFailedException>(() => bikes.FollowUp(6, new DateOnly(2026, 8, 1), true, 1, null));
        bikes.FollowUp(6, new DateOnly(2026, 10, 3), true, 2, "Atelier ouvert");
        Assert.Throws<BusinessRuleException>(() => bikes.FollowUp(6, new DateOnly(2026, 10, 4), true, 2, null));
        Assert.Throws<ValidationFailedException>(() => bikes.RecordResult(new DateOnly(2026, 5, 1), 100m, 0m));
    }
}
