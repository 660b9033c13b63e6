namespace DroitEmploi.Core.Features.ActivityAccounts;

/// <summary>One activity's budget for the year.</summary>
public class BudgetLine
{
    public int ActivityId { get; set; }
    public decimal Revenue { get; set; }
    public decimal DirectCosts { get; set; }
    public decimal Labour { get; set; }

    public decimal Result => Revenue - DirectCosts - Labour;
}
