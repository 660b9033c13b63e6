namespace DroitEmploi.Core.Features.Employment;

public enum SuspensionReason
{
    TrialJobElsewhere,
    Training,
    Other,
    /// <summary>Trying an activity under an RTE at a transition cooperative, and coming back.</summary>
    RteActivity,
}
