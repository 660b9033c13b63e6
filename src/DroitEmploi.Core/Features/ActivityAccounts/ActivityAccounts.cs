namespace DroitEmploi.Core.Features.ActivityAccounts;

/// <summary>An EBE's activity accounts of a year (to date for the current one): month by month, the year's totals and the péréquation.</summary>
public sealed record ActivityAccounts(
    int OrganisationId, string OrganisationName, int Year, DateOnly To, int MonthsCounted, bool EmployerCostKnown,
    IReadOnlyList<AccountMonth> Months, IReadOnlyList<ActivityResult> Totals, Equalisation Equalisation, BudgetView Budget)
{
    public decimal Result => Totals.Sum(t => t.Result);
    public decimal ResultAfterFunding => Totals.Sum(t => t.ResultAfterFunding);
}
