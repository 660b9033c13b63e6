namespace DroitEmploi.Core.Features.People;

public enum ImportJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}
