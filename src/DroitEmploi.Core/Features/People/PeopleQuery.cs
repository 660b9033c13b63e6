namespace DroitEmploi.Core.Features.People;

public sealed record PeopleQuery(
    string? Search = null, PathState? State = null, PeopleSort Sort = PeopleSort.LastName, bool Descending = false,
    int? Page = null, int? PageSize = null);
