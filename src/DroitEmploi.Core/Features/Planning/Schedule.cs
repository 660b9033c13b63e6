using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Planning;

/// <summary>
/// A week's schedule for an EBE: a job the optimiser picks up (any node, restarts lose nothing),
/// then a proposal the team adjusts, then published.
/// </summary>
public class Schedule : TrackedEntity
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public DateOnly WeekStart { get; set; }
    public ScheduleStatus Status { get; set; }
    public int TimeLimitSeconds { get; set; }
    public int Progress { get; set; }
    public long? Objective { get; set; }
    public long? BestBound { get; set; }
    public string? Message { get; set; }
    public string RequestedBy { get; set; } = "";
    public DateTime? StartedAt { get; set; }

    /// <summary>Written every second by the node that runs the job: a job whose heartbeat stopped is swept.</summary>
    public DateTime? HeartbeatAt { get; set; }

    /// <summary>How many times a node took the job; after three interrupted runs it fails instead of looping.</summary>
    public int Attempts { get; set; }
    public DateTime? FinishedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }
    public List<ScheduleAssignment> Assignments { get; set; } = [];
    public List<ScheduleChange> Changes { get; set; } = [];
}
