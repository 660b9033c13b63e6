namespace DroitEmploi.Core.Features.Activities;

public sealed record StatusChangeView(ActivityStatus From, ActivityStatus To, DateTime At, string By, string? Reason, int? DecisionId);
