namespace DroitEmploi.Core.Features.ActivityAccounts;

/// <summary>An activity's budget for the year and to date (the months counted out of twelve), against the actual to date.</summary>
public sealed record BudgetComparisonLine(int? ActivityId, string Name, decimal BudgetRevenue, decimal BudgetResult, decimal BudgetRevenueToDate, decimal BudgetResultToDate,
    decimal ActualRevenue, decimal ActualResult)
{
    public decimal RevenueGap => ActualRevenue - BudgetRevenueToDate;
    public decimal ResultGap => ActualResult - BudgetResultToDate;
}
