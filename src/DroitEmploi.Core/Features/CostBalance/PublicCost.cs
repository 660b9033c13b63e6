namespace DroitEmploi.Core.Features.CostBalance;

/// <summary>What the jobs cost the public over the year: the State's and the département's contribution and the seed grant.</summary>
public sealed record PublicCost(decimal State, decimal Department, decimal SeedGrant)
{
    public decimal Total => State + Department + SeedGrant;
}
