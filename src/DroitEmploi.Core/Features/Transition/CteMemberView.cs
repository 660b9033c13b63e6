namespace DroitEmploi.Core.Features.Transition;

public sealed record CteMemberView(
    int Id, MemberCategory Category, string CategoryLabel, string Name, int? PersonId, DateOnly? JoinedOn, DateOnly? LeftOn,
    int Shares, bool IsMemberToday, bool HasAccount, int ActiveGrants, int Version);
