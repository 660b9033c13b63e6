namespace DroitEmploi.Planning;

public sealed record RuleViolation(string EmployeeId, int? Day, string Rule, string Message);
