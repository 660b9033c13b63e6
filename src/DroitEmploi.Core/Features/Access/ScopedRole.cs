namespace DroitEmploi.Core.Features.Access;

public sealed record ScopedRole(Role Role, int? TerritoryId, int? OrganisationId);
