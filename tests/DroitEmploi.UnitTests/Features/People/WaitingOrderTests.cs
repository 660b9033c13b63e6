using DroitEmploi.Core.Features.People;

namespace DroitEmploi.UnitTests.Features.People;

public class WaitingOrderTests
{
    [Fact]
    public void Earlier_candidacy_comes_first_and_ties_go_by_registration()
    {
        var people = new[]
        {
            Person(id: 5, "2024-03-02"),
            Person(id: 9, "2024-03-01"),
            Person(id: 2, "2024-03-02"),
            Person(id: 7, "2023-12-31"),
        };
        Assert.Equal([7, 9, 2, 5], people.AsQueryable().InWaitingOrder().Select(p => p.Id));
    }

    [Fact]
    public void The_in_memory_order_is_the_same_as_the_database_order()
    {
        var people = new[] { (Id: 5, Date: new DateOnly(2024, 3, 2)), (Id: 9, Date: new DateOnly(2024, 3, 1)), (Id: 2, Date: new DateOnly(2024, 3, 2)) };
        Assert.Equal([9, 2, 5], people.InWaitingOrder(p => p.Date, p => p.Id).Select(p => p.Id));
    }

    [Fact]
    public void Ages_fall_in_the_national_reporting_bands_bounds_included()
    {
        var bands = PopulationStatistics.CountByAgeBand([16, 25, 26, 42, 43, 61, 62, 80]);
        Assert.Equal(["Moins de 26 ans", "26 à 42 ans", "43 à 61 ans", "62 ans et plus"], bands.Select(b => b.Band));
        Assert.Equal([2, 2, 2, 2], bands.Select(b => b.Count));
    }

    [Fact]
    public void Only_eligible_people_of_the_territory_who_are_not_anonymised_wait()
    {
        var people = new[]
        {
            Person(1, "2024-01-01", PathState.Eligible),
            Person(2, "2024-01-01", PathState.Candidate),
            Person(3, "2024-01-01", PathState.Proposed),
            Person(4, "2024-01-01", PathState.Eligible, territoryId: 99),
            Person(5, "2024-01-01", PathState.Eligible, anonymised: true),
        };
        Assert.Equal([1], people.AsQueryable().Waiting(territoryId: 1).Select(p => p.Id));
    }

    [Fact]
    public void Median_of_waiting_times()
    {
        Assert.Null(PopulationStatistics.Median([]));
        Assert.Equal(30, PopulationStatistics.Median([90, 10, 30]));
        Assert.Equal(20, PopulationStatistics.Median([10, 30]));
    }

    private static Person Person(int id, string candidacy, PathState state = PathState.Eligible, int territoryId = 1, bool anonymised = false) => new()
    {
        Id = id,
        TerritoryId = territoryId,
        State = state,
        CandidacyDate = DateOnly.Parse(candidacy, System.Globalization.CultureInfo.InvariantCulture),
        AnonymisedAt = anonymised ? DateTime.UtcNow : null,
    };
}
