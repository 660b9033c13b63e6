using DroitEmploi.Planning;
using DroitEmploi.Planning.Columns;

namespace DroitEmploi.UnitTests.Planning;

public class UnavoidableNeedsTests
{
    private static readonly ShiftType Kitchen = new("K", 420, [], "Cuisine, journée");
    private static readonly ShiftType Garden = new("G", 420, [], "Jardin, journée");

    [Fact]
    public void Two_cooks_wanted_on_tuesday_with_one_trained_person_leave_one_need_no_schedule_covers()
    {
        var problem = new RosterProblem(7, [Kitchen, Garden],
            [Person("Awa", "cuisine"), Person("Bruno"), Person("Chloé")], [],
            [new CoverRequirement(1, "K", 2, 100, 1, RequiredSkill: "cuisine"), new CoverRequirement(1, "G", 1, 100, 1)]);

        var shortfall = Assert.Single(UnavoidableNeeds.Find(problem));

        Assert.Equal((1, 1, "cuisine"), (shortfall.Day, shortfall.Missing, shortfall.Skill));
        Assert.Equal("il manque 1 personne formée en cuisine le mardi", shortfall.Message);
        Assert.Equal(100, UnavoidableNeeds.Bound(problem, [shortfall]));
    }

    [Fact]
    public void Needs_beyond_the_people_who_can_come_that_day_are_unavoidable_whichever_activity_is_left()
    {
        // Three people, one a day each, for four places on Monday: one place stays empty in any schedule.
        var problem = new RosterProblem(7, [Kitchen, Garden], [Person("Awa"), Person("Bruno"), Person("Chloé")], [],
            [new CoverRequirement(0, "K", 2, 100, 1), new CoverRequirement(0, "G", 2, 100, 1), new CoverRequirement(2, "G", 3, 100, 1)]);

        var shortfall = Assert.Single(UnavoidableNeeds.Find(problem));

        Assert.Equal(0, shortfall.Day);
        Assert.Equal(1, shortfall.Missing);
        Assert.StartsWith("il manque 1 personne disponible le lundi pour ", shortfall.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_off_counts_a_person_out_and_a_coverable_week_has_none()
    {
        var away = Person("Bruno") with { DaysOff = new HashSet<int> { 3 } };
        var cover = new List<CoverRequirement> { new(3, "G", 2, 100, 1) };

        Assert.Empty(UnavoidableNeeds.Find(new RosterProblem(7, [Garden], [Person("Awa"), Person("Bruno")], [], cover)));
        Assert.Equal(1, Assert.Single(UnavoidableNeeds.Find(new RosterProblem(7, [Garden], [Person("Awa"), away], [], cover))).Missing);
    }

    [Fact]
    public void The_solver_tells_the_unavoidable_needs_apart_from_those_it_left_and_proves_its_schedule_with_them()
    {
        var problem = new RosterProblem(7, [Kitchen, Garden],
            [Person("Awa", "cuisine"), Person("Bruno"), Person("Chloé")], [],
            [new CoverRequirement(1, "K", 2, 100, 1, RequiredSkill: "cuisine"), new CoverRequirement(1, "G", 1, 100, 1)]);

        var solution = new RosterSolver().Solve(problem, SolveOptions.Recommended(problem, TimeSpan.FromMinutes(2)) with { RandomSeed = 1 });

        Assert.Equal(SolveStatus.Optimal, solution.Status);
        Assert.Equal(1, solution.Unavoidable.Sum(u => u.Missing));
        Assert.Equal(0, solution.LeftUncovered);
        Assert.True(solution.BestBound >= 100, $"bound {solution.BestBound}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void With_skills_neither_bound_is_ever_above_the_optimum_found_by_trying_every_schedule(int seed)
    {
        var problem = SmallTeams.Generate(seed);
        var optimum = SmallTeams.Optimum(problem);
        if (optimum is null)
        {
            Assert.Equal(SolveStatus.Infeasible, new RosterSolver().Solve(problem, new SolveOptions { TimeLimit = TimeSpan.FromMinutes(1), RandomSeed = 1 }).Status);
            return;
        }
        Assert.InRange(UnavoidableNeeds.Bound(problem, UnavoidableNeeds.Find(problem)), 0, optimum.Value);

        var start = new RosterSolver().Solve(problem, new SolveOptions { TimeLimit = TimeSpan.FromMinutes(1), RandomSeed = 1, ExtraParameters = "stop_after_first_solution:true" });
        var model = new RosterModel(problem, explain: false);
        var incumbent = new Incumbent(model.ValuesOf(start.Assignments), start.Objective!.Value, null);
        new ColumnGeneration(problem, model, seed: 1).Improve(incumbent, TimeSpan.FromSeconds(30), CancellationToken.None, goal: best => best.Bound > long.MinValue);

        // The column generation claims a bound with skills now (every pricing is exact on such a team), never above the optimum.
        Assert.NotEqual(long.MinValue, incumbent.Bound);
        Assert.InRange(incumbent.Bound, 0, optimum.Value);
        Assert.InRange(incumbent.Current.Objective, optimum.Value, long.MaxValue);
    }

    private static RosterEmployee Person(string id, params string[] skills) => new(
        id, 0, 5 * 420, new Dictionary<string, int>(), MaxConsecutiveShifts: 6, MinConsecutiveShifts: 1, MinConsecutiveDaysOff: 1,
        MaxWeekends: 1, new HashSet<int>(), skills.ToHashSet());
}
