namespace DroitEmploi.Core.Features.Transition;

/// <summary>The pool through a month: resources gathered and allocations paid since January.</summary>
public sealed record PoolMonth(DateOnly Month, decimal Resources, decimal Allocated);
