namespace DroitEmploi.Core.Features.People;

/// <summary>
/// The order of non-selective hiring: by candidacy date, then by registration order for people who
/// applied the same day. Every list, proposal and report uses this one definition.
/// </summary>
public static class WaitingOrder
{
    public static IOrderedQueryable<Person> InWaitingOrder(this IQueryable<Person> people) =>
        people.OrderBy(p => p.CandidacyDate).ThenBy(p => p.Id);

    public static IOrderedEnumerable<T> InWaitingOrder<T>(this IEnumerable<T> people, Func<T, DateOnly> candidacyDate, Func<T, int> id) =>
        people.OrderBy(candidacyDate).ThenBy(id);

    public static IQueryable<Person> Waiting(this IQueryable<Person> people, int territoryId) =>
        people.Where(p => p.TerritoryId == territoryId && p.State == PathState.Eligible && p.AnonymisedAt == null);
}
