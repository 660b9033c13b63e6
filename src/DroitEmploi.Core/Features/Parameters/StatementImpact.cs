namespace DroitEmploi.Core.Features.Parameters;

/// <summary>An EBE's funding statement of a year that a change would rewrite.</summary>
public sealed record StatementImpact(int OrganisationId, string OrganisationName, int Year);
