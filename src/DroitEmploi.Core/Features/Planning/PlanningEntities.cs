using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Planning;

/// <summary>An activity at a time slot of an EBE's week: "Friperie, journée", its length, the days it runs and the people it needs.</summary>
public class ScheduleSlot : TrackedEntity
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public string Activity { get; set; } = "";
    public string Name { get; set; } = "";
    public int Minutes { get; set; }
    public List<DayOfWeek> Days { get; set; } = [];
    public int PeopleNeeded { get; set; }
    public string? RequiredSkill { get; set; }
    public bool Active { get; set; } = true;
}

/// <summary>What an employee says of a week, on their phone: a day they cannot work, or a slot they would like.</summary>
public class AvailabilityEntry
{
    public int Id { get; set; }
    public int ContractId { get; set; }
    public DateOnly Date { get; set; }
    public bool Unavailable { get; set; }
    public int? WishedSlotId { get; set; }
}

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

public enum ScheduleStatus
{
    Queued,
    Running,
    Proposed,
    Published,
    Failed,
    Cancelled,
}

public class ScheduleAssignment
{
    public int Id { get; set; }
    public int ScheduleId { get; set; }
    public int ContractId { get; set; }
    public DateOnly Date { get; set; }
    public int SlotId { get; set; }
}

/// <summary>A change made after publication: the people concerned see it.</summary>
public class ScheduleChange
{
    public int Id { get; set; }
    public int ScheduleId { get; set; }
    public int ContractId { get; set; }
    public DateOnly Date { get; set; }
    public DateTime At { get; set; }
    public string By { get; set; } = "";
    public string Description { get; set; } = "";
}
