namespace DroitEmploi.Core.Features.People;

public sealed record WaitingListQuery(string? Search = null, int? MinHours = null, int? MaxHours = null, int? Page = null, int? PageSize = null);
