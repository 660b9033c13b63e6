namespace DroitEmploi.Core.Features.CostBalance;

/// <summary>One avoided cost of the central view: its rate per person and per year, the person-years it counts, its amount and source.</summary>
public sealed record CostBalanceComponent(string Key, string Label, decimal PerPersonYear, decimal PersonYears, decimal Amount, string Source);
