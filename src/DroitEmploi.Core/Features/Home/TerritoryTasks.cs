namespace DroitEmploi.Core.Features.Home;

/// <summary>
/// A CLE team's work on its territory: candidates to assess, proposals the EBE has not answered, proposals
/// it declined lately; activities awaiting the committee, periodic reviews coming, objections left open,
/// needs nobody has looked at.
/// </summary>
public sealed record TerritoryTasks(
    int TerritoryId, string TerritoryName, int CandidatesToAssess, int ProposalsAwaitingAnswer, DateTime? OldestProposalAt,
    IReadOnlyList<DeclinedProposal> RecentlyDeclined, int ActivitiesToDecide = 0, int ReviewsDue = 0, int ObjectionsOverdue = 0, int NewNeeds = 0);
