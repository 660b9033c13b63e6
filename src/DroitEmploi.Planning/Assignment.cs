namespace DroitEmploi.Planning;

public sealed record Assignment(string EmployeeId, int Day, string ShiftId);
