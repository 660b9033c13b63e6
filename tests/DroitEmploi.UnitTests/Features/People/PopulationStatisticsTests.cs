using DroitEmploi.Core.Features.People;

namespace DroitEmploi.UnitTests.Features.People;

public sealed class PopulationStatisticsTests
{
    [Theory]
    [InlineData(new[] { 5 })]
    [InlineData(new[] { 3, 9 })]
    [InlineData(new[] { 10, 2, 2, 7, 7, 7, 400 })]
    [InlineData(new[] { 1, 1, 1, 1, 30, 30 })]
    public void The_median_of_counted_values_is_the_median_of_the_values(int[] values)
    {
        var histogram = values.GroupBy(v => v).Select(g => (g.Key, g.Count())).Reverse();
        Assert.Equal(PopulationStatistics.Median(values), PopulationStatistics.MedianOfCounts(histogram));
    }

    [Fact]
    public void Nobody_counted_has_no_median()
    {
        Assert.Null(PopulationStatistics.MedianOfCounts(Array.Empty<(int, int)>()));
        Assert.Null(PopulationStatistics.MedianOfCounts([(12, 0)]));
    }
}
