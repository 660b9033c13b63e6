namespace DroitEmploi.Core.Features.Planning;

public enum ScheduleStatus
{
    Queued,
    Running,
    Proposed,
    Published,
    Failed,
    Cancelled,
}
