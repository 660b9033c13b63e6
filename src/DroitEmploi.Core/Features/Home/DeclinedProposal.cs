namespace DroitEmploi.Core.Features.Home;

public sealed record DeclinedProposal(int PersonId, string PersonName, string OrganisationName, DateTime DeclinedAt, string? Reason);
