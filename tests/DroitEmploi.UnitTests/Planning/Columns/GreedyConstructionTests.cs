using DroitEmploi.Bench.Instances;
using DroitEmploi.Planning;
using DroitEmploi.Planning.Columns;
using DroitEmploi.UnitTests.Bench;

namespace DroitEmploi.UnitTests.Planning.Columns;

public class GreedyConstructionTests
{
    [Fact]
    public void A_generated_ebe_week_of_150_people_gets_a_first_schedule_within_every_rule()
    {
        var week = SyntheticWeek.Generate(employees: 150, activities: 20, seed: 2026);

        var schedule = GreedyConstruction.Build(week, TimeSpan.FromMinutes(2), CancellationToken.None);

        Assert.NotNull(schedule);
        Assert.Empty(RosterChecker.Check(week, schedule).Violations);
    }

    [Theory]
    [InlineData(20)] // 182 days, 50 people: CP-SAT on the whole model found no schedule in 60 s.
    [InlineData(24)] // 364 days, 150 people, 32 shift types.
    public void The_longest_curtois_horizons_get_a_schedule_within_every_rule(int instance)
    {
        var problem = CurtoisReader.Read(File.ReadAllText(CurtoisFiles.Path(instance)));

        var schedule = GreedyConstruction.Build(problem, TimeSpan.FromMinutes(5), CancellationToken.None);

        Assert.NotNull(schedule);
        Assert.Empty(RosterChecker.Check(problem, schedule).Violations);
    }
}
