using DroitEmploi.Bench.Instances;
using DroitEmploi.Planning;
using DroitEmploi.Planning.Columns;
using DroitEmploi.UnitTests.Bench;

namespace DroitEmploi.UnitTests.Planning.Columns;

public class RuinAndRecreateTests
{
    [Theory]
    [InlineData(5, 3)] // 28 days, 16 people: the exact labelling gives each person's answer.
    [InlineData(13, 8)] // 120 people, 18 shift types: the coarse labelling, each answer checked against the person's rules.
    public void It_improves_the_first_schedule_and_what_it_shares_keeps_every_rule_at_the_cost_it_says(int instance, int seconds)
    {
        var problem = CurtoisReader.Read(File.ReadAllText(CurtoisFiles.Path(instance)));
        var pricing = new PersonPricings(problem);
        var start = GreedyConstruction.Build(problem, pricing, TimeSpan.FromMinutes(1), CancellationToken.None)!;
        var startCost = RosterChecker.Check(problem, start).Objective;
        var model = new RosterModel(problem, explain: false);
        var shared = new List<(bool[] Values, long Objective)>();
        var incumbent = new Incumbent(model.ValuesOf(start), startCost, (values, objective, _) => shared.Add((values, objective)));

        new RuinAndRecreate(problem, model, pricing, seed: 1).Improve(incumbent, TimeSpan.FromSeconds(seconds), CancellationToken.None);

        Assert.NotEmpty(shared);
        Assert.True(incumbent.Current.Objective < startCost, $"{incumbent.Current.Objective} after {startCost}");
        foreach (var (values, objective) in shared)
        {
            var check = RosterChecker.Check(problem, model.Read(values));
            Assert.Empty(check.Violations);
            Assert.Equal(check.Objective, objective);
        }
    }

    [Fact]
    public void It_takes_the_column_generations_place_only_on_the_largest_models_whose_people_have_the_most_choices()
    {
        bool Pays(int instance) => RuinAndRecreate.Pays(CurtoisReader.Read(File.ReadAllText(CurtoisFiles.Path(instance))));

        Assert.All(new[] { 13, 20, 21, 22, 23, 24 }, instance => Assert.True(Pays(instance), $"Instance {instance}"));
        Assert.All(new[] { 5, 12, 15, 18, 19 }, instance => Assert.False(Pays(instance), $"Instance {instance}"));
        // A week keeps the column generation and its bound: "il manque 2 personnes formées…" needs it.
        Assert.False(RuinAndRecreate.Pays(SyntheticWeek.Generate(employees: 150, activities: 20, seed: 2026)));
        var large = CurtoisReader.Read(File.ReadAllText(CurtoisFiles.Path(13)));
        var recommended = SolveOptions.Recommended(large, TimeSpan.FromSeconds(60));
        Assert.Equal((1, 1.0), (recommended.PersonSearches, recommended.LnsShare));
        Assert.Equal(2, RuinAndRecreate.Searches(CurtoisReader.Read(File.ReadAllText(CurtoisFiles.Path(24))), 2));
        Assert.Equal(1, RuinAndRecreate.Searches(CurtoisReader.Read(File.ReadAllText(CurtoisFiles.Path(22))), 2));
        Assert.Equal(0, SolveOptions.Recommended(CurtoisReader.Read(File.ReadAllText(CurtoisFiles.Path(19))), TimeSpan.FromSeconds(60)).PersonSearches);
    }
}
