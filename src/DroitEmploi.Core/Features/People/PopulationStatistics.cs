namespace DroitEmploi.Core.Features.People;

/// <summary>
/// Counts shared by the registry's and the employment figures: age bands of the national reporting
/// (under 26, 26–42, 43–61, 62 and over) and medians of waiting times.
/// </summary>
public static class PopulationStatistics
{
    public static readonly (string Band, int From, int To)[] AgeBands =
        [("Moins de 26 ans", 0, 25), ("26 à 42 ans", 26, 42), ("43 à 61 ans", 43, 61), ("62 ans et plus", 62, 200)];

    public static List<AgeBandCount> CountByAgeBand(IReadOnlyList<int> ages) =>
        AgeBands.Select(b => new AgeBandCount(b.Band, ages.Count(a => a >= b.From && a <= b.To))).ToList();

    public static int? Median(IReadOnlyList<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The same median, of values given with how many times each occurs (as a database counts them).</summary>
    public static int? MedianOfCounts(IEnumerable<(int Value, int Count)> histogram)
    {
        var ordered = histogram.Where(h => h.Count > 0).OrderBy(h => h.Value).ToList();
        var total = ordered.Sum(h => h.Count);
        if (total == 0)
        {
            return null;
        }
        int At(int index)
        {
            foreach (var (value, count) in ordered)
            {
                if (index < count)
                {
                    return value;
                }
                index -= count;
            }
            throw new ArgumentOutOfRangeException(nameof(index));
        }
        return total % 2 == 1 ? At(total / 2) : (At(total / 2 - 1) + At(total / 2)) / 2;
    }
}
