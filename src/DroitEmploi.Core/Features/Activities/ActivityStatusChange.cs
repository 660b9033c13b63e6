namespace DroitEmploi.Core.Features.Activities;

/// <summary>One dated step of an activity's history, with the committee's decision when one was needed.</summary>
public class ActivityStatusChange
{
    public int Id { get; set; }
    public int ActivityId { get; set; }
    public ActivityStatus From { get; set; }
    public ActivityStatus To { get; set; }
    public DateTime At { get; set; }
    public string By { get; set; } = "";
    public string? Reason { get; set; }
    public int? DecisionId { get; set; }
}
