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
