namespace DroitEmploi.Core.Features.Access;

/// <summary>A role as the access rules judge it: the role and, for an organisation's role, where that organisation works.</summary>
public sealed record GrantedRole(ScopedRole Role, OrganisationAccess? Organisation);
