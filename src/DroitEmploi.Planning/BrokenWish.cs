namespace DroitEmploi.Planning;

/// <summary>A wish not granted, and what it costs.</summary>
public sealed record BrokenWish(string EmployeeId, int Day, string ShiftId, bool WantedToWork, int Weight);
