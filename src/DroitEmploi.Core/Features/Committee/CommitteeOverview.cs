namespace DroitEmploi.Core.Features.Committee;

public sealed record CommitteeOverview(
    int TerritoryId, decimal QuorumShare, IReadOnlyList<string> Colleges, IReadOnlyList<MemberView> Members,
    IReadOnlyList<MeetingSummary> Meetings, IReadOnlyList<AgendaSuggestion> Suggestions, bool CanManage);
