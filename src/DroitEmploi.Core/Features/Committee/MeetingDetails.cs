namespace DroitEmploi.Core.Features.Committee;

public sealed record MeetingDetails(
    int Id, int TerritoryId, DateTime HeldAt, string? Place, IReadOnlyList<AgendaItemView> Agenda, IReadOnlyList<int> PresentMemberIds,
    int VotingMembers, int VotingPresent, decimal QuorumShare, bool HasQuorum, string? Minutes, IReadOnlyList<DecisionView> Decisions,
    bool CanManage, int Version);
