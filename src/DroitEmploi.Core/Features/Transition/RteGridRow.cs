namespace DroitEmploi.Core.Features.Transition;

/// <summary>One line of a grid: for a household whose other monthly income is up to an amount (none: any), the monthly RTE.</summary>
public sealed class RteGridRow
{
    public Household Household { get; set; }
    public decimal? OtherIncomeUpTo { get; set; }
    public decimal MonthlyAmount { get; set; }
}
