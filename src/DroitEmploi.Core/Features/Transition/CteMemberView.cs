namespace DroitEmploi.Core.Features.Transition;

public sealed record CteMemberView(
    int Id, MemberCategory Category, string CategoryLabel, string Name, int? PersonId, DateOnly? JoinedOn, DateOnly? LeftOn,
    int Shares, bool IsMemberToday, string? AccountEmail, int ActiveGrants, int Version);
