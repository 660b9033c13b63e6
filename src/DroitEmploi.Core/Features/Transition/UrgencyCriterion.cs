namespace DroitEmploi.Core.Features.Transition;

/// <summary>A criterion of ecological or social urgency the CTE set, and what it adds to the monthly RTE.</summary>
public sealed class UrgencyCriterion
{
    public string Code { get; set; } = "";
    public string Label { get; set; } = "";
    public decimal MonthlySupplement { get; set; }
}
