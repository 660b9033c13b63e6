using DroitEmploi.Planning;

namespace DroitEmploi.UnitTests.Planning;

public class IncumbentTests
{
    [Fact]
    public void A_better_schedule_is_reported_with_the_best_bound_proved_so_far()
    {
        var reported = new List<(long Objective, long Bound)>();
        var incumbent = new Incumbent([true], 120, (_, objective, bound) => reported.Add((objective, bound)));

        incumbent.OfferBound(90);
        incumbent.OfferBound(80); // A weaker bound never replaces a stronger one.
        incumbent.Offer([false], 130);
        incumbent.Offer([false], 100);

        Assert.Equal([(100L, 90L)], reported);
        Assert.Equal(90, incumbent.Bound);
    }

    [Fact]
    public void It_is_proved_optimal_once_its_cost_reaches_the_bound()
    {
        var incumbent = new Incumbent([true], 120, null);
        incumbent.OfferBound(100);
        Assert.False(incumbent.Proved);

        incumbent.Offer([false], 100);

        Assert.True(incumbent.Proved);
    }
}
