namespace DroitEmploi.Core.Features.Planning;

public sealed record AvailabilityDay(DateOnly Date, bool Unavailable, int? WishedSlotId);
