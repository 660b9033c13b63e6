namespace DroitEmploi.Core.Features.ActivityAccounts;

/// <summary>The EBE's result month by month, cumulated, against the budget spread evenly over the year.</summary>
public sealed record BudgetMonth(int Month, decimal? ActualCumulated, decimal BudgetCumulated);
