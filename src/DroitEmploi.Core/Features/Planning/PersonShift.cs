namespace DroitEmploi.Core.Features.Planning;

public sealed record PersonShift(DateOnly Date, string Activity, string Slot, int Minutes);
