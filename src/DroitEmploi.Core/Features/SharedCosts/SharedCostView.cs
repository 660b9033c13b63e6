namespace DroitEmploi.Core.Features.SharedCosts;

/// <summary>A shared cost with its parties named, the use recorded for the current month, and what the caller may do.</summary>
public sealed record SharedCostView(
    int Id, int OwnerOrganisationId, string OwnerName, string Name, SharedCostKind Kind, AllocationKey Key, decimal MonthlyCost,
    decimal? InvestmentAmount, DateOnly? InvestmentDate, int? DepreciationYears, DateOnly StartsOn, DateOnly? EndsOn,
    IReadOnlyList<SharedCostShare> Parties, int Version, bool CanEdit);
