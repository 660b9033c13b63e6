namespace DroitEmploi.Core.Features.Activities;

/// <summary>Where an activity stands on its way to the territory's register of supplementary activities.</summary>
public enum ActivityStatus
{
    Idea,
    Consultation,
    CleReview,
    Active,
    Reorganised,
    Suspended,
    Abandoned,
}
