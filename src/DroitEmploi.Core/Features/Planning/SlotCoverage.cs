namespace DroitEmploi.Core.Features.Planning;

/// <summary>One slot of an activity over the week: who works it each day, against the number of people it needs.</summary>
public sealed record SlotCoverage(SlotView Slot, IReadOnlyList<DayCoverage> Days);
