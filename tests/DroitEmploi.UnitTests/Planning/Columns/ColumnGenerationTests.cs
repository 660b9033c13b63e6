using DroitEmploi.Bench.Instances;
using DroitEmploi.Planning;
using DroitEmploi.Planning.Columns;
using DroitEmploi.UnitTests.Bench;

namespace DroitEmploi.UnitTests.Planning.Columns;

// The searches stop on the result a test expects, or on the proof; their time budget is only a safety
// net far above what they need, so that a busy machine makes a test slower, never red.
public class ColumnGenerationTests
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromMinutes(5);

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

        new ColumnGeneration(problem, model, seed: 1).Improve(incumbent, SafetyNet, CancellationToken.None,
            goal: best => best.Current.Objective < start.Objective);

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

    [Theory]
    [InlineData(2, 828)] // Optima proved by CP-SAT (shared/bench/curtois/README.md).
    [InlineData(3, 1001)]
    public void Where_every_pricing_is_exact_it_proves_a_bound_close_to_the_optimum_and_never_above_it(int instance, long optimum)
    {
        var problem = CurtoisReader.Read(File.ReadAllText(CurtoisFiles.Path(instance)));
        var incumbent = FirstSchedule(problem, out var model);

        new ColumnGeneration(problem, model, seed: 1).Improve(incumbent, SafetyNet, CancellationToken.None,
            goal: best => best.Bound >= optimum * 99 / 100);

        Assert.InRange(incumbent.Bound, optimum * 99 / 100, optimum);
    }

    [Theory]
    [InlineData(2, 828)]
    [InlineData(3, 1001)]
    [InlineData(6, 1950)] // The master's value is 1,949: only the branch and price or the gap search proves 1,950.
    public void Where_every_pricing_is_exact_it_closes_the_gap_and_proves_the_optimum(int instance, long optimum)
    {
        var problem = CurtoisReader.Read(File.ReadAllText(CurtoisFiles.Path(instance)));
        var incumbent = FirstSchedule(problem, out var model);

        new ColumnGeneration(problem, model, seed: 1).Improve(incumbent, SafetyNet, CancellationToken.None);

        Assert.True(incumbent.Proved, $"{incumbent.Current.Objective} is not proved: the bound is {incumbent.Bound}");
        Assert.Equal(optimum, incumbent.Current.Objective);
        // A bound above the optimum would be a false proof.
        Assert.Equal(optimum, incumbent.Bound);
        Assert.Empty(RosterChecker.Check(problem, model.Read(incumbent.Current.Values)).Violations);
    }

    [Theory]
    [InlineData(2, 828)]
    [InlineData(3, 1001)]
    public void Branch_and_price_from_no_column_at_all_brings_the_best_schedule_within_one_of_a_sound_bound(int instance, long optimum)
    {
        var problem = CurtoisReader.Read(File.ReadAllText(CurtoisFiles.Path(instance)));
        var incumbent = FirstSchedule(problem, out var model);
        incumbent.OfferBound(0);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        new ColumnGeneration(problem, model, seed: 1).BranchAndPrice(
            problem.Employees.Select(_ => Array.Empty<int>()).ToArray(), incumbent,
            () => (incumbent.Current.Objective - incumbent.Bound > 1 || incumbent.Bound < optimum - 1) && clock.Elapsed < SafetyNet);

        var (values, objective) = incumbent.Current;
        Assert.InRange(objective - incumbent.Bound, 0, 1);
        Assert.InRange(incumbent.Bound, optimum - 1, optimum);
        var check = RosterChecker.Check(problem, model.Read(values));
        Assert.Empty(check.Violations);
        Assert.Equal(check.Objective, objective);
    }

    [Fact]
    public void Where_a_pricing_is_a_heuristic_it_claims_no_bound()
    {
        // Instance 10: some employees' limited shift counts do not all fit in the labels' state.
        var problem = CurtoisReader.Read(File.ReadAllText(CurtoisFiles.Path(10)));
        Assert.Contains(Enumerable.Range(0, problem.Employees.Count), e => !new EmployeePricing(problem, e).Exact);
        var incumbent = FirstSchedule(problem, out var model);

        new ColumnGeneration(problem, model, seed: 1).Improve(incumbent, TimeSpan.FromSeconds(2), CancellationToken.None);

        Assert.Equal(long.MinValue, incumbent.Bound);
    }

    private static Incumbent FirstSchedule(RosterProblem problem, out RosterModel model)
    {
        var start = new RosterSolver().Solve(problem, new SolveOptions
        {
            TimeLimit = TimeSpan.FromSeconds(20),
            Workers = 2,
            RandomSeed = 1,
            ExtraParameters = "stop_after_first_solution:true",
        });
        model = new RosterModel(problem, explain: false);
        return new Incumbent(model.ValuesOf(start.Assignments), start.Objective!.Value, null);
    }
}
