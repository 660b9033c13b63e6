namespace DroitEmploi.Core.Features.Audit;

public sealed record AuditEntryView(long Id, DateTime At, string? Actor, string Action, string EntityType, string EntityId, string? Changes);
