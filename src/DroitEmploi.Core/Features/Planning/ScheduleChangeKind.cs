namespace DroitEmploi.Core.Features.Planning;

/// <summary>Who changed a published week: the management by hand, or an employee who made a working day unavailable.</summary>
public enum ScheduleChangeKind
{
    ManagerEdit,
    EmployeeUnavailable,
}
