namespace DroitEmploi.Core.Features.Home;

public sealed record ProposalToAnswer(int ProposalId, string PersonName, DateTime ProposedAt);
