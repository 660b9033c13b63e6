namespace DroitEmploi.Core.Features.Planning;

/// <summary>A shift of a published week: the day and the activity slot.</summary>
public sealed record PublishedShift(DateOnly Date, string SlotName);
