namespace DroitEmploi.Core.Features.Audit;

public sealed record AuditQuery(
    string? EntityType = null, string? EntityId = null, string? Actor = null, int? Page = null, int? PageSize = null, DateOnly? From = null, DateOnly? To = null);
