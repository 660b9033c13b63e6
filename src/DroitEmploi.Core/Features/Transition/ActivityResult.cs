namespace DroitEmploi.Core.Features.Transition;

/// <summary>An activity's month: its turnover and its costs; the result is pooled.</summary>
public sealed class ActivityResult
{
    public DateOnly Month { get; set; }
    public decimal Turnover { get; set; }
    public decimal Costs { get; set; }

    public decimal Result => Turnover - Costs;
}
