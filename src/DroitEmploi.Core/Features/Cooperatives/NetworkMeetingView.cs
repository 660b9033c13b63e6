namespace DroitEmploi.Core.Features.Cooperatives;

public sealed record NetworkMeetingView(int Id, DateOnly HeldOn, string? Place, IReadOnlyList<string> Present, string Notes);
