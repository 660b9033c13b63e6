namespace DroitEmploi.Core.Features.Transition;

/// <summary>An activity's year in the pool: its result, what its profitable months contributed, what its losing months cost.</summary>
public sealed record PoolActivityLine(int ActivityId, string Name, decimal Result, decimal Contribution, decimal Loss, DateOnly? SpunOffOn);
