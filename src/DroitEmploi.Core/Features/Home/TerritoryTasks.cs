namespace DroitEmploi.Core.Features.Home;

/// <summary>A CLE team's work on its territory: candidates to assess, proposals the EBE has not answered, proposals it declined lately.</summary>
public sealed record TerritoryTasks(
    int TerritoryId, string TerritoryName, int CandidatesToAssess, int ProposalsAwaitingAnswer, DateTime? OldestProposalAt,
    IReadOnlyList<DeclinedProposal> RecentlyDeclined);
