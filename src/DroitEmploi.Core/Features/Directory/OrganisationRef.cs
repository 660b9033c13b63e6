namespace DroitEmploi.Core.Features.Directory;

public sealed record OrganisationRef(int Id, string Name);
