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
    [InlineData(21)] // 182 days, 100 people: the coarse labelling (the exact one took 73 s).
    [InlineData(13)] // 28 days, 120 people, 18 shift types: coarse too (the exact one took 15 to 28 s).
    public void Large_curtois_instances_get_a_first_schedule_within_every_rule(int instance)
    {
        var problem = CurtoisReader.Read(File.ReadAllText(CurtoisFiles.Path(instance)));

        var schedule = GreedyConstruction.Build(problem, TimeSpan.FromMinutes(5), CancellationToken.None);

        Assert.NotNull(schedule);
        Assert.Empty(RosterChecker.Check(problem, schedule).Violations);
    }
}
