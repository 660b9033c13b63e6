namespace DroitEmploi.Core.Features.CostBalance;

/// <summary>
/// A territory's cost-of-unemployment balance for a year (to date for the current year): the figures, what the EBE
/// earned beside them, and the CLE team's assumptions.
/// </summary>
public sealed record TerritoryCostBalance(
    int TerritoryId, string TerritoryName, int Year, DateOnly From, DateOnly To, bool YearComplete, int EmploymentCompanies,
    CostBalanceFigures Figures, decimal Revenue, CostBalanceAssumptionsInput Assumptions, bool CanEditAssumptions);
