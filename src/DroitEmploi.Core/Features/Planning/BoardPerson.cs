namespace DroitEmploi.Core.Features.Planning;

public sealed record BoardPerson(int ContractId, string Name, decimal WeeklyHours, int PlannedMinutes, IReadOnlyList<DateOnly> Unavailable);
