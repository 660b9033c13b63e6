namespace DroitEmploi.Core.Features.Transition;

/// <summary>News of a spun-off business at 6, 12 or 24 months: still going, how many jobs, what it says.</summary>
public sealed class SpinOffFollowUp
{
    public int Milestone { get; set; }
    public DateOnly RecordedOn { get; set; }
    public bool StillActive { get; set; }
    public int Jobs { get; set; }
    public string? Note { get; set; }
}
