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
}
