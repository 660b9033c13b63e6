namespace DroitEmploi.Core.Features.Transition;

/// <summary>An RTE as it appears in the person's own data export: the CTE, the situation it was decided on, its amount and dates.</summary>
public sealed record RteGrantRecord(
    string Cte, string Kind, DateOnly StartsOn, DateOnly LastDay, decimal MonthlyAmount, string Household, decimal OtherMonthlyIncome, int? RsaHoursPerYear, string Decision);
