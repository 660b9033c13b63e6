namespace DroitEmploi.Core.Features.SharedCosts;

/// <summary>A month of a shared cost: the running cost, the investment's depreciation, and each party's share.</summary>
public sealed record SharedCostAllocation(int SharedCostId, string Name, DateOnly Month, AllocationKey Key, decimal RunningCost, decimal Depreciation,
    IReadOnlyList<SharedCostShare> Shares, string? Note)
{
    public decimal Total => RunningCost + Depreciation;
}
