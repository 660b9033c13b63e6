namespace DroitEmploi.Core.Features.Planning;

public sealed record MyAvailability(int ContractId, string Week, DateOnly WeekStart, IReadOnlyList<AvailabilityDay> Days, IReadOnlyList<SlotView> Slots);
