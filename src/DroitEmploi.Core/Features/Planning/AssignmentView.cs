namespace DroitEmploi.Core.Features.Planning;

public sealed record AssignmentView(int ContractId, DateOnly Date, int SlotId);
