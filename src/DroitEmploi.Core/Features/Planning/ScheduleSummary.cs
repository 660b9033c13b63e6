namespace DroitEmploi.Core.Features.Planning;

public sealed record ScheduleSummary(int Id, string Week, ScheduleStatus Status, int Progress, long? Objective, DateTime CreatedAt, DateTime? PublishedAt);
