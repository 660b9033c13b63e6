using DroitEmploi.Planning.Columns;
using DroitEmploi.Planning.Curtois;

namespace DroitEmploi.UnitTests.Features.Planning;

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
