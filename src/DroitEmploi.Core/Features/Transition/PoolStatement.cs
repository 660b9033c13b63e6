namespace DroitEmploi.Core.Features.Transition;

/// <summary>
/// A year of the CTE's pool: contributions of profitable activities, losses of the others, outside grants — the
/// resources — against the RTE paid to holders; allocations never exceed the resources.
/// </summary>
public sealed record PoolStatement(
    int CteId, int Year, IReadOnlyList<PoolActivityLine> Activities, IReadOnlyList<PoolResourceView> Grants,
    decimal Contributions, decimal Losses, decimal OutsideGrants, decimal Resources, decimal Allocated, decimal Available,
    IReadOnlyList<PoolMonth> Months);
