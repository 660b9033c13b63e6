using DroitEmploi.Bench.Instances;
using DroitEmploi.Planning.Columns;
using DroitEmploi.UnitTests.Bench;

namespace DroitEmploi.UnitTests.Planning.Columns;

public class EmployeePricingTests
{
    [Theory]
    [InlineData(5)] // Instance 5's first employee may work any number of early shifts and no late ones.
    [InlineData(8)] // Instance 8's first employee: day shifts, and at most 4 nights, a count the labels' state holds.
    public void Labelling_and_cp_sat_find_equally_cheap_schedules_when_the_labels_hold_every_limited_count(int instance)
    {
        var problem = CurtoisReader.Read(File.ReadAllText(CurtoisFiles.Path(instance)));
        var pricing = new EmployeePricing(problem, 0);
        var random = new Random(3);
        for (var trial = 0; trial < 20; trial++)
        {
            var prices = Enumerable.Range(0, problem.Days * problem.Shifts.Count).Select(_ => random.Next(-200, 100) / 2.0).ToArray();

            var byLabels = pricing.CheapestByLabels(prices);
            var byCpSat = pricing.CheapestByCpSat(prices);

            Assert.NotNull(byLabels);
            Assert.NotNull(byCpSat);
            Assert.Equal(Cost(byCpSat, prices, problem.Shifts.Count), Cost(byLabels, prices, problem.Shifts.Count), 6);
        }
    }

    [Fact]
    public void Within_branching_rules_it_works_the_forced_shift_never_the_forbidden_one_and_pays_for_them()
    {
        // Instance 7's first employee works early and day shifts, never late ones, and is off on days 15 and 16.
        var problem = CurtoisReader.Read(File.ReadAllText(CurtoisFiles.Path(7)));
        var pricing = new EmployeePricing(problem, 0);
        var coverOf = ColumnGeneration.CoverOf(problem);
        var random = new Random(5);
        for (var trial = 0; trial < 10; trial++)
        {
            var duals = problem.Cover.Select(_ => random.Next(0, 40) / 4.0).ToArray();
            // A dual this high makes every schedule lower the master: the pricing returns the cheapest.
            var free = pricing.Price(duals, coverOf, 1e4, [])!.Value;
            var day = random.Next(problem.Days);
            while (day is 15 or 16)
            {
                day = random.Next(problem.Days);
            }
            var shift = free.Column.ShiftOnDay[day] == 0 ? 1 : 0;

            var forced = pricing.Price(duals, coverOf, 1e4, [new BranchRule(0, day, shift, Works: true)])!.Value;
            var worked = Array.FindIndex(free.Column.ShiftOnDay, s => s >= 0);
            var forbidden = pricing.Price(duals, coverOf, 1e4, [new BranchRule(0, worked, free.Column.ShiftOnDay[worked], Works: false)])!.Value;

            Assert.Equal(shift, forced.Column.ShiftOnDay[day]);
            Assert.NotEqual(free.Column.ShiftOnDay[worked], forbidden.Column.ShiftOnDay[worked]);
            Assert.True(forced.ReducedCost >= free.ReducedCost - 1e-9, "a rule cannot make the cheapest schedule cheaper");
            Assert.True(forbidden.ReducedCost >= free.ReducedCost - 1e-9, "a rule cannot make the cheapest schedule cheaper");
        }
    }

    [Theory]
    [InlineData(15, 0)] // A day off the person asked for.
    [InlineData(3, 2)] // A late shift, which the person never works.
    public void Within_branching_rules_that_no_schedule_keeps_it_returns_nothing(int day, int shift)
    {
        var problem = CurtoisReader.Read(File.ReadAllText(CurtoisFiles.Path(7)));
        var pricing = new EmployeePricing(problem, 0);
        var duals = problem.Cover.Select(_ => 5.0).ToArray();

        Assert.NotNull(pricing.Price(duals, ColumnGeneration.CoverOf(problem), 1e4, []));
        Assert.Null(pricing.Price(duals, ColumnGeneration.CoverOf(problem), 1e4, [new BranchRule(0, day, shift, Works: true)]));
    }

    private static double Cost(int[] shiftOnDay, double[] prices, int shifts) =>
        Enumerable.Range(0, shiftOnDay.Length).Where(d => shiftOnDay[d] >= 0).Sum(d => prices[d * shifts + shiftOnDay[d]]);
}
