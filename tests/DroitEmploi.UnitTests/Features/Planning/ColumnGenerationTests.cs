using DroitEmploi.Planning;
using DroitEmploi.Planning.Columns;
using DroitEmploi.Planning.Curtois;

namespace DroitEmploi.UnitTests.Features.Planning;

public class ColumnGenerationTests
{
    [Fact]
    public void Its_dives_improve_a_first_schedule_and_keep_every_rule()
    {
        var problem = CurtoisReader.Read(File.ReadAllText(CurtoisFiles.Path(5)));
        // CP-SAT's very first schedule: far from the best (1,143), so there is room to improve.
        var start = new RosterSolver().Solve(problem, new SolveOptions
        {
            TimeLimit = TimeSpan.FromSeconds(20),
            Workers = 1,
            RandomSeed = 1,
            ExtraParameters = "stop_after_first_solution:true",
        });
        var model = new RosterModel(problem, explain: false);
        var incumbent = new Incumbent(model.ValuesOf(start.Assignments), start.Objective!.Value, null);

        new ColumnGeneration(problem, model, seed: 1).Improve(incumbent, TimeSpan.FromSeconds(4), CancellationToken.None);

        var (values, objective) = incumbent.Current;
        var check = RosterChecker.Check(problem, model.Read(values));
        Assert.Empty(check.Violations);
        Assert.Equal(check.Objective, objective);
        Assert.True(objective < start.Objective, $"{objective} is not below the first schedule's {start.Objective}");
    }

    [Fact]
    public void Beside_a_neighbourhood_search_it_keeps_every_rule_and_the_reported_cost()
    {
        var problem = CurtoisReader.Read(File.ReadAllText(CurtoisFiles.Path(7)));
        var solution = new RosterSolver().Solve(problem, SolveOptions.Recommended(problem, TimeSpan.FromSeconds(8)) with { RandomSeed = 1, LnsSearches = 2 });

        Assert.True(SolveOptions.Recommended(problem, TimeSpan.FromSeconds(8)).ColumnGeneration);
        var check = RosterChecker.Check(problem, solution.Assignments);
        Assert.Empty(check.Violations);
        Assert.Equal(check.Objective, solution.Objective);
    }
}

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

    private static double Cost(int[] shiftOnDay, double[] prices, int shifts) =>
        Enumerable.Range(0, shiftOnDay.Length).Where(d => shiftOnDay[d] >= 0).Sum(d => prices[d * shifts + shiftOnDay[d]]);
}
