namespace DroitEmploi.Core.Features.Committee;

/// <summary>What a decision does to the activity it is about, in the same transaction.</summary>
public enum DecisionEffect
{
    None,
    ValidateActivity,
    ReorganiseActivity,
    AbandonActivity,
}
