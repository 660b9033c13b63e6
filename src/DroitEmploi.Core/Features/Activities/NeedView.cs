namespace DroitEmploi.Core.Features.Activities;

/// <summary>A need as listed; who reported it shows only to the CLE team.</summary>
public sealed record NeedView(
    int Id, string What, string? Where, string? ForWhom, string? ReportedBy, DateTime ReportedAt, NeedStatus Status, string? DropReason, int? ActivityId);
