namespace DroitEmploi.Core.Features.Home;

/// <summary>An employee made a published working day unavailable; <see cref="StillScheduled"/> while the week still counts on her that day.</summary>
public sealed record EmployeeNotice(int ScheduleId, int ContractId, string EmployeeName, DateOnly Date, DateTime At, string Description, bool StillScheduled);
