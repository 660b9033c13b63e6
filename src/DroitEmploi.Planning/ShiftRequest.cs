namespace DroitEmploi.Planning;

/// <summary>A wish to work (<see cref="On"/>) or not to work a shift on a day; the weight is paid when it is not granted.</summary>
public sealed record ShiftRequest(string EmployeeId, int Day, string ShiftId, int Weight, bool On);
