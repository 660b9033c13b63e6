namespace DroitEmploi.Core.Features.Transition;

/// <summary>Money into the pool from outside the activities: a local authority's or a foundation's grant, dated and sourced.</summary>
public class PoolResource
{
    public int Id { get; set; }
    public int CteId { get; set; }
    public DateOnly On { get; set; }
    public PoolResourceKind Kind { get; set; }
    public string Source { get; set; } = "";
    public decimal Amount { get; set; }
    public DateTime RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";
}
