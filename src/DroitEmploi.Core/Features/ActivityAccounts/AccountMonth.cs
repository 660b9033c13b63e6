namespace DroitEmploi.Core.Features.ActivityAccounts;

/// <summary>A month of the accounts: each activity, and the structure's line for what no activity carries.</summary>
public sealed record AccountMonth(int Month, IReadOnlyList<ActivityResult> Activities)
{
    public decimal Result => Activities.Sum(a => a.Result);
    public decimal ResultAfterFunding => Activities.Sum(a => a.ResultAfterFunding);
}
