namespace DroitEmploi.Core.Features.Cooperatives;

public sealed record PayRequestView(int Id, int KpaId, string KpaName, int CooperantId, string Name, DateOnly Month, decimal Amount, PayRequestStatus Status,
    DateOnly RequestedOn, DateOnly? SubmittedOn, DateOnly? DecidedOn, string? RejectionReason, string? AdvanceDecision, decimal Balance, int Version);
