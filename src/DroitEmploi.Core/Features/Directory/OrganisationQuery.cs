namespace DroitEmploi.Core.Features.Directory;

public sealed record OrganisationQuery(
    string? Search = null, OrganisationKind? Kind = null, string? Activity = null, int? TerritoryId = null,
    OrganisationSort Sort = OrganisationSort.Name, bool Descending = false, int? Page = null, int? PageSize = null);
