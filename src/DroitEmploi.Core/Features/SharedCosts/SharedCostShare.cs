namespace DroitEmploi.Core.Features.SharedCosts;

/// <summary>One party's share of a month: its weight (or use) and the amount, the shares adding up to the month's total.</summary>
public sealed record SharedCostShare(int OrganisationId, string OrganisationName, int? ActivityId, string? ActivityName, decimal Weight, decimal Amount);
