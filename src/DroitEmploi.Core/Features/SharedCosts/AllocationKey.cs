namespace DroitEmploi.Core.Features.SharedCosts;

/// <summary>How a shared cost is split: by a month's recorded use (hours, kilometres) or by fixed weights (m², headcount, shares).</summary>
public enum AllocationKey
{
    HoursOfUse,
    Kilometres,
    SquareMetres,
    Headcount,
    FixedShares,
}
