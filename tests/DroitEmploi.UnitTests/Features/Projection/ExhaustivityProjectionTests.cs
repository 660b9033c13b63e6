using DroitEmploi.Core.Features.Employment;
using DroitEmploi.Core.Features.Projection;

namespace DroitEmploi.UnitTests.Features.Projection;

public class ExhaustivityProjectionTests
{
    // SMIC 12.02 €/h, State 95 %, département 15 % of it, 35 h a week, 151.67 h a month.
    private static readonly FundingRates Rates = new(12.02m, 0.95m, 0.15m, 0.2m, 35m, 151.67m);
    private static readonly DateOnly Today = new(2026, 3, 16);

    [Fact]
    public void A_hand_computed_territory_empties_its_list_in_25_months_and_needs_16_hires_a_month_to_do_it_by_december()
    {
        // 100 waiting; each month 5 candidacies, 8 hires, 1 other exit: the list loses 4 a month.
        var result = ExhaustivityProjection.Compute(100, new ProjectionPace(5m, 8m, 1m, 28m), Today, new DateOnly(2026, 12, 31), Rates);

        Assert.Equal(new DateOnly(2028, 4, 1), result.MonthWhenNobodyWaits);
        // Nine months to December: ⌈(100 + (5 − 1) × 9) / 9⌉ = ⌈15.1⌉ = 16 hires a month, 8 more than today.
        Assert.Equal((9, 16, 8), (result.MonthsToTarget, result.HiresNeededPerMonth, result.ExtraHiresPerMonth));
        // 16 × 9 hires at 28 h of 35: 115.2 ETP; the State pays 95 % × 12.02 € × 151.67 h a month for each, 12 months.
        Assert.Equal(0.8m, result.EtpPerHire);
        Assert.Equal(115.2m, result.EtpAdded);
        Assert.Equal(2_394_205.83m, result.StatePerYear);
        Assert.Equal(359_130.87m, result.DepartmentPerYear);
        // The needed pace reaches zero by the target month; the current pace is still at 64.
        var december = result.Months.Single(m => m.Month == new DateOnly(2026, 12, 1));
        Assert.Equal((64m, 0m), (december.AtCurrentPace, december.AtNeededPace));
    }

    [Fact]
    public void A_list_that_gains_as_many_as_it_loses_never_empties_and_an_empty_list_is_empty_now()
    {
        var never = ExhaustivityProjection.Compute(40, new ProjectionPace(10m, 8m, 2m, 35m), Today, null, Rates);
        Assert.Null(never.MonthWhenNobodyWaits);
        Assert.Null(never.HiresNeededPerMonth);
        Assert.All(never.Months, m => Assert.Equal(40m, m.AtCurrentPace));

        var empty = ExhaustivityProjection.Compute(0, new ProjectionPace(1m, 2m, 0m, 35m), Today, new DateOnly(2027, 6, 30), Rates);
        Assert.Equal(new DateOnly(2026, 3, 1), empty.MonthWhenNobodyWaits);
    }

    [Fact]
    public void The_teams_assumptions_replace_the_measured_pace_only_where_they_are_set()
    {
        var assumptions = new ProjectionAssumptions { TerritoryId = 1, HiresPerMonth = 12m };

        var used = assumptions.Apply(new ProjectionPace(5m, 8m, 1m, 28m));

        Assert.Equal(new ProjectionPace(5m, 12m, 1m, 28m), used);
    }
}
