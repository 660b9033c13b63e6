namespace DroitEmploi.Core.Features.Transition;

public sealed record CteActivityView(
    int Id, string Name, int? HolderId, string? Holder, DateOnly StartedOn, DateOnly? SpunOffOn, string? Siren,
    decimal ResultThisYear, IReadOnlyList<ActivityResult> Results, IReadOnlyList<FollowUpView> FollowUps, int Version);
