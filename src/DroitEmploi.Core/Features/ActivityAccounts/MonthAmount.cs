namespace DroitEmploi.Core.Features.ActivityAccounts;

/// <summary>An amount of a month for an activity, or for the structure when the activity is null (revenue, a purchase, a shared cost).</summary>
public sealed record MonthAmount(int? ActivityId, int Month, decimal Amount);
