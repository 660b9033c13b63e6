namespace DroitEmploi.Core.Features.ActivityAccounts;

/// <summary>Hours paid in a month and what they cost the employer, on an activity or on none (the structure's).</summary>
public sealed record LabourShare(int? ActivityId, int Month, decimal Hours, decimal Cost, bool Ppde);
